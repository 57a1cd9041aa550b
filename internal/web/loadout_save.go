package web

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/styling"
)

// loadoutSave answers POST /styling/carriers/{id}/loadout, the editor's
// form and the coach's "Apply" buttons: the placements become the
// carrier's new loadout (the old one joins the journey). A "remove"
// button or the "preview" button shows the page with the draft instead,
// saving nothing. A refused save shows the draft again with the reason.
func (s *Server) loadoutSave(w http.ResponseWriter, r *http.Request) error {
	u, c, err := s.ownCarrier(r, "loadoutSave")
	if err != nil {
		return err
	}
	if err := r.ParseForm(); err != nil {
		return err
	}
	note := strings.TrimSpace(r.PostForm.Get("note"))
	draft, err := draftOf(r.PostForm)
	if err != nil {
		return s.showDraft(w, r, u, c, currentDraft(c), note, http.StatusUnprocessableEntity, s.msgs.T(visitorOf(r.Context()).Lang, "loadout.err.form"))
	}
	if r.PostForm.Get("remove") != "" || r.PostForm.Get("op") == "preview" {
		return s.showDraft(w, r, u, c, draft, note, http.StatusOK, "")
	}
	_, err = s.deps.Styling.SaveLoadout(r.Context(), u.ID, c.ID, styling.LoadoutInput{Placements: draft, Note: note})
	switch kind := errs.KindOf(err); {
	case err == nil:
	case kind == errs.Conflict:
		msg := s.conflictMessage(r.Context(), visitorOf(r.Context()).Lang, u.ID, c.ID, draft, err)
		return s.showDraft(w, r, u, c, draft, note, http.StatusConflict, msg)
	case kind == errs.Invalid:
		return s.showDraft(w, r, u, c, draft, note, http.StatusUnprocessableEntity, s.loadoutInvalid(visitorOf(r.Context()).Lang, err))
	default:
		return errs.Wrap("save loadout", err)
	}
	http.Redirect(w, r, fmt.Sprintf("/styling/carriers/%d?done=saved#picture", c.ID), http.StatusSeeOther)
	return nil
}

// showDraft shows the carrier page with a draft and, when msg is
// set, why it was not saved.
func (s *Server) showDraft(w http.ResponseWriter, r *http.Request, u *account.User, c *styling.Carrier, draft []styling.PlacementInput, note string, status int, msg string) error {
	page, err := s.carrierPage(r, u, c, draft, note, true)
	if err != nil {
		return err
	}
	page.Error = msg
	return s.render(w, r, status, "carrier_show", page)
}

// conflictMessage names the item of the draft that hangs on another of
// the owner's carriers, and that carrier. A race lost to another tab may
// have moved things since: then the service's own words serve.
func (s *Server) conflictMessage(ctx context.Context, lang string, owner, carrierID int64, draft []styling.PlacementInput, err error) string {
	want := map[int64]bool{}
	for _, p := range draft {
		want[p.ItemID] = true
	}
	carriers, lerr := s.deps.Styling.Carriers(ctx, owner)
	if lerr == nil {
		for _, c := range carriers {
			if c.ID == carrierID || c.Current == nil {
				continue
			}
			for _, p := range c.Current.Placements {
				if want[p.ItemID] && p.Item != nil {
					return s.msgs.T(lang, "loadout.err.conflict", p.Item.Name, c.Name)
				}
			}
		}
	}
	return s.msgs.T(lang, "loadout.err.conflict_other", errs.Message(err))
}

// loadoutInvalid says why the service refused a draft, in lang.
func (s *Server) loadoutInvalid(lang string, err error) string {
	return s.msgs.T(lang, "loadout.err.invalid", s.stylingMessages(lang, err))
}
