package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/errs"
)

// tokenRevoke is a placeholder until its page lands.
func (s *Server) tokenRevoke(w http.ResponseWriter, r *http.Request) error {
	return errs.E("tokenRevoke", errs.NotFound, "page not built yet")
}
