package web

import (
	"net/http"
)

// contributionReject closes a pending contribution without applying it;
// the note tells the contributor why.
func (s *Server) contributionReject(w http.ResponseWriter, r *http.Request) error {
	return s.review(w, r, "contributionReject", "rejected", s.deps.Catalog.Reject)
}
