package web

import (
	"net/http"
	"time"

	"github.com/charmory/charmory/internal/i18n"
	"github.com/charmory/charmory/internal/money"
)

// preferencesUpdate is the language and currency switcher in the footer:
// it remembers the choice in cookies and, for a signed-in user, in their
// account, then goes back where the visitor was.
func (s *Server) preferencesUpdate(w http.ResponseWriter, r *http.Request) error {
	if err := r.ParseForm(); err != nil {
		return err
	}
	v := visitorOf(r.Context())
	lang, cur := v.Lang, v.Currency
	if l := i18n.Normalize(r.PostForm.Get("lang")); l != "" {
		lang = l
		s.setCookie(w, langCookie, l, 365*24*time.Hour)
	}
	if c := r.PostForm.Get("currency"); money.Valid(c) {
		cur = c
		s.setCookie(w, currencyCookie, c, 365*24*time.Hour)
	}
	if v.User != nil {
		if err := s.deps.Accounts.UpdatePreferences(r.Context(), v.User.ID, lang, cur); err != nil {
			return err
		}
	}
	http.Redirect(w, r, safeNext(r.PostForm.Get("next")), http.StatusSeeOther)
	return nil
}
