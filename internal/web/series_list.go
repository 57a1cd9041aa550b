package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/errs"
)

// seriesList is a placeholder until its page lands.
func (s *Server) seriesList(w http.ResponseWriter, r *http.Request) error {
	return errs.E("seriesList", errs.NotFound, "page not built yet")
}
