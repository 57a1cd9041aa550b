package web

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
)

// BenchmarkCatalogPages measures whole requests through the wrapped
// handler on the demo data set: rendering included, network excluded.
func BenchmarkCatalogPages(b *testing.B) {
	h := newHarness(b)
	f := addCatalogFixture(b, h)
	c := f.Figures[0]
	for _, bc := range []struct{ name, path string }{
		{"Home", "/"},
		{"SearchText", "/charms?q=panda"},
		{"SearchFacets", "/charms?category=plush&material=plush_fabric&sort=price_asc"},
		{"Charm", fmt.Sprintf("/charms/%d", c.ID)},
		{"CharmImage", fmt.Sprintf("/charms/%d/image.svg", c.ID)},
		{"Studio", "/studios/" + f.Studio.Slug},
		{"Sellers", "/sellers"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				w := httptest.NewRecorder()
				h.Handler.ServeHTTP(w, httptest.NewRequest(http.MethodGet, bc.path, nil))
				if w.Code != http.StatusOK {
					b.Fatalf("%s: status %d", bc.path, w.Code)
				}
			}
		})
	}
}
