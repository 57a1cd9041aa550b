package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/account"
)

// SettingsPage is the account's display preferences: the interface
// language ("" follows the browser) and the currency prices are shown in.
type SettingsPage struct {
	Base
	Account *account.User
	Locale  string
	Display string // display currency
	Locales []string
	Saved   bool
	Errors  formErrors
}

// settingsForm shows the signed-in user's preferences.
func (s *Server) settingsForm(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "settingsForm")
	if err != nil {
		return err
	}
	page := &SettingsPage{
		Base:    s.base(r, "settings.title"),
		Account: u, Locale: u.Locale, Display: u.Currency, Locales: account.Locales,
		Saved: r.URL.Query().Get("saved") == "1",
	}
	return s.render(w, r, http.StatusOK, "settings", page)
}
