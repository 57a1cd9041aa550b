package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/errs"
)

// charmEditForm is a placeholder until its page lands.
func (s *Server) charmEditForm(w http.ResponseWriter, r *http.Request) error {
	return errs.E("charmEditForm", errs.NotFound, "page not built yet")
}
