package web

import (
	"net/http"
	"strings"
	"time"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/i18n"
	"github.com/charmory/charmory/internal/money"
)

// settingsSubmit saves the language and display currency. The footer's
// cookies follow the choice, so the switcher and the account agree, and
// the confirmation is already shown in the new language.
func (s *Server) settingsSubmit(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "settingsSubmit")
	if err != nil {
		return err
	}
	if err := r.ParseForm(); err != nil {
		return err
	}
	locale := i18n.Normalize(r.PostForm.Get("locale"))
	if raw := r.PostForm.Get("locale"); locale == "" && raw != "" {
		locale = raw // unsupported: let the service say so
	}
	currency := strings.ToUpper(strings.TrimSpace(r.PostForm.Get("currency")))
	if currency == "" {
		currency = money.Default
	}
	err = s.deps.Accounts.UpdatePreferences(r.Context(), u.ID, locale, currency)
	if errs.KindOf(err) == errs.Invalid {
		page := &SettingsPage{
			Base:    s.base(r, "settings.title"),
			Account: u, Locale: locale, Display: currency, Locales: account.Locales,
			Errors: s.formErrorsOf(visitorOf(r.Context()).Lang, err, "locale", "currency"),
		}
		return s.render(w, r, http.StatusUnprocessableEntity, "settings", page)
	}
	if err != nil {
		return err
	}
	if locale == "" {
		s.clearCookie(w, langCookie)
	} else {
		s.setCookie(w, langCookie, locale, 365*24*time.Hour)
	}
	s.setCookie(w, currencyCookie, currency, 365*24*time.Hour)
	http.Redirect(w, r, "/settings?saved=1", http.StatusSeeOther)
	return nil
}
