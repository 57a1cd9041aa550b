package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/errs"
)

// charmImage is a placeholder until its page lands.
func (s *Server) charmImage(w http.ResponseWriter, r *http.Request) error {
	return errs.E("charmImage", errs.NotFound, "page not built yet")
}
