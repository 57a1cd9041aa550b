package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/errs"
)

// moderationQueue is a placeholder until its page lands.
func (s *Server) moderationQueue(w http.ResponseWriter, r *http.Request) error {
	return errs.E("moderationQueue", errs.NotFound, "page not built yet")
}
