package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/errs"
)

// contributeForm is a placeholder until its page lands.
func (s *Server) contributeForm(w http.ResponseWriter, r *http.Request) error {
	return errs.E("contributeForm", errs.NotFound, "page not built yet")
}
