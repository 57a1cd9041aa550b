package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/errs"
)

// settingsSubmit is a placeholder until its page lands.
func (s *Server) settingsSubmit(w http.ResponseWriter, r *http.Request) error {
	return errs.E("settingsSubmit", errs.NotFound, "page not built yet")
}
