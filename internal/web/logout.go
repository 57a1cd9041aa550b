package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/errs"
)

// logout is a placeholder until its page lands.
func (s *Server) logout(w http.ResponseWriter, r *http.Request) error {
	return errs.E("logout", errs.NotFound, "page not built yet")
}
