package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/errs"
)

// tokenCreate makes a personal API token and answers with the tokens page
// showing its secret once; no redirect, since the secret is stored nowhere
// a later page could read it from. The page must not be cached.
func (s *Server) tokenCreate(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "tokenCreate")
	if err != nil {
		return err
	}
	if err := r.ParseForm(); err != nil {
		return err
	}
	name := r.PostForm.Get("name")
	secret, token, err := s.deps.Accounts.CreateToken(r.Context(), u.ID, name)
	if err != nil && errs.KindOf(err) != errs.Invalid {
		return err
	}
	page, lerr := s.tokensPage(r, u)
	if lerr != nil {
		return lerr
	}
	if err != nil {
		page.Name = name
		page.Errors = s.formErrorsOf(page.Lang, err, "name")
		return s.render(w, r, http.StatusUnprocessableEntity, "tokens", page)
	}
	page.Created, page.Secret = token, secret
	page.Curl = `curl -H "Authorization: Bearer ` + secret + `" ` + siteOrigin(r, s.deps.SecureCookie) + "/api/v1/me"
	w.Header().Set("Cache-Control", "no-store")
	return s.render(w, r, http.StatusOK, "tokens", page)
}

// siteOrigin is the scheme and host the visitor reached us at, for
// examples they can paste into a terminal.
func siteOrigin(r *http.Request, secure bool) string {
	scheme := "http"
	if r.TLS != nil || secure {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}
