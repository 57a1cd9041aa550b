package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/errs"
)

// contributionShow is a placeholder until its page lands.
func (s *Server) contributionShow(w http.ResponseWriter, r *http.Request) error {
	return errs.E("contributionShow", errs.NotFound, "page not built yet")
}
