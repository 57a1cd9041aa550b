package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/errs"
)

// contributeSubmit is a placeholder until its page lands.
func (s *Server) contributeSubmit(w http.ResponseWriter, r *http.Request) error {
	return errs.E("contributeSubmit", errs.NotFound, "page not built yet")
}
