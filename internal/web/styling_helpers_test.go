package web

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/styling"
)

// stylingHarnessOn is the harness on a database of the caller's choosing.
func stylingHarnessOn(t testing.TB, d *db.DB) *harness {
	t.Helper()
	return harnessOn(t, d)
}

// stylingFixture is a collector with a backpack wearing four metal
// charms, and softer items on the shelf the coach can suggest instead.
type stylingFixture struct {
	Owner   collUser
	Metal   []*collection.Item // on the backpack
	Shelf   []*collection.Item // stored: crochet, plush, a functional pouch
	Carrier *styling.Carrier
	Loadout *styling.Loadout
}

// stylingOneOffs are the fixture's items: one-offs, so their names are
// known exactly and no demo charm's name can match them by chance.
var stylingOneOffs = []collection.ItemInput{
	{Title: "Brass fox tag", Category: "metal_enamel", Materials: []string{"brass"}},
	{Title: "Silver moon pin", Category: "metal_enamel", Materials: []string{"sterling_silver"}},
	{Title: "Enamel star badge", Category: "metal_enamel", Materials: []string{"enamel"}},
	{Title: "Steel key fob", Category: "metal_enamel", Materials: []string{"stainless_steel"}},
	{Title: "Crochet strawberry", Category: "crochet", Materials: []string{"acrylic_yarn"}},
	{Title: "Plush bunny", Category: "plush", Materials: []string{"plush_fabric"}},
	{Title: "Lip balm pouch", Category: "functional", Materials: []string{"cotton"}},
}

// newStylingFixture builds the fixture through the services.
func newStylingFixture(t testing.TB, h *harness) *stylingFixture {
	t.Helper()
	ctx := context.Background()
	f := &stylingFixture{Owner: collSignIn(t, h)}
	for i, in := range stylingOneOffs {
		in.AcquiredOn, in.PricePaid, in.Memory = "2025-03-01", 4200, "Secret memory of "+in.Title
		it := collItem(t, h, f.Owner.ID, in)
		if i < 4 {
			f.Metal = append(f.Metal, it)
		} else {
			f.Shelf = append(f.Shelf, it)
		}
	}
	c, err := h.Styling.CreateCarrier(ctx, f.Owner.ID, styling.CarrierInput{Kind: "backpack", Name: "Daily backpack", Colour: "navy"})
	if err != nil {
		t.Fatalf("create carrier: %v", err)
	}
	var in styling.LoadoutInput
	for i, it := range f.Metal {
		in.Placements = append(in.Placements, styling.PlacementInput{ItemID: it.ID, Point: c.Points[i%len(c.Points)]})
	}
	in.Note = "First day of term"
	if f.Loadout, err = h.Styling.SaveLoadout(ctx, f.Owner.ID, c.ID, in); err != nil {
		t.Fatalf("save loadout: %v", err)
	}
	f.Carrier = stylingCarrierOf(t, h, f.Owner.ID, c.ID)
	return f
}

// stylingCarrierOf reads a carrier through the service.
func stylingCarrierOf(t testing.TB, h *harness, owner, id int64) *styling.Carrier {
	t.Helper()
	c, err := h.Styling.Carrier(context.Background(), owner, id)
	if err != nil {
		t.Fatalf("read carrier %d: %v", id, err)
	}
	return c
}

// stylingJourney reads a carrier's journey through the service.
func stylingJourney(t testing.TB, h *harness, owner, id int64) []styling.Loadout {
	t.Helper()
	j, err := h.Styling.Journey(context.Background(), owner, id)
	if err != nil {
		t.Fatalf("read journey %d: %v", id, err)
	}
	return j
}

// carrierPath is a carrier's page, with more path after it.
func carrierPath(id int64, rest ...string) string {
	return "/styling/carriers/" + strconv.FormatInt(id, 10) + strings.Join(rest, "")
}

// loadoutPath is a loadout's address, with more path after it.
func loadoutPath(id int64, rest ...string) string {
	return "/styling/loadouts/" + strconv.FormatInt(id, 10) + strings.Join(rest, "")
}

// placeForm is an editor form placing each item on its point.
func placeForm(pairs ...any) url.Values {
	form := url.Values{}
	for i := 0; i+1 < len(pairs); i += 2 {
		form.Add("place", strconv.FormatInt(pairs[i].(int64), 10)+":"+pairs[i+1].(string))
	}
	return form
}

// stylingActAs makes every request whose path starts with prefix carry
// cookie instead of its own. TestEveryPageRenders signs a fresh user in
// for each visit, while a carrier's pages answer only its owner: the
// visits of those pages send the owner's session this way.
func (h *harness) stylingActAs(prefix string, cookie *http.Cookie) {
	next := h.Handler
	h.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, prefix) {
			r.Header.Del("Cookie")
			r.AddCookie(cookie)
		}
		next.ServeHTTP(w, r)
	})
}

// svgOf is the inline picture of a page's element matching sel.
func svgOf(t testing.TB, p *page, sel string) string {
	t.Helper()
	html, err := p.mustHave(t, sel).First().Html()
	if err != nil {
		t.Fatal(err)
	}
	return html
}

// idText writes an id as text.
func idText(id int64) string { return strconv.FormatInt(id, 10) }
