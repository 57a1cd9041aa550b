package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/errs"
)

// studioList is a placeholder until its page lands.
func (s *Server) studioList(w http.ResponseWriter, r *http.Request) error {
	return errs.E("studioList", errs.NotFound, "page not built yet")
}
