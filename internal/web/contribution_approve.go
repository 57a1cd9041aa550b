package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/errs"
)

// contributionApprove is a placeholder until its page lands.
func (s *Server) contributionApprove(w http.ResponseWriter, r *http.Request) error {
	return errs.E("contributionApprove", errs.NotFound, "page not built yet")
}
