package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/errs"
)

// loginSubmit is a placeholder until its page lands.
func (s *Server) loginSubmit(w http.ResponseWriter, r *http.Request) error {
	return errs.E("loginSubmit", errs.NotFound, "page not built yet")
}
