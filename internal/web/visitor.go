package web

import (
	"context"
	"net/http"
	"net/url"
	"time"

	"github.com/charmory/charmory/internal/i18n"
	"github.com/charmory/charmory/internal/money"
)

// Cookie names.
const (
	sessionCookie  = "charmory_session"
	langCookie     = "charmory_lang"
	currencyCookie = "charmory_currency"
)

// withVisitor resolves the session user and the language: the user's
// preference, else the switcher's cookie, else Accept-Language.
func (s *Server) withVisitor(r *http.Request) *http.Request {
	if _, ok := r.Context().Value(visitorKey{}).(*Visitor); ok {
		return r
	}
	v := &Visitor{Currency: money.Default}
	if c, err := r.Cookie(sessionCookie); err == nil && c.Value != "" {
		if u, err := s.deps.Accounts.SessionUser(r.Context(), c.Value); err == nil {
			v.User, v.Session = u, c.Value
		}
	}
	if c, err := r.Cookie(langCookie); err == nil {
		v.Lang = i18n.Normalize(c.Value)
	}
	if v.User != nil && v.User.Locale != "" {
		v.Lang = i18n.Normalize(v.User.Locale)
	}
	if v.Lang == "" {
		v.Lang = s.msgs.Match(r.Header.Get("Accept-Language"))
	}
	if c, err := r.Cookie(currencyCookie); err == nil && money.Valid(c.Value) {
		v.Currency = c.Value
	}
	if v.User != nil && money.Valid(v.User.Currency) {
		v.Currency = v.User.Currency
	}
	return r.WithContext(context.WithValue(r.Context(), visitorKey{}, v))
}

// setCookie writes a first-party, HTTP-only, SameSite=Lax cookie.
func (s *Server) setCookie(w http.ResponseWriter, name, value string, maxAge time.Duration) {
	http.SetCookie(w, &http.Cookie{
		Name: name, Value: value, Path: "/", MaxAge: int(maxAge.Seconds()),
		HttpOnly: true, Secure: s.deps.SecureCookie, SameSite: http.SameSiteLaxMode,
	})
}

// clearCookie removes a cookie.
func (s *Server) clearCookie(w http.ResponseWriter, name string) {
	http.SetCookie(w, &http.Cookie{Name: name, Value: "", Path: "/", MaxAge: -1,
		HttpOnly: true, Secure: s.deps.SecureCookie, SameSite: http.SameSiteLaxMode})
}

// safeNext returns a local path to go back to, never another site.
func safeNext(next string) string {
	u, err := url.Parse(next)
	if err != nil || next == "" || u.IsAbs() || u.Host != "" || len(next) > 1 && (next[1] == '/' || next[1] == '\\') || next[0] != '/' {
		return "/"
	}
	return next
}

func urlQueryEscape(s string) string { return url.QueryEscape(s) }
