package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/errs"
)

// charmSearch is a placeholder until its page lands.
func (s *Server) charmSearch(w http.ResponseWriter, r *http.Request) error {
	return errs.E("charmSearch", errs.NotFound, "page not built yet")
}
