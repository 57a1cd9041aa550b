package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/errs"
)

// contributionReject is a placeholder until its page lands.
func (s *Server) contributionReject(w http.ResponseWriter, r *http.Request) error {
	return errs.E("contributionReject", errs.NotFound, "page not built yet")
}
