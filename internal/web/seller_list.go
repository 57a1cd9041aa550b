package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/errs"
)

// sellerList is a placeholder until its page lands.
func (s *Server) sellerList(w http.ResponseWriter, r *http.Request) error {
	return errs.E("sellerList", errs.NotFound, "page not built yet")
}
