package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/errs"
)

// contributionList is a placeholder until its page lands.
func (s *Server) contributionList(w http.ResponseWriter, r *http.Request) error {
	return errs.E("contributionList", errs.NotFound, "page not built yet")
}
