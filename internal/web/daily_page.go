package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/styling"
	"github.com/charmory/charmory/internal/styling/pick"
)

// DailyPage is /styling/today: "how do you feel today?", the day's pick
// with its backup, and the carriers due for a rotation.
type DailyPage struct {
	Base
	Moods      []string
	Pick       *styling.DailyPick // today's pick; nil before the first one
	Fresh      bool               // the pick was made by this request
	MoodText   string             // the free text as typed, kept when it is refused
	MoodError  string             // why the mood was refused, in the page's language
	Empty      bool               // nothing in the collection to pick from
	Unwearable bool               // items exist, but none can be worn (lost, lent…)
	Due        []styling.RotationDue
	Notice     string // message key of a confirmation
}

// dailyNotices are the confirmations /styling/today shows after a redirect.
var dailyNotices = []string{"worn"}

// dailyPage builds the page around today's state: whether there is
// anything to pick from and which carriers are due for a rotation.
func (s *Server) dailyPage(r *http.Request, u *account.User) (*DailyPage, error) {
	ctx := r.Context()
	p := &DailyPage{Base: s.base(r, "daily.title"), Moods: pick.Moods}
	items, err := s.deps.Collection.Items(ctx, u.ID, u.ID, collection.ItemFilter{Limit: 1})
	if err != nil {
		return nil, errs.Wrap("daily page items", err)
	}
	p.Empty = items.Total == 0
	if p.Due, err = s.deps.Styling.RotationsDue(ctx, u.ID); err != nil {
		return nil, errs.Wrap("daily page rotations", err)
	}
	return p, nil
}

// MoodLabels lists the moods' names, for the message that asks for one of
// them.
func (p *DailyPage) MoodLabels() string { return p.Labels("mood", p.Moods) }
