package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/errs"
)

// LoginPage is the log-in form. Error is one message for the whole form:
// a wrong pair never says which half was wrong.
type LoginPage struct {
	Base
	Login string
	Next  string
	Error string
}

// loginForm shows the log-in form; a signed-in visitor goes straight on.
func (s *Server) loginForm(w http.ResponseWriter, r *http.Request) error {
	next := r.URL.Query().Get("next")
	if visitorOf(r.Context()).User != nil {
		http.Redirect(w, r, safeNext(next), http.StatusSeeOther)
		return nil
	}
	page := &LoginPage{Base: s.base(r, "login.title"), Next: next}
	return s.render(w, r, http.StatusOK, "login", page)
}

// requireUser returns the signed-in user, or Unauthorized: on a GET the
// error handler then sends the visitor to log in and back.
func requireUser(r *http.Request, op string) (*account.User, error) {
	if u := visitorOf(r.Context()).User; u != nil {
		return u, nil
	}
	return nil, errs.E(op, errs.Unauthorized, "log in first")
}
