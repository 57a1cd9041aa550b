package web

import (
	"context"
	"fmt"
	"net/url"
	"strconv"
	"testing"

	"github.com/charmory/charmory/internal/catalog"
)

// catalogFixture is a small, known corner of the catalog added on top of
// the demo data, with names no demo entry uses, so tests can assert exact
// results: a museum studio with a blind-box series (regulars, a chase and
// a secret figure), thirty "Quokkaquill" charms for search, and a seller.
type catalogFixture struct {
	Studio   *catalog.Studio
	Series   *catalog.Series
	Standard *catalog.Series
	Figures  []*catalog.Charm // regular, regular, regular, chase, secret
	Quokkas  []*catalog.Charm // 30 charms, see quokka
	Seller   *catalog.Seller
}

// quokkaCount is more than one search page (24), so paging has a page 2.
const quokkaCount = 30

// quokka is the i-th search charm: every third a plush, every sixth of
// those (i%6 == 0) also brass; i%3 == 1 are brass-and-enamel pins; the
// rest beaded. Prices are distinct so sorting is checkable.
func quokka(i int, studioID int64) *catalog.Charm {
	c := &catalog.Charm{
		Name: fmt.Sprintf("Quokkaquill No. %02d", i), NameZH: fmt.Sprintf("短尾矮袋鼠 %02d 号", i),
		StudioID: studioID, Colours: []string{"beige"}, Themes: []string{"animals"},
		ListPrice: int64(2000 + (i*7%quokkaCount)*150), Currency: "CNY", Region: "europe",
		ReleaseDate: fmt.Sprintf("2025-%02d-%02d", 1+i%12, 1+i%28),
	}
	switch i % 3 {
	case 0:
		c.Category, c.Materials = "plush", []string{"plush_fabric"}
		if i%2 == 0 {
			c.Materials = append(c.Materials, "brass")
		}
	case 1:
		c.Category, c.Materials = "metal_enamel", []string{"brass", "enamel"}
	default:
		c.Category, c.Materials = "beaded", []string{"glass_beads"}
	}
	return c
}

// addCatalogFixture writes the fixture through the catalog service.
func addCatalogFixture(t testing.TB, h *harness) *catalogFixture {
	t.Helper()
	ctx := context.Background()
	must := func(what string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("fixture %s: %v", what, err)
		}
	}
	f := &catalogFixture{}
	f.Studio = &catalog.Studio{Slug: "zephyr-museum", Name: "Zephyr Museum of Small Things", NameZH: "和风小物博物馆",
		Kind: "museum", Region: "europe", Country: "Norway", City: "Zephyrhavn", Founded: 1911,
		Description: "A harbour museum that turns its collection into charms.", Verified: true}
	must("studio", h.Catalog.CreateStudio(ctx, f.Studio))
	f.Series = &catalog.Series{Slug: "zephyr-tide-pool", Name: "Tide Pool Friends", NameZH: "潮池小伙伴",
		StudioID: f.Studio.ID, Kind: "blind_box", ReleaseDate: "2025-06-01", BoxPrice: 6900, Currency: "CNY"}
	must("series", h.Catalog.CreateSeries(ctx, f.Series))
	f.Standard = &catalog.Series{Slug: "zephyr-harbour-classics", Name: "Harbour Classics", StudioID: f.Studio.ID,
		Kind: "standard", ReleaseDate: "2024-03-01", Currency: "CNY"}
	must("standard series", h.Catalog.CreateSeries(ctx, f.Standard))
	for i, rarity := range []string{"regular", "regular", "regular", "chase", "secret"} {
		c := &catalog.Charm{Name: fmt.Sprintf("Tide Pool %s %d", rarity, i), StudioID: f.Studio.ID, SeriesID: f.Series.ID,
			Category: "metal_enamel", Materials: []string{"brass", "glass_beads"}, Colours: []string{"blue", "gold"},
			ListPrice: 6900, Currency: "CNY", Region: "europe", Rarity: rarity, ReleaseDate: "2025-06-01", Official: true}
		must("figure", h.Catalog.SaveCharm(ctx, catalog.Actor{}, c, catalog.SourceAdmin))
		f.Figures = append(f.Figures, c)
	}
	for i := range quokkaCount {
		c := quokka(i, f.Studio.ID)
		must("quokka", h.Catalog.SaveCharm(ctx, catalog.Actor{}, c, catalog.SourceAdmin))
		f.Quokkas = append(f.Quokkas, c)
	}
	f.Seller = &catalog.Seller{Slug: "zephyr-museum-shop", Name: "Zephyr Museum Shop", Kind: "museum_shop",
		City: "Zephyrhavn", Region: "europe", Country: "Norway", Address: "1 Quay Street",
		Website: "https://shop.example.org", Verified: true, StudioIDs: []int64{f.Studio.ID}}
	must("seller", h.Catalog.CreateSeller(ctx, f.Seller))
	return f
}

// charmIDs reads the charm ids the cards of a page link to, in order.
func (p *page) charmIDs(t testing.TB, sel string) []int64 {
	t.Helper()
	var ids []int64
	for _, href := range p.attrs(sel, "href") {
		var id int64
		if _, err := fmt.Sscanf(href, "/charms/%d", &id); err != nil {
			t.Fatalf("card link %q is not a charm link", href)
		}
		ids = append(ids, id)
	}
	return ids
}

// attrs returns attribute name of every element matching sel.
func (p *page) attrs(sel, name string) []string {
	var out []string
	for _, n := range p.Doc.Find(sel).Nodes {
		for _, a := range n.Attr {
			if a.Key == name {
				out = append(out, a.Val)
			}
		}
	}
	return out
}

// demoPaths finds a charm, its studio and a blind-box series of the demo data.
func demoPaths(t *testing.T, h *harness) (charm, studio, series string) {
	t.Helper()
	c := h.anyCharm(t)
	list, err := h.Catalog.SeriesList(context.Background(), catalog.SeriesFilter{Kind: "blind_box", Limit: 1})
	if err != nil || len(list.Items) == 0 {
		t.Fatalf("find a demo series: %v", err)
	}
	return "/charms/" + strconv.FormatInt(c.ID, 10), "/studios/" + url.PathEscape(c.StudioSlug), "/series/" + url.PathEscape(list.Items[0].Slug)
}

func init() {
	visits := map[string]func(t *testing.T, h *harness) pageVisit{
		"home":         func(*testing.T, *harness) pageVisit { return pageVisit{Path: "/"} },
		"charm_search": func(*testing.T, *harness) pageVisit { return pageVisit{Path: "/charms?q=charm&sort=name"} },
		"charm_show": func(t *testing.T, h *harness) pageVisit {
			c, _, _ := demoPaths(t, h)
			return pageVisit{Path: c}
		},
		"charm_history": func(t *testing.T, h *harness) pageVisit {
			c, _, _ := demoPaths(t, h)
			return pageVisit{Path: c + "/history"}
		},
		"studio_list": func(*testing.T, *harness) pageVisit { return pageVisit{Path: "/studios"} },
		"studio_show": func(t *testing.T, h *harness) pageVisit {
			_, s, _ := demoPaths(t, h)
			return pageVisit{Path: s}
		},
		"series_list": func(*testing.T, *harness) pageVisit { return pageVisit{Path: "/series"} },
		"series_show": func(t *testing.T, h *harness) pageVisit {
			_, _, s := demoPaths(t, h)
			return pageVisit{Path: s}
		},
		"seller_list": func(*testing.T, *harness) pageVisit { return pageVisit{Path: "/sellers"} },
	}
	for name, v := range visits {
		pageVisits[name] = v
	}
}
