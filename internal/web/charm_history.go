package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/errs"
)

// charmHistory is a placeholder until its page lands.
func (s *Server) charmHistory(w http.ResponseWriter, r *http.Request) error {
	return errs.E("charmHistory", errs.NotFound, "page not built yet")
}
