package web

import (
	"net/http"
	"time"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/i18n"
	"github.com/charmory/charmory/internal/money"
)

// sessionLifetime is how long the session cookie lives; the account
// service slides the session's own expiry while it is used.
const sessionLifetime = 30 * 24 * time.Hour

// signupSubmit creates a collector account and signs the new member in. A
// bad or taken field re-renders the form with what they typed, except the
// password.
func (s *Server) signupSubmit(w http.ResponseWriter, r *http.Request) error {
	if err := r.ParseForm(); err != nil {
		return err
	}
	f := r.PostForm
	in := account.SignUp{
		Username:    f.Get("username"),
		Email:       f.Get("email"),
		DisplayName: f.Get("display_name"),
		Password:    f.Get("password"),
	}
	u, err := s.deps.Accounts.SignUp(r.Context(), in)
	if k := errs.KindOf(err); k == errs.Invalid || k == errs.Conflict {
		page := &SignupPage{
			Base:     s.base(r, "signup.title"),
			Username: in.Username, Email: in.Email, DisplayName: in.DisplayName, Next: f.Get("next"),
			Errors: s.formErrorsOf(visitorOf(r.Context()).Lang, err, "username", "email", "display_name", "password"),
		}
		return s.render(w, r, errs.HTTPStatus(k), "signup", page)
	}
	if err != nil {
		return err
	}
	if err := s.keepBrowsingPreferences(r, u.ID); err != nil {
		return err
	}
	if err := s.startSession(w, r, u.ID); err != nil {
		return err
	}
	http.Redirect(w, r, safeNext(f.Get("next")), http.StatusSeeOther)
	return nil
}

// startSession creates a session for the user and sets its cookie.
func (s *Server) startSession(w http.ResponseWriter, r *http.Request, userID int64) error {
	token, err := s.deps.Accounts.CreateSession(r.Context(), userID, r.UserAgent())
	if err != nil {
		return err
	}
	s.setCookie(w, sessionCookie, token, sessionLifetime)
	return nil
}

// keepBrowsingPreferences saves the language and currency a visitor chose
// with the footer switcher before signing up, so the new account keeps
// speaking to them the same way. Without a choice nothing is saved and the
// account follows the browser.
func (s *Server) keepBrowsingPreferences(r *http.Request, userID int64) error {
	locale, currency := "", ""
	if c, err := r.Cookie(langCookie); err == nil {
		locale = i18n.Normalize(c.Value)
	}
	if c, err := r.Cookie(currencyCookie); err == nil && money.Valid(c.Value) {
		currency = c.Value
	}
	if locale == "" && currency == "" {
		return nil
	}
	return s.deps.Accounts.UpdatePreferences(r.Context(), userID, locale, currency)
}
