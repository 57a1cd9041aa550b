package web

import (
	"fmt"
	"net/http"

	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/styling"
)

// CarrierEditPage is /styling/carriers/{id}/edit: the carrier's details,
// its attachment points one a line, its dress code limits, and the way
// to delete it.
type CarrierEditPage struct {
	Base
	CarrierChoices
	Carrier *styling.Carrier
	Form    CarrierForm
	Errors  formErrors
	Confirm bool // ?confirm=delete: ask before deleting
}

// carrierEdit answers GET /styling/carriers/{id}/edit.
func (s *Server) carrierEdit(w http.ResponseWriter, r *http.Request) error {
	_, c, err := s.ownCarrier(r, "carrierEdit")
	if err != nil {
		return err
	}
	page := &CarrierEditPage{Base: s.base(r, "carrier.edit_title", c.Name), CarrierChoices: carrierChoices(), Carrier: c}
	page.Form = carrierFormFrom(page.Base, c)
	page.Confirm = r.URL.Query().Get("confirm") == "delete"
	return s.render(w, r, http.StatusOK, "carrier_form", page)
}

// carrierUpdate answers POST /styling/carriers/{id}. The kind stays: a
// backpack does not become a lanyard.
func (s *Server) carrierUpdate(w http.ResponseWriter, r *http.Request) error {
	u, c, err := s.ownCarrier(r, "carrierUpdate")
	if err != nil {
		return err
	}
	if err := r.ParseForm(); err != nil {
		return err
	}
	page := &CarrierEditPage{Base: s.base(r, "carrier.edit_title", c.Name), CarrierChoices: carrierChoices(), Carrier: c}
	page.Form = carrierFormOf(r.PostForm)
	page.Form.Kind = c.Kind
	in, fe := page.Form.input(page.Base)
	if len(fe) == 0 {
		_, err = s.deps.Styling.UpdateCarrier(r.Context(), u.ID, c.ID, in)
		if errs.KindOf(err) == errs.Invalid {
			fe = s.stylingFormErrors(page.Lang, err, carrierFields...)
		} else if err != nil {
			return errs.Wrap("update carrier", err)
		}
	}
	if len(fe) > 0 {
		page.Errors = fe
		return s.render(w, r, http.StatusUnprocessableEntity, "carrier_form", page)
	}
	http.Redirect(w, r, fmt.Sprintf("/styling/carriers/%d?done=updated", c.ID), http.StatusSeeOther)
	return nil
}

// carrierDelete answers POST /styling/carriers/{id}/delete: the carrier
// and its journey go; its items go back to "stored".
func (s *Server) carrierDelete(w http.ResponseWriter, r *http.Request) error {
	u, c, err := s.ownCarrier(r, "carrierDelete")
	if err != nil {
		return err
	}
	if err := s.deps.Styling.DeleteCarrier(r.Context(), u.ID, c.ID); err != nil {
		return errs.Wrap("delete carrier", err)
	}
	http.Redirect(w, r, "/styling?done=deleted", http.StatusSeeOther)
	return nil
}
