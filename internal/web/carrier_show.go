package web

import (
	"html/template"
	"net/http"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/styling"
)

// CarrierPage is /styling/carriers/{id}: the carrier's picture, the
// loadout editor, the coach's reading and links to the journey and the
// share page. It shows the current loadout, or a draft the editor sent
// back (a preview, or a save the service refused, keeping every choice).
type CarrierPage struct {
	Base
	Carrier  *styling.Carrier
	Picture  template.HTML
	Editor   *LoadoutEditor
	Coach    *CoachView
	Draft    bool   // the page shows an unsaved draft
	Error    string // why a save was refused, in the visitor's language
	Notice   string // message key of a confirmation
	ShareURL string // the current loadout's public page, when shared
}

// carrierNotices are the confirmations the carrier page shows after a redirect.
var carrierNotices = []string{"created", "saved", "updated", "shared"}

// carrierShow answers GET /styling/carriers/{id}.
func (s *Server) carrierShow(w http.ResponseWriter, r *http.Request) error {
	u, c, err := s.ownCarrier(r, "carrierShow")
	if err != nil {
		return err
	}
	page, err := s.carrierPage(r, u, c, currentDraft(c), "", false)
	if err != nil {
		return err
	}
	page.Notice = doneNotice("carrier", carrierNotices, r.URL.Query().Get("done"))
	return s.render(w, r, http.StatusOK, "carrier_show", page)
}

// ownCarrier loads the carrier of the {id} path value for the signed-in
// user; someone else's is NotFound, like a missing one.
func (s *Server) ownCarrier(r *http.Request, op string) (*account.User, *styling.Carrier, error) {
	u, err := requireUser(r, op)
	if err != nil {
		return nil, nil, err
	}
	id, err := pathID(r, "id")
	if err != nil {
		return nil, nil, err
	}
	c, err := s.deps.Styling.Carrier(r.Context(), u.ID, id)
	if err != nil {
		return nil, nil, errs.Wrap(op, err)
	}
	return u, c, nil
}

// carrierPage builds the carrier page around draft: the current loadout
// (isDraft false) or placements the editor sent (isDraft true), which
// the picture and the coach then read instead.
func (s *Server) carrierPage(r *http.Request, u *account.User, c *styling.Carrier, draft []styling.PlacementInput, note string, isDraft bool) (*CarrierPage, error) {
	ctx := r.Context()
	p := &CarrierPage{Base: s.base(r, "carrier.title", c.Name), Carrier: c, Draft: isDraft}
	var err error
	if p.Editor, err = s.loadoutEditor(r, p.Base, u.ID, c, draft, note); err != nil {
		return nil, err
	}
	var input *styling.LoadoutInput
	if isDraft {
		input = &styling.LoadoutInput{Placements: draft, Note: note}
		p.Picture, err = s.draftPicture(ctx, c, draft, p.Editor.known, "cp-")
	} else {
		p.Picture, err = s.currentPicture(ctx, u.ID, c, "cp-")
	}
	if err != nil {
		return nil, err
	}
	rep, err := s.deps.Styling.Coach(ctx, u.ID, c.ID, input)
	switch {
	case isDraft && errs.KindOf(err) == errs.Invalid:
		// The draft names something the coach cannot read: the save says why.
	case err != nil:
		return nil, errs.Wrap("carrier coach", err)
	default:
		p.Coach = s.coachView(p.Lang, c, rep, draft, isDraft)
	}
	if c.Current != nil && c.Current.ShareToken != "" {
		p.ShareURL = "/s/" + c.Current.ShareToken
	}
	return p, nil
}
