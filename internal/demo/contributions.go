package demo

import (
	"context"
	"fmt"
	"time"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// submitContributions files the demo user's contributions that wait in the
// moderation queue: two new charms and three corrections, the kinds of
// change collectors send in. It returns how many it filed; a proposal whose
// studio or charm is missing (the catalog was edited) is left out.
func submitContributions(ctx context.Context, d *db.DB, cat *catalog.Service, userID int64) (int, error) {
	actor := catalog.Actor{UserID: userID, Role: "collector"}
	n := 0
	submit := func(charmID int64, c catalog.Charm, note string) error {
		_, err := cat.Submit(ctx, actor, charmID, c, note)
		if err == nil {
			n++
		}
		return err
	}
	for _, p := range newCharmProposals {
		st, err := cat.Studio(ctx, p.studio)
		if errs.KindOf(err) == errs.NotFound {
			continue
		}
		if err != nil {
			return n, err
		}
		c := p.charm
		c.StudioID, c.Region = st.ID, st.Region
		if err := submit(0, c, p.note); err != nil {
			return n, err
		}
	}
	for _, e := range corrections {
		var id int64
		err := d.R.QueryRowContext(ctx, e.find, e.arg).Scan(&id)
		if err = db.Translate("find charm to correct", err); errs.KindOf(err) == errs.NotFound {
			continue
		} else if err != nil {
			return n, err
		}
		c, err := cat.Charm(ctx, id)
		if err != nil {
			return n, err
		}
		note := e.edit(c)
		if err := submit(c.ID, *c, note); err != nil {
			return n, err
		}
	}
	return n, nil
}

var newCharmProposals = []struct {
	studio string
	charm  catalog.Charm
	note   string
}{
	{"beadsbyhana", catalog.Charm{
		ExternalID: "demo-contrib-lucky-clover-strap", Name: "Lucky Clover Beaded Phone Strap", NameZH: "幸运四叶草串珠手机链",
		Category: "beaded", Materials: []string{"seed_beads", "pearl"}, Colours: []string{"green", "white"},
		Themes: []string{"nature", "kawaii"}, WidthMM: 15, HeightMM: 160, WeightG: 8, ReleaseDate: "2026-03-14",
		ListPrice: 15900, Currency: "KRW", Eco: []string{},
		Description: "Green seed beads with a freshwater-pearl clover, on a strap that fits most phone cases.",
	}, "Bought at the Hongdae Charm Market in March; it is not in the catalog yet. Price from the shop tag."},
	{"changan-heritage-museum", catalog.Charm{
		ExternalID: "demo-contrib-tea-route-camel-keychain", Name: "Tea-Route Camel Enamel Keychain", NameZH: "茶马古道骆驼珐琅钥匙扣",
		Category: "cultural", Materials: []string{"brass", "enamel"}, Colours: []string{"green", "gold", "beige"},
		Themes: []string{"heritage", "travel"}, WidthMM: 38, HeightMM: 45, WeightG: 14, ReleaseDate: "2026-05-18",
		ListPrice: 5900, Currency: "CNY", Official: true, Eco: []string{},
		Description: "The museum's glazed camel in enamel, loaded with a tea brick, on a brass keyring.",
	}, "New at the museum shop for International Museum Day; the assistant said it is a shop exclusive."},
}

// corrections find a charm with a query and change one fact about it,
// returning the contributor's note.
var corrections = []struct {
	find string
	arg  string
	edit func(c *catalog.Charm) string
}{
	{`SELECT c.id FROM charms c JOIN ips i ON i.id = c.ip_id WHERE i.slug = $1 ORDER BY c.id LIMIT 1`, "mochi-moon",
		func(c *catalog.Charm) string {
			old := c.WeightG
			c.WeightG += 7
			return fmt.Sprintf("Weighed mine on a kitchen scale: %d g with the clasp, not %d g.", c.WeightG, old)
		}},
	{`SELECT c.id FROM charms c JOIN studios s ON s.id = c.studio_id WHERE s.slug = $1 AND c.release_date <> '' ORDER BY c.id LIMIT 1`, "sunny-static-co",
		func(c *catalog.Charm) string {
			if t, err := time.Parse(time.DateOnly, c.ReleaseDate); err == nil {
				c.ReleaseDate = t.AddDate(0, 0, 7).Format(time.DateOnly)
			}
			return fmt.Sprintf("The launch was pushed back a week; the shop's announcement gives %s.", c.ReleaseDate)
		}},
	{`SELECT c.id FROM charms c JOIN studios s ON s.id = c.studio_id WHERE s.slug = $1 AND c.category = 'cultural' AND c.edition_size = 0 ORDER BY c.id LIMIT 1`, "changan-heritage-museum",
		func(c *catalog.Charm) string {
			c.EditionSize = 3000
			return "The certificate card in the box says it is limited to 3,000 pieces."
		}},
}
