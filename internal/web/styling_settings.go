package web

import (
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/styling"
)

// StylingSettingsPage is /styling/settings: the style profile the coach
// reads loadouts with, the rotation period, and the hemisphere the seasons
// follow. Values are kept as typed so a refused form comes back intact.
type StylingSettingsPage struct {
	Base
	Style        string
	RotationDays string
	Hemisphere   string
	Styles       []string
	Hemispheres  []string
	Errors       formErrors
	Saved        bool
}

// stylingSettingsFields are the fields the form shows.
var stylingSettingsFields = []string{"style", "rotation_days", "hemisphere"}

// stylingSettingsMessages map the styling service's messages about the
// settings to message keys.
var stylingSettingsMessages = []messagePattern{
	{regexp.MustCompile(`^must be (?:between|from) (\d+) (?:and|to) (\d+)`), "styling_settings.err.range"},
	{regexp.MustCompile(`^must be north or south$`), "styling_settings.err.hemisphere"},
	{regexp.MustCompile(`^must be one of `), "items.err.choose"},
}

// stylingSettingsPage builds the form around values.
func (s *Server) stylingSettingsPage(r *http.Request, st styling.Settings, days string) *StylingSettingsPage {
	return &StylingSettingsPage{
		Base: s.base(r, "styling_settings.title"), Style: st.Style, RotationDays: days, Hemisphere: st.Hemisphere,
		Styles: styling.Styles, Hemispheres: styling.Hemispheres, Errors: formErrors{},
	}
}

// stylingSettingsForm answers GET /styling/settings.
func (s *Server) stylingSettingsForm(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "stylingSettingsForm")
	if err != nil {
		return err
	}
	st, err := s.deps.Styling.Settings(r.Context(), u.ID)
	if err != nil {
		return errs.Wrap("styling settings", err)
	}
	page := s.stylingSettingsPage(r, *st, strconv.Itoa(st.RotationDays))
	page.Saved = r.URL.Query().Get("done") == "saved"
	return s.render(w, r, http.StatusOK, "styling_settings", page)
}

// stylingSettingsSubmit answers POST /styling/settings: saved, then back
// to the form with a confirmation; a value to fix shows the form again.
func (s *Server) stylingSettingsSubmit(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "stylingSettingsSubmit")
	if err != nil {
		return err
	}
	if err := r.ParseForm(); err != nil {
		return err
	}
	lang := visitorOf(r.Context()).Lang
	f := r.PostForm
	in := styling.Settings{Style: f.Get("style"), Hemisphere: f.Get("hemisphere")}
	days := strings.TrimSpace(f.Get("rotation_days"))
	page := s.stylingSettingsPage(r, in, days)
	if in.RotationDays, err = strconv.Atoi(days); err != nil {
		page.Errors.add("rotation_days", s.msgs.T(lang, "styling_settings.err.days"))
		return s.render(w, r, http.StatusUnprocessableEntity, "styling_settings", page)
	}
	_, err = s.deps.Styling.UpdateSettings(r.Context(), u.ID, in)
	if errs.KindOf(err) == errs.Invalid {
		page.Errors = s.stylingSettingsErrors(lang, err)
		return s.render(w, r, http.StatusUnprocessableEntity, "styling_settings", page)
	}
	if err != nil {
		return errs.Wrap("save styling settings", err)
	}
	http.Redirect(w, r, "/styling/settings?done=saved", http.StatusSeeOther)
	return nil
}

// stylingSettingsErrors puts the service's field errors under the form's
// fields, in the visitor's language where the message is known.
func (s *Server) stylingSettingsErrors(lang string, err error) formErrors {
	fields := errs.FieldsOf(err)
	if len(fields) == 0 {
		return s.formErrorsOf(lang, err, stylingSettingsFields...)
	}
	fe := formErrors{}
	for _, f := range fields {
		msg, ok := s.translate(stylingSettingsMessages, lang, f.Message)
		if !ok {
			msg = s.fieldMessage(lang, f.Message)
		}
		field := f.Field
		if !slices.Contains(stylingSettingsFields, field) {
			field = formWide
		}
		fe.add(field, msg)
	}
	return fe
}
