package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/errs"
)

// seriesShow is a placeholder until its page lands.
func (s *Server) seriesShow(w http.ResponseWriter, r *http.Request) error {
	return errs.E("seriesShow", errs.NotFound, "page not built yet")
}
