package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/errs"
)

// signupSubmit is a placeholder until its page lands.
func (s *Server) signupSubmit(w http.ResponseWriter, r *http.Request) error {
	return errs.E("signupSubmit", errs.NotFound, "page not built yet")
}
