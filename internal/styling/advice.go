package styling

import (
	"context"
	"fmt"
	"time"

	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/styling/coach"
)

// Coach reads a carrier's current loadout, or draft when it is not nil,
// with suggestions drawn from the owner's available items. Errors:
// NotFound, Invalid (a draft with unknown items or points).
func (s *Service) Coach(ctx context.Context, owner, carrierID int64, draft *LoadoutInput) (*coach.Report, error) {
	in, err := s.adviceCoachInput(ctx, owner, carrierID, draft)
	if err != nil {
		return nil, err
	}
	report := coach.Evaluate(in)
	return &report, nil
}

// adviceCoachInput gathers what the coach reads about a carrier: its
// current loadout or the draft, the owner's settings and collection.
func (s *Service) adviceCoachInput(ctx context.Context, owner, carrierID int64, draft *LoadoutInput) (coach.Input, error) {
	const op = "coach"
	c, err := s.adviceCarrier(ctx, owner, carrierID)
	if err != nil {
		return coach.Input{}, errs.Wrap(op, err)
	}
	current, err := s.adviceCurrentLoadouts(ctx, owner, carrierID)
	if err != nil {
		return coach.Input{}, errs.Wrap(op, err)
	}
	st, err := s.adviceSettings(ctx, owner)
	if err != nil {
		return coach.Input{}, errs.Wrap(op, err)
	}
	ps, err := s.pieces(ctx, owner, "")
	if err != nil {
		return coach.Input{}, errs.Wrap(op, err)
	}
	var placements []PlacementInput
	var lastRotated time.Time
	if cur := current[c.ID]; cur != nil {
		lastRotated = cur.StartedAt
		for _, p := range cur.Placements {
			placements = append(placements, PlacementInput{ItemID: p.ItemID, Point: p.Point})
		}
	}
	if draft != nil {
		if err := adviceCheckDraft(op, c, ps, draft.Placements); err != nil {
			return coach.Input{}, err
		}
		placements = draft.Placements
	}
	return adviceInput(c, st, ps, placements, lastRotated), nil
}

// adviceInput builds what the coach reads for placements on c. Placements
// must name the owner's items (unknown ones are skipped).
func adviceInput(c *Carrier, st Settings, ps *pieceSet, placements []PlacementInput, lastRotated time.Time) coach.Input {
	in := coach.Input{
		Carrier: adviceCoachCarrier(c), Style: st.Style, Now: ps.now, LastRotated: lastRotated,
		RotationDays: st.RotationDays, Hemisphere: st.Hemisphere, Placed: []coach.Piece{},
	}
	placed := make(map[int64]bool, len(placements))
	for _, pl := range placements {
		p := ps.get(pl.ItemID)
		if p == nil {
			continue
		}
		piece := ps.coachPiece(p)
		piece.Point = pl.Point
		in.Placed = append(in.Placed, piece)
		placed[pl.ItemID] = true
	}
	in.Collection = ps.coachCollection(c.ID, placed)
	return in
}

// adviceCheckDraft refuses a draft that places an item that is not the
// owner's or not at hand, places one item twice, or uses a point the
// carrier does not have: the same rules a saved loadout follows, so the
// coach never reads a loadout that could not be saved.
func adviceCheckDraft(op string, c *Carrier, ps *pieceSet, placements []PlacementInput) error {
	var fields []errs.FieldError
	seen := make(map[int64]bool, len(placements))
	for i, pl := range placements {
		field := fmt.Sprintf("placements[%d]", i)
		p := ps.get(pl.ItemID)
		switch {
		case p == nil:
			fields = append(fields, errs.FieldError{Field: field, Message: fmt.Sprintf("item %d is not in your collection", pl.ItemID)})
		case !p.wearable():
			fields = append(fields, errs.FieldError{Field: field, Message: fmt.Sprintf("%s cannot be placed while its status is %q", p.Name, p.status)})
		case seen[pl.ItemID]:
			fields = append(fields, errs.FieldError{Field: field, Message: fmt.Sprintf("%s is placed twice", p.Name)})
		case !pieceHas(c.Points, pl.Point):
			fields = append(fields, errs.FieldError{Field: field, Message: fmt.Sprintf("%q is not a point of %s", pl.Point, c.Name)})
		}
		seen[pl.ItemID] = true
	}
	if len(fields) > 0 {
		return errs.Fields(op, fields...)
	}
	return nil
}
