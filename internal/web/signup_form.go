package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/errs"
)

// signupForm is a placeholder until its page lands.
func (s *Server) signupForm(w http.ResponseWriter, r *http.Request) error {
	return errs.E("signupForm", errs.NotFound, "page not built yet")
}
