package web

import (
	"net/http"
	"strconv"
	"time"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/errs"
)

// itemCreate answers POST /collection/items: one new item, with the photos
// chosen in the form, then its page. A field to fix shows the form again;
// refused photos show the saved item's page with the reason, so the
// collector can retry the photos alone.
func (s *Server) itemCreate(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "itemCreate")
	if err != nil {
		return err
	}
	lang := visitorOf(r.Context()).Lang
	files, uerr := parseUpload(w, r)
	if errs.KindOf(uerr) == errs.Internal && uerr != nil {
		return uerr
	}
	f := parseItemForm(r.PostForm)
	f.ID, f.Version = 0, 0
	if uerr != nil {
		// The body was cut short and nothing of the form arrived but the
		// charm, which the form's address carries for this case.
		f = newItemForm(u.Currency, time.Now().UTC().Format(time.DateOnly))
		f.CharmID, _ = strconv.ParseInt(r.URL.Query().Get("charm"), 10, 64)
		f.Errors = formErrors{"photos": s.uploadMessage(lang, uerr)}
		return s.renderItemForm(w, r, u, f, errs.HTTPStatus(errs.KindOf(uerr)))
	}
	in, fe := s.itemInput(lang, f)
	if len(fe) > 0 {
		f.Errors = fe
		return s.renderItemForm(w, r, u, f, http.StatusUnprocessableEntity)
	}
	it, err := s.deps.Collection.CreateItem(r.Context(), u.ID, in)
	if errs.KindOf(err) == errs.Invalid {
		f.Errors = s.itemFormErrors(lang, err, itemFormFields...)
		return s.renderItemForm(w, r, u, f, http.StatusUnprocessableEntity)
	}
	if err != nil {
		return err
	}
	if len(files) > 0 {
		if _, err := s.deps.Collection.AddPhotos(r.Context(), u.ID, it.ID, files); err != nil {
			return s.photoRefused(w, r, u, it.ID, err, "items.photos_not_saved_created")
		}
	}
	http.Redirect(w, r, itemURL(it.ID, "created"), http.StatusSeeOther)
	return nil
}

// renderItemForm shows the add or edit form again with its errors.
func (s *Server) renderItemForm(w http.ResponseWriter, r *http.Request, u *account.User, f *ItemForm, status int) error {
	page, err := s.loadItemForm(r, u, f)
	if err != nil {
		return err
	}
	return s.render(w, r, status, "item_form", page)
}
