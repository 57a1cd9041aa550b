package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/errs"
)

// settingsForm is a placeholder until its page lands.
func (s *Server) settingsForm(w http.ResponseWriter, r *http.Request) error {
	return errs.E("settingsForm", errs.NotFound, "page not built yet")
}
