package web

import (
	"net/http"
)

// SignupPage is the sign-up form; the password is never sent back.
type SignupPage struct {
	Base
	Username    string
	Email       string
	DisplayName string
	Next        string
	Errors      formErrors
}

// signupForm shows the sign-up form. A signed-in visitor has nothing to
// sign up for and goes where they were heading.
func (s *Server) signupForm(w http.ResponseWriter, r *http.Request) error {
	next := r.URL.Query().Get("next")
	if visitorOf(r.Context()).User != nil {
		http.Redirect(w, r, safeNext(next), http.StatusSeeOther)
		return nil
	}
	page := &SignupPage{Base: s.base(r, "signup.title"), Next: next}
	return s.render(w, r, http.StatusOK, "signup", page)
}
