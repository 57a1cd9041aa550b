package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/errs"
)

// charmShow is a placeholder until its page lands.
func (s *Server) charmShow(w http.ResponseWriter, r *http.Request) error {
	return errs.E("charmShow", errs.NotFound, "page not built yet")
}
