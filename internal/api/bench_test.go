package api_test

import (
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/api"
	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/demo"
)

// benchCharms is the size of the benchmark catalog: a large studio's
// shelf, well past the demo set.
const benchCharms = 20000

// BenchmarkRead measures whole API reads in process (routing, auth
// middleware, validation, the service, JSON) on the demo data set.
func BenchmarkRead(b *testing.B) {
	d := dbtest.MustOpen(b, db.SQLite)
	if _, err := demo.Load(b.Context(), d, demo.Options{Seed: 20260, Charms: benchCharms}); err != nil {
		b.Fatalf("load demo data: %v", err)
	}
	cat := catalog.NewService(d, nil)
	cat.SetLogger(slog.New(slog.DiscardHandler))
	if err := cat.Start(b.Context()); err != nil {
		b.Fatalf("start index: %v", err)
	}
	srv, err := api.New(api.Deps{Catalog: cat, Accounts: account.NewService(d, nil)})
	if err != nil {
		b.Fatal(err)
	}
	mux := http.NewServeMux()
	srv.Register(mux)
	h := appMiddleware(mux, 1<<20)
	for _, bc := range []struct{ name, path string }{
		{"SearchText", "/api/v1/charms?q=plush+keychain"},
		{"SearchFacets", "/api/v1/charms?category=plush,metal_enamel&region=east_asia&price_band=30_60&sort=price_asc"},
		{"SearchAll", "/api/v1/charms?limit=100"},
		{"GetCharm", "/api/v1/charms/1234"},
		{"Revisions", "/api/v1/charms/1234/revisions"},
		{"Studios", "/api/v1/studios"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				w := httptest.NewRecorder()
				h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, bc.path, nil))
				if w.Code != http.StatusOK {
					b.Fatalf("%s: %d %s", bc.path, w.Code, w.Body.String())
				}
			}
		})
	}
}
