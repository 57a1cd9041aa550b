package styling

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// Limits on a loadout.
const (
	MaxLoadoutNote = 500 // characters of a loadout's note
	MaxPlacements  = 60  // items on one loadout, far above any coach advice
)

// SaveLoadout makes in the carrier's current loadout: the previous one
// ends now and becomes part of the journey. Items placed get status
// "on_carrier", items taken off go back to "stored" (both in their status
// history). An item already on another carrier's current loadout is a
// Conflict naming it — enforced by the database, so two concurrent saves
// can never hang one item on two carriers. An empty list empties the
// carrier (still a journey entry). Errors: NotFound (carrier), Invalid
// (unknown point, someone else's or a lost/stolen/recycled/lent/for-sale
// item, an item placed twice), Conflict.
func (s *Service) SaveLoadout(ctx context.Context, owner, carrierID int64, in LoadoutInput) (*Loadout, error) {
	const op = "save loadout"
	if err := in.check(op); err != nil {
		return nil, err
	}
	var id int64
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		var err error
		id, err = s.saveLoadout(ctx, tx, op, owner, carrierID, &in)
		return err
	})
	if errors.Is(err, errRacedElsewhere) {
		// The transaction is gone (PostgreSQL aborts it on the violation),
		// so the winner is looked up afresh to name it.
		return nil, s.explainConflict(ctx, op, owner, carrierID, in.itemIDs())
	}
	if err != nil {
		return nil, err
	}
	return s.Loadout(ctx, owner, id)
}

// check validates a loadout's shape before the database is asked: the
// note's length, the number of placements, each placement naming an item
// and a point, and no item placed twice.
func (in *LoadoutInput) check(op string) error {
	in.Note = strings.TrimSpace(in.Note)
	if utf8.RuneCountInString(in.Note) > MaxLoadoutNote {
		return errs.Fields(op, errs.FieldError{Field: "note", Message: "must be at most " + strconv.Itoa(MaxLoadoutNote) + " characters"})
	}
	if len(in.Placements) > MaxPlacements {
		return errs.Fields(op, errs.FieldError{Field: "placements", Message: "place at most " + strconv.Itoa(MaxPlacements) + " items"})
	}
	// The slice is the caller's: trim a copy, not their placements.
	in.Placements = slices.Clone(in.Placements)
	seen := make(map[int64]bool, len(in.Placements))
	for i := range in.Placements {
		p := &in.Placements[i]
		p.Point = strings.TrimSpace(p.Point)
		switch {
		case p.ItemID <= 0:
			return errs.Fields(op, errs.FieldError{Field: "placements", Message: "every placement needs an item"})
		case p.Point == "":
			return errs.Fields(op, errs.FieldError{Field: "placements", Message: "every placement needs an attachment point"})
		case seen[p.ItemID]:
			return errs.Fields(op, errs.FieldError{Field: "placements", Message: "an item can hang only once; item " + strconv.FormatInt(p.ItemID, 10) + " is placed twice"})
		}
		seen[p.ItemID] = true
	}
	return nil
}

func (in *LoadoutInput) itemIDs() []int64 {
	ids := make([]int64, len(in.Placements))
	for i, p := range in.Placements {
		ids[i] = p.ItemID
	}
	return ids
}

// loadoutSelect reads a loadout with its carrier's points, which order
// its placements.
const loadoutSelect = `SELECT l.id, l.owner_id, l.carrier_id, l.note, l.photo_sha, l.share_token, l.started_at, l.ended_at, c.points
	FROM loadouts l JOIN carriers c ON c.id = l.carrier_id`

func scanLoadout(sc interface{ Scan(dest ...any) error }) (*Loadout, []string, error) {
	var l Loadout
	var token sql.NullString
	var ended sql.NullTime
	var points string
	err := sc.Scan(&l.ID, &l.OwnerID, &l.CarrierID, &l.Note, &l.PhotoSHA, &token, &l.StartedAt, &ended, &points)
	if err != nil {
		return nil, nil, err
	}
	l.ShareToken, l.StartedAt, l.Placements = token.String, l.StartedAt.UTC(), []Placement{}
	if ended.Valid {
		t := ended.Time.UTC()
		l.EndedAt = &t
	}
	return &l, splitPoints(points), nil
}

// Loadout returns one of the owner's loadouts with its placements.
// Errors: NotFound.
func (s *Service) Loadout(ctx context.Context, owner, id int64) (*Loadout, error) {
	const op = "loadout"
	l, points, err := scanLoadout(s.db.QueryRow(ctx, loadoutSelect+` WHERE l.id = $1 AND l.owner_id = $2`, id, owner))
	if err == sql.ErrNoRows {
		return nil, errNoLoadout(op)
	} else if err != nil {
		return nil, db.Translate(op, err)
	}
	placed, err := s.readPlacements(ctx, op, `l.id = $1 AND l.owner_id = $2`, id, owner)
	if err != nil {
		return nil, err
	}
	l.Placements = orderPlacements(placed[id], points)
	return l, nil
}

// Journey lists a carrier's loadouts, newest first, each with its
// placements: one query for the loadouts, one for all their placements.
// Errors: NotFound.
func (s *Service) Journey(ctx context.Context, owner, carrierID int64) ([]Loadout, error) {
	const op = "journey"
	rows, err := s.db.Query(ctx, loadoutSelect+` WHERE c.id = $1 AND c.owner_id = $2 AND l.owner_id = $2
		ORDER BY l.started_at DESC, l.id DESC`, carrierID, owner)
	if err != nil {
		return nil, db.Translate(op, err)
	}
	defer rows.Close()
	out := []Loadout{}
	var points []string
	for rows.Next() {
		l, p, err := scanLoadout(rows)
		if err != nil {
			return nil, db.Translate(op, err)
		}
		out, points = append(out, *l), p
	}
	if err := rows.Err(); err != nil {
		return nil, db.Translate(op, err)
	}
	rows.Close()
	if len(out) == 0 {
		// No loadouts yet, or no such carrier: only the latter is an error.
		if _, err := s.Carrier(ctx, owner, carrierID); err != nil {
			return nil, errs.Wrap(op, err)
		}
		return out, nil
	}
	placed, err := s.readPlacements(ctx, op, `l.carrier_id = $1 AND l.owner_id = $2`, carrierID, owner)
	if err != nil {
		return nil, err
	}
	for i := range out {
		out[i].Placements = orderPlacements(placed[out[i].ID], points)
	}
	return out, nil
}

// SetLoadoutNote changes a loadout's note (at most 500 characters; empty
// clears it). Errors: NotFound, Invalid.
func (s *Service) SetLoadoutNote(ctx context.Context, owner, id int64, note string) error {
	const op = "set loadout note"
	note = strings.TrimSpace(note)
	if utf8.RuneCountInString(note) > MaxLoadoutNote {
		return errs.Fields(op, errs.FieldError{Field: "note", Message: "must be at most " + strconv.Itoa(MaxLoadoutNote) + " characters"})
	}
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE loadouts SET note = $1 WHERE id = $2 AND owner_id = $3`, note, id, owner)
		return oneLoadout(op, res, err)
	})
}

// oneLoadout checks that an update by id and owner hit its loadout.
func oneLoadout(op string, res sql.Result, err error) error {
	if err != nil {
		return db.Translate(op, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return db.Translate(op, err)
	}
	if n == 0 {
		return errNoLoadout(op)
	}
	return nil
}

func errNoLoadout(op string) error { return errs.E(op, errs.NotFound, "no such loadout") }
