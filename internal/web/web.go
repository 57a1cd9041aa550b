// Package web serves Charmory's server-rendered web UI: one small file per
// page or action, typed page structs, embedded templates and static files.
package web

import (
	"embed"
	"io/fs"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/i18n"
	"github.com/charmory/charmory/internal/money"
	"github.com/charmory/charmory/internal/styling"
)

//go:embed static
var staticFS embed.FS

// Deps are what the web UI needs.
type Deps struct {
	Log          *slog.Logger
	Catalog      *catalog.Service
	Accounts     *account.Service
	Collection   *collection.Service
	Styling      *styling.Service
	SecureCookie bool
	Demo         bool // the database holds the demo data set: show a badge
}

// Server is the web UI.
type Server struct {
	deps   Deps
	log    *slog.Logger
	msgs   *i18n.Catalog
	pages  map[string]*pageTemplate
	static http.Handler

	ratesMu sync.Mutex
	rates   money.Rates
	ratesAt time.Time
}

// New builds the web UI, parsing every template up front so a broken one
// fails at start, not on a visitor's click.
func New(d Deps) (*Server, error) {
	msgs, err := i18n.Load()
	if err != nil {
		return nil, err
	}
	log := d.Log
	if log == nil {
		log = slog.Default()
	}
	s := &Server{deps: d, log: log, msgs: msgs}
	if s.pages, err = parsePages(); err != nil {
		return nil, err
	}
	sub, err := fs.Sub(staticFS, "static")
	if err != nil {
		return nil, err
	}
	s.static = http.StripPrefix("/static/v"+staticVersion+"/", cacheForever(http.FileServerFS(sub)))
	return s, nil
}

// cacheForever marks static files cacheable; their URLs carry a version.
func cacheForever(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=86400")
		h.ServeHTTP(w, r)
	})
}
