package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/errs"
)

// charmEditSubmit is a placeholder until its page lands.
func (s *Server) charmEditSubmit(w http.ResponseWriter, r *http.Request) error {
	return errs.E("charmEditSubmit", errs.NotFound, "page not built yet")
}
