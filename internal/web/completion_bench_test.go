package web

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/collection"
)

// benchSeries is how many series the completion benchmark's collector has
// started: the size the issue sets the 30 ms figure for.
const benchSeries = 200

// BenchmarkInsightPages measures whole requests of the insight pages of a
// collector with a piece of each of 200 series, two of one figure each
// (so every series has a spare): rendering included, network excluded.
func BenchmarkInsightPages(b *testing.B) {
	h := newHarness(b)
	ctx := context.Background()
	f := addCatalogFixture(b, h)
	u := collSignIn(b, h)
	insightAllowance(b, h, u.ID, 100000, "CNY")
	for i := range benchSeries {
		sr := &catalog.Series{Slug: fmt.Sprintf("bench-series-%03d", i), Name: fmt.Sprintf("Bench Series %03d", i),
			StudioID: f.Studio.ID, Kind: "blind_box", ReleaseDate: "2025-01-01", Currency: "CNY"}
		if err := h.Catalog.CreateSeries(ctx, sr); err != nil {
			b.Fatal(err)
		}
		for j := range 3 {
			c := &catalog.Charm{Name: fmt.Sprintf("Bench %03d figure %d", i, j), StudioID: f.Studio.ID, SeriesID: sr.ID,
				Category: "acrylic", Materials: []string{"acrylic"}, ListPrice: 3900, Currency: "CNY", Region: "europe",
				Rarity: "regular", ReleaseDate: "2025-01-01"}
			if err := h.Catalog.SaveCharm(ctx, catalog.Actor{}, c, catalog.SourceAdmin); err != nil {
				b.Fatal(err)
			}
			if j == 0 {
				for range 2 {
					collItem(b, h, u.ID, collection.ItemInput{CharmID: c.ID, PricePaid: 3900})
				}
			}
		}
	}
	for _, bc := range []struct{ name, path string }{
		{"SeriesCompletion", "/collection/series"},
		{"Value", "/collection/value"},
		{"Budget", "/collection/budget"},
		{"Balance", "/collection/balance"},
		{"Wishlist", "/collection/wishlist"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				w := httptest.NewRecorder()
				r := httptest.NewRequest(http.MethodGet, bc.path, nil)
				r.AddCookie(u.Cookie)
				h.Handler.ServeHTTP(w, r)
				if w.Code != http.StatusOK {
					b.Fatalf("%s: status %d", bc.path, w.Code)
				}
			}
		})
	}
}
