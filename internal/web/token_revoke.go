package web

import (
	"net/http"
	"strconv"

	"github.com/charmory/charmory/internal/errs"
)

// tokenRevoke revokes one of the user's tokens. Another user's token id
// is NotFound, exactly like an id that does not exist.
func (s *Server) tokenRevoke(w http.ResponseWriter, r *http.Request) error {
	const op = "tokenRevoke"
	u, err := requireUser(r, op)
	if err != nil {
		return err
	}
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		return errs.E(op, errs.NotFound, "no such token")
	}
	if err := s.deps.Accounts.RevokeToken(r.Context(), u.ID, id); err != nil {
		return err
	}
	http.Redirect(w, r, "/settings/tokens?revoked=1", http.StatusSeeOther)
	return nil
}
