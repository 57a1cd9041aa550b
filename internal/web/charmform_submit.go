package web

import (
	"net/http"
	"slices"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/errs"
)

// submitCharmForm parses the posted charm form and submits it as a
// contribution: a new charm when current is nil, else an edit of current.
// It returns the recorded contribution, or the form with its errors (in
// the visitor's language) when something in it must be fixed; any other
// failure is returned as the error.
func (s *Server) submitCharmForm(r *http.Request, u *account.User, current *catalog.Charm) (*catalog.Contribution, *CharmForm, error) {
	if err := r.ParseForm(); err != nil {
		return nil, nil, err
	}
	lang := visitorOf(r.Context()).Lang
	form := parseCharmForm(r.PostForm)
	proposed, fe := s.formCharm(lang, form)
	form.Errors = fe
	var charmID int64
	if current != nil {
		// What the form does not show stays as it is.
		charmID, proposed.ExternalID, proposed.ImageURL = current.ID, current.ExternalID, current.ImageURL
		proposed.Materials = keepOrder(current.Materials, proposed.Materials)
		proposed.Colours = keepOrder(current.Colours, proposed.Colours)
		proposed.Themes = keepOrder(current.Themes, proposed.Themes)
		proposed.Eco = keepOrder(current.Eco, proposed.Eco)
	}
	if len(fe) > 0 {
		// Report the other fields' problems too, so one round fixes all.
		for _, f := range errs.FieldsOf(catalog.Validate(&proposed)) {
			if slices.Contains(charmFormFields, f.Field) {
				form.Errors.add(f.Field, s.fieldMessage(lang, f.Message))
			}
		}
		return nil, form, nil
	}
	if current != nil && len(charmChanges(current, &proposed)) == 0 {
		form.Errors.add(formWide, s.msgs.T(lang, "charmform.unchanged"))
		return nil, form, nil
	}
	c, err := s.deps.Catalog.Submit(r.Context(), actorOf(u), charmID, proposed, form.Note)
	if errs.KindOf(err) == errs.Invalid {
		form.Errors = s.formErrorsOf(lang, err, charmFormFields...)
		return nil, form, nil
	}
	if err != nil {
		return nil, nil, err
	}
	return c, nil, nil
}

// keepOrder returns the ticked codes with those the charm already lists
// first, in its order (the first material is the main one), then the new
// ones: checkboxes post in vocabulary order, and reordering alone is no edit.
func keepOrder(current, ticked []string) []string {
	out := make([]string, 0, len(ticked))
	for _, c := range current {
		if slices.Contains(ticked, c) {
			out = append(out, c)
		}
	}
	for _, c := range ticked {
		if !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// actorOf is the catalog's view of a signed-in user.
func actorOf(u *account.User) catalog.Actor {
	return catalog.Actor{UserID: u.ID, Role: u.Role}
}
