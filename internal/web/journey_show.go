package web

import (
	"fmt"
	"html/template"
	"net/http"
	"time"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/collection/photo"
	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/styling"
)

// JourneyPage is /styling/carriers/{id}/journey: the carrier's loadouts,
// newest first, each with its picture, dates, note, photo and sharing.
type JourneyPage struct {
	Base
	Carrier *styling.Carrier
	Entries []JourneyEntry
	Notice  string // message key of a confirmation
}

// JourneyEntry is one loadout on the journey.
type JourneyEntry struct {
	styling.Loadout
	Picture  template.HTML
	Current  bool
	Duration string // how long it hung, in words
	ShareURL string // its public page, when shared
	Error    string // why a note or photo was refused, in the page's language
}

// journeyNotices are the confirmations the journey shows after a redirect.
var journeyNotices = []string{"note", "photo", "shared", "unshared"}

// PhotoMB is the size limit of a loadout photo, for the photo field.
func (p *JourneyPage) PhotoMB() int { return photo.MaxBytes >> 20 }

// journeyShow answers GET /styling/carriers/{id}/journey.
func (s *Server) journeyShow(w http.ResponseWriter, r *http.Request) error {
	u, c, err := s.ownCarrier(r, "journeyShow")
	if err != nil {
		return err
	}
	page, err := s.journeyPage(r, u, c)
	if err != nil {
		return err
	}
	page.Notice = doneNotice("journey", journeyNotices, r.URL.Query().Get("done"))
	return s.render(w, r, http.StatusOK, "journey", page)
}

// journeyPage builds the journey of c.
func (s *Server) journeyPage(r *http.Request, u *account.User, c *styling.Carrier) (*JourneyPage, error) {
	ctx := r.Context()
	loadouts, err := s.deps.Styling.Journey(ctx, u.ID, c.ID)
	if err != nil {
		return nil, errs.Wrap("journey", err)
	}
	p := &JourneyPage{Base: s.base(r, "journey.title", c.Name), Carrier: c}
	now := time.Now()
	for _, l := range loadouts {
		e := JourneyEntry{Loadout: l, Current: l.EndedAt == nil}
		if e.Picture, err = s.loadoutPicture(ctx, u.ID, l.ID, idPrefix("j", l.ID)); err != nil {
			return nil, err
		}
		end := now
		if l.EndedAt != nil {
			end = *l.EndedAt
		}
		e.Duration = journeyDuration(p.Base, end.Sub(l.StartedAt))
		if l.ShareToken != "" {
			e.ShareURL = "/s/" + l.ShareToken
		}
		p.Entries = append(p.Entries, e)
	}
	return p, nil
}

// journeyDuration says how long a loadout hung: days, or "less than a day".
func journeyDuration(b Base, d time.Duration) string {
	switch days := int(d.Hours() / 24); {
	case days < 1:
		return b.T("journey.duration_hours")
	case days == 1:
		return b.T("journey.duration_one")
	default:
		return b.T("journey.duration_days", days)
	}
}

// journeyURL is a carrier's journey, with a notice, at one loadout.
func journeyURL(carrierID, loadoutID int64, done string) string {
	return fmt.Sprintf("/styling/carriers/%d/journey?done=%s#loadout-%d", carrierID, done, loadoutID)
}

// journeyRefused shows the journey again with why a loadout's note or
// photo was refused next to that loadout; set keeps what was typed.
func (s *Server) journeyRefused(w http.ResponseWriter, r *http.Request, u *account.User, l *styling.Loadout, status int, set func(*JourneyEntry)) error {
	c, err := s.deps.Styling.Carrier(r.Context(), u.ID, l.CarrierID)
	if err != nil {
		return errs.Wrap("journey", err)
	}
	page, err := s.journeyPage(r, u, c)
	if err != nil {
		return err
	}
	for i := range page.Entries {
		if page.Entries[i].ID == l.ID {
			set(&page.Entries[i])
		}
	}
	return s.render(w, r, status, "journey", page)
}
