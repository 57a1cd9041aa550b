package web

import (
	"net/http"
)

// logout ends the visitor's session, forgets its cookie and goes home.
func (s *Server) logout(w http.ResponseWriter, r *http.Request) error {
	if token := visitorOf(r.Context()).Session; token != "" {
		if err := s.deps.Accounts.DeleteSession(r.Context(), token); err != nil {
			return err
		}
	}
	s.clearCookie(w, sessionCookie)
	http.Redirect(w, r, "/", http.StatusSeeOther)
	return nil
}
