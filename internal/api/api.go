// Package api serves the JSON API under /api/v1 with its OpenAPI document.
package api

import (
	"log/slog"
	"net/http"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/catalog"
)

// Deps are what the API needs.
type Deps struct {
	Log      *slog.Logger
	Catalog  *catalog.Service
	Accounts *account.Service
}

// Server is the JSON API.
type Server struct{ deps Deps }

// New builds the API.
func New(d Deps) (*Server, error) { return &Server{deps: d}, nil }

// Register adds the /api/v1 routes to mux.
func (s *Server) Register(mux *http.ServeMux) {}
