package styling

import (
	"context"
	"sort"
	"time"

	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/styling/coach"
	"github.com/charmory/charmory/internal/styling/pick"
)

// RotationsDue lists the owner's carriers whose current loadout is older
// than the rotation period (or began in another season), each with a
// proposed rotation from the coach. A loadout is due once it has hung for
// RotationDays whole days; an empty carrier has nothing to rotate and is
// left out. The oldest loadout comes first.
func (s *Service) RotationsDue(ctx context.Context, owner int64) ([]RotationDue, error) {
	const op = "rotations due"
	carriers, err := s.adviceCarriers(ctx, owner)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	current, err := s.adviceCurrentLoadouts(ctx, owner, 0)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	st, err := s.adviceSettings(ctx, owner)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	due, loadouts := adviceDue(carriers, current, st, s.clock())
	if len(due) == 0 {
		return []RotationDue{}, nil
	}
	if err := s.adviceProposals(ctx, owner, st, due); err != nil {
		return nil, errs.Wrap(op, err)
	}
	if err := s.pieceFillPlacements(ctx, owner, loadouts...); err != nil {
		return nil, errs.Wrap(op, err)
	}
	return due, nil
}

// adviceDue picks the carriers due for rotation at now, oldest loadout
// first, with their current loadouts.
func adviceDue(carriers []*Carrier, current map[int64]*Loadout, st Settings, now time.Time) ([]RotationDue, []*Loadout) {
	season := pick.Season(now, st.Hemisphere)
	var due []RotationDue
	var loadouts []*Loadout
	for _, c := range carriers {
		cur := current[c.ID]
		if cur == nil || len(cur.Placements) == 0 {
			continue
		}
		days := adviceDaysOld(cur.StartedAt, now)
		if days < st.RotationDays && pick.Season(cur.StartedAt, st.Hemisphere) == season {
			continue
		}
		adviceOrder(cur.Placements, c.Points)
		c.Current, c.LastRotated = cur, cur.StartedAt
		due = append(due, RotationDue{Carrier: *c, DaysOld: days, Season: season})
		loadouts = append(loadouts, cur)
	}
	sort.SliceStable(due, func(i, j int) bool {
		a, b := due[i].Carrier.LastRotated, due[j].Carrier.LastRotated
		if !a.Equal(b) {
			return a.Before(b)
		}
		return due[i].Carrier.ID < due[j].Carrier.ID
	})
	return due, loadouts
}

// adviceProposals asks the coach about each due carrier's loadout with
// its start as the last rotation, so the rotation rule proposes swaps
// drawn from pieces not worn lately.
func (s *Service) adviceProposals(ctx context.Context, owner int64, st Settings, due []RotationDue) error {
	ps, err := s.pieces(ctx, owner, "")
	if err != nil {
		return err
	}
	for i := range due {
		c := &due[i].Carrier
		placements := make([]PlacementInput, len(c.Current.Placements))
		for j, p := range c.Current.Placements {
			placements[j] = PlacementInput{ItemID: p.ItemID, Point: p.Point}
		}
		due[i].Proposal = coach.Evaluate(adviceInput(c, st, ps, placements, c.LastRotated))
	}
	return nil
}
