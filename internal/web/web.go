// Package web serves Charmory's server-rendered web UI.
package web

import (
	"log/slog"
	"net/http"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/catalog"
)

// Deps are what the web UI needs.
type Deps struct {
	Log          *slog.Logger
	Catalog      *catalog.Service
	Accounts     *account.Service
	SecureCookie bool
}

// Server is the web UI.
type Server struct{ deps Deps }

// New builds the web UI, parsing every template.
func New(d Deps) (*Server, error) { return &Server{deps: d}, nil }

// Register adds the web routes to mux.
func (s *Server) Register(mux *http.ServeMux) {}
