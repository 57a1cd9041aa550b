package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/errs"
)

// tokenCreate is a placeholder until its page lands.
func (s *Server) tokenCreate(w http.ResponseWriter, r *http.Request) error {
	return errs.E("tokenCreate", errs.NotFound, "page not built yet")
}
