package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/errs"
)

// notFound answers every path no route matches.
func (s *Server) notFound(w http.ResponseWriter, r *http.Request) error {
	return errs.E("web", errs.NotFound, "no such page")
}
