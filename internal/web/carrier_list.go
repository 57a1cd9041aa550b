package web

import (
	"fmt"
	"html/template"
	"net/http"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/styling"
)

// CarriersPage is /styling: the collector's carriers as cards, each with
// its loadout's picture, and the form to add one.
type CarriersPage struct {
	Base
	CarrierChoices
	Cards  []CarrierCard
	Due    []styling.RotationDue // carriers due for a rotation, with proposals
	Form   CarrierForm
	Errors formErrors
	Notice string // message key of a confirmation
}

// CarrierCard is one carrier on the carriers page.
type CarrierCard struct {
	styling.Carrier
	Picture template.HTML
	Count   int // items on it now
	DueDays int // > 0: its loadout is due for rotation, this many days old
}

// carrierListNotices are the confirmations the carriers page shows after a redirect.
var carrierListNotices = []string{"deleted"}

// carrierList answers GET /styling.
func (s *Server) carrierList(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "carrierList")
	if err != nil {
		return err
	}
	page, err := s.carriersPage(r, u)
	if err != nil {
		return err
	}
	page.Notice = doneNotice("carrier", carrierListNotices, r.URL.Query().Get("done"))
	return s.render(w, r, http.StatusOK, "carrier_list", page)
}

// carriersPage builds the carriers page with a fresh create form.
func (s *Server) carriersPage(r *http.Request, u *account.User) (*CarriersPage, error) {
	ctx := r.Context()
	carriers, err := s.deps.Styling.Carriers(ctx, u.ID)
	if err != nil {
		return nil, errs.Wrap("carriers page", err)
	}
	due, err := s.deps.Styling.RotationsDue(ctx, u.ID)
	if err != nil {
		return nil, errs.Wrap("carriers page rotations", err)
	}
	p := &CarriersPage{Base: s.base(r, "carrier.list_title"), CarrierChoices: carrierChoices(), Due: due,
		Form: CarrierForm{Kind: styling.CarrierKinds[0].Kind}}
	for i := range carriers {
		c := &carriers[i]
		card := CarrierCard{Carrier: *c}
		if card.Picture, err = s.currentPicture(ctx, u.ID, c, idPrefix("c", c.ID)); err != nil {
			return nil, err
		}
		if c.Current != nil {
			card.Count = len(c.Current.Placements)
		}
		for _, d := range due {
			if d.Carrier.ID == c.ID {
				card.DueDays = max(d.DaysOld, 1)
			}
		}
		p.Cards = append(p.Cards, card)
	}
	return p, nil
}

// carrierCreate answers POST /styling/carriers: a new carrier, then its
// page; a refused form comes back as typed with the messages.
func (s *Server) carrierCreate(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "carrierCreate")
	if err != nil {
		return err
	}
	if err := r.ParseForm(); err != nil {
		return err
	}
	form := carrierFormOf(r.PostForm)
	form.Points = "" // a new carrier takes its kind's points; the edit page changes them
	lang := visitorOf(r.Context()).Lang
	in, fe := form.input(s.base(r, "carrier.list_title"))
	var c *styling.Carrier
	if len(fe) == 0 {
		c, err = s.deps.Styling.CreateCarrier(r.Context(), u.ID, in)
		if kind := errs.KindOf(err); kind == errs.Invalid || kind == errs.Conflict {
			fe = s.stylingFormErrors(lang, err, carrierFields...)
		} else if err != nil {
			return errs.Wrap("create carrier", err)
		}
	}
	if len(fe) > 0 {
		page, err := s.carriersPage(r, u)
		if err != nil {
			return err
		}
		page.Form, page.Errors = form, fe
		return s.render(w, r, http.StatusUnprocessableEntity, "carrier_list", page)
	}
	http.Redirect(w, r, fmt.Sprintf("/styling/carriers/%d?done=created", c.ID), http.StatusSeeOther)
	return nil
}
