package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/errs"
)

// itemUpdate answers POST /collection/items/{id}: the edit form's save.
// The form carries the version it was filled from; when the item changed
// since, nothing is saved and the form says so. The catalog charm of an
// item is what it is: the form cannot move an item to another charm.
func (s *Server) itemUpdate(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "itemUpdate")
	if err != nil {
		return err
	}
	// Ownership first, so another user's id never reaches a form.
	it, err := s.ownItem(r, u)
	if err != nil {
		return err
	}
	if err := r.ParseForm(); err != nil {
		return err
	}
	lang := visitorOf(r.Context()).Lang
	f := parseItemForm(r.PostForm)
	f.ID, f.CharmID = it.ID, it.CharmID
	in, fe := s.itemInput(lang, f)
	if len(fe) > 0 {
		f.Errors = fe
		return s.renderItemForm(w, r, u, f, http.StatusUnprocessableEntity)
	}
	_, err = s.deps.Collection.UpdateItem(r.Context(), u.ID, it.ID, in, f.Version)
	switch errs.KindOf(err) {
	case errs.Invalid:
		f.Errors = s.itemFormErrors(lang, err, itemFormFields...)
		return s.renderItemForm(w, r, u, f, http.StatusUnprocessableEntity)
	case errs.Conflict:
		f.Errors = formErrors{formWide: s.msgs.T(lang, "items.err.conflict")}
		return s.renderItemForm(w, r, u, f, http.StatusConflict)
	}
	if err != nil {
		return errs.Wrap("update item", err)
	}
	http.Redirect(w, r, itemURL(it.ID, "saved"), http.StatusSeeOther)
	return nil
}
