package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/errs"
)

// home is a placeholder until its page lands.
func (s *Server) home(w http.ResponseWriter, r *http.Request) error {
	return errs.E("home", errs.NotFound, "page not built yet")
}
