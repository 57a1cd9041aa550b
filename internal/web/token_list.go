package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/errs"
)

// tokenList is a placeholder until its page lands.
func (s *Server) tokenList(w http.ResponseWriter, r *http.Request) error {
	return errs.E("tokenList", errs.NotFound, "page not built yet")
}
