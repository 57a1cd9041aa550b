package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/errs"
)

// loginForm is a placeholder until its page lands.
func (s *Server) loginForm(w http.ResponseWriter, r *http.Request) error {
	return errs.E("loginForm", errs.NotFound, "page not built yet")
}
