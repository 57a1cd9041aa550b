package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/errs"
)

// studioShow is a placeholder until its page lands.
func (s *Server) studioShow(w http.ResponseWriter, r *http.Request) error {
	return errs.E("studioShow", errs.NotFound, "page not built yet")
}
