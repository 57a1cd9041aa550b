package demo

import (
	"slices"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/money"
)

func checkCharms(t *testing.T, ds *Dataset, charms []catalog.Charm) {
	t.Helper()
	if len(charms) < 600 || len(charms) != ds.Total {
		t.Fatalf("%d charms (total %d), want 600+", len(charms), ds.Total)
	}
	cats, regions := countBy(charms, func(c catalog.Charm) string { return c.Category }), countBy(charms, func(c catalog.Charm) string { return c.Region })
	for _, c := range catalog.Categories {
		if cats[c] == 0 {
			t.Errorf("no charm in category %s", c)
		}
	}
	for _, r := range catalog.Regions {
		if regions[r] == 0 {
			t.Errorf("no charm from %s", r)
		}
	}
	var zh, eco, nfc, limited, cny int
	ids, names := map[string]bool{}, map[string]bool{}
	for i, c := range charms {
		if err := catalog.Validate(&c); err != nil {
			t.Errorf("charm %d %q is invalid: %v", c.ID, c.Name, err)
		}
		if c.ID != int64(i+1) || ids[c.ExternalID] {
			t.Errorf("charm %d: id or external id %q out of order or repeated", c.ID, c.ExternalID)
		}
		ids[c.ExternalID] = true
		key := string(rune(c.StudioID)) + c.Name
		if names[key] {
			t.Errorf("studio %d has two charms named %q", c.StudioID, c.Name)
		}
		names[key] = true
		checkPrice(t, &c)
		if y := c.Year(); y < 2022 || y > 2026 {
			t.Errorf("charm %d released in %d", c.ID, y)
		}
		if c.Category == "cultural" && c.Story == "" {
			t.Errorf("cultural charm %d %q has no story", c.ID, c.Name)
		}
		if c.Description == "" || c.SKU == "" || len(c.Materials) == 0 || len(c.Colours) == 0 || len(c.Themes) == 0 {
			t.Errorf("charm %d lacks a description, SKU, materials, colours or themes", c.ID)
		}
		if studio := ds.Studios[c.StudioID-1]; (studio.Kind == "ip_brand" || studio.Kind == "museum") && !c.Official {
			t.Errorf("charm %d of %s %s is not marked official", c.ID, studio.Kind, studio.Slug)
		}
		zh += b2i(c.NameZH != "")
		eco += b2i(len(c.Eco) > 0)
		nfc += b2i(c.NFC)
		limited += b2i(c.EditionSize > 0)
		cny += b2i(c.Currency == money.Default)
	}
	n := len(charms)
	for _, f := range []struct {
		what     string
		got      int
		min, max float64
	}{{"Chinese names", zh, 0.5, 0.9}, {"eco attributes", eco, 0.05, 0.35}, {"NFC", nfc, 0.01, 0.15},
		{"limited editions", limited, 0.03, 0.25}, {"prices in CNY", cny, 0.5, 0.85}} {
		if share := float64(f.got) / float64(n); share < f.min || share > f.max {
			t.Errorf("%s on %.0f%% of charms, want %.0f%%–%.0f%%", f.what, share*100, f.min*100, f.max*100)
		}
	}
}

// checkPrice checks that a list price, converted to CNY with the demo
// rates, lies in its category's band.
func checkPrice(t *testing.T, c *catalog.Charm) {
	t.Helper()
	cny, ok := Rates.Convert(c.ListPrice, c.Currency, money.Default)
	band := catalog.PriceBandCNY[c.Category]
	if !ok || cny < band[0] || cny > band[1] {
		t.Errorf("charm %d %q costs %s = %s, outside the %s band %s–%s", c.ID, c.Name,
			money.Format(c.ListPrice, c.Currency), money.Format(cny, "CNY"), c.Category, money.Format(band[0], "CNY"), money.Format(band[1], "CNY"))
	}
}

func checkSeries(t *testing.T, ds *Dataset, charms []catalog.Charm) {
	t.Helper()
	if len(ds.Series) < 15 {
		t.Errorf("%d series, want 15+", len(ds.Series))
	}
	blind := 0
	for _, s := range ds.Series {
		var members []catalog.Charm
		for _, c := range charms {
			if c.SeriesID == s.ID {
				members = append(members, c)
			}
		}
		r := countBy(members, func(c catalog.Charm) string { return c.Rarity })
		if s.Kind != "blind_box" {
			if len(members) < 4 || len(r) != 1 || r[""] == 0 {
				t.Errorf("standard series %s: %d pieces with rarities %v", s.Slug, len(members), r)
			}
			continue
		}
		blind++
		if r["regular"] < 6 || r["regular"] > 12 || r["chase"] != 1 || r["secret"] != 1 {
			t.Errorf("blind box %s has rarities %v, want 6–12 regular, 1 chase, 1 secret", s.Slug, r)
		}
		for _, c := range members {
			if c.ListPrice != s.BoxPrice || c.Currency != s.Currency {
				t.Errorf("figure %d of %s costs %d %s, box %d %s", c.ID, s.Slug, c.ListPrice, c.Currency, s.BoxPrice, s.Currency)
			}
		}
		if !strings.Contains(s.Description, "secret") {
			t.Errorf("blind box %s does not say it has a secret figure", s.Slug)
		}
	}
	if blind < 8 {
		t.Errorf("%d blind-box series, want 8+", blind)
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func TestLargeSetScales(t *testing.T) {
	ds, err := Generate(5, 100_000, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Studios) < 50 || len(ds.Series) < len(baseSeries)+100 || len(ds.Sellers) < len(baseSellers) {
		t.Fatalf("100,000 charms with %d studios, %d series, %d sellers", len(ds.Studios), len(ds.Series), len(ds.Sellers))
	}
	checkSlugs(t, ds)
	n, studios := 0, map[int64]bool{}
	for c := range ds.Charms() {
		n++
		studios[c.StudioID] = true
		if n%97 == 0 {
			if err := catalog.Validate(&c); err != nil {
				t.Fatalf("charm %d is invalid: %v", c.ID, err)
			}
			checkPrice(t, &c)
		}
	}
	if n != 100_000 || len(studios) != len(ds.Studios) {
		t.Fatalf("%d charms from %d of %d studios", n, len(studios), len(ds.Studios))
	}
	checkSeries(t, ds, slices.Collect(ds.Charms())[:ds.FigureCount()])
}
