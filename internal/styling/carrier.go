package styling

import (
	"context"
	"database/sql"
	"slices"
	"strconv"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// MaxCarriers bounds how many carriers one collector keeps; far above a
// real wardrobe, it keeps a runaway client from filling the table.
const MaxCarriers = 200

// CreateCarrier adds a carrier, filling the kind's defaults (size, weight
// limit, points; a dress code's limits). The name is required, 1–80
// characters. Errors: Invalid, Conflict (too many carriers).
func (s *Service) CreateCarrier(ctx context.Context, owner int64, in CarrierInput) (*Carrier, error) {
	const op = "create carrier"
	in.normalize()
	if err := in.validate(op); err != nil {
		return nil, err
	}
	now := s.clock().Truncate(time.Microsecond)
	var id int64
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM carriers WHERE owner_id = $1`, owner).Scan(&n); err != nil {
			return db.Translate(op, err)
		}
		if n >= MaxCarriers {
			return errs.E(op, errs.Conflict, "you have "+strconv.Itoa(n)+" carriers, the most Charmory keeps; delete one first")
		}
		err := tx.QueryRowContext(ctx, `INSERT INTO carriers (owner_id, kind, name, size, colour, weight_limit_g, points,
				dress_code, max_count, removable_only, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id`,
			owner, in.Kind, in.Name, in.Size, in.Colour, in.WeightLimitG, joinPoints(in.Points),
			in.DressCode, in.MaxCount, in.RemovableOnly, now).Scan(&id)
		return db.Translate(op, err)
	})
	if err != nil {
		return nil, err
	}
	return s.Carrier(ctx, owner, id)
}

// UpdateCarrier changes a carrier; empty fields take the kind's defaults
// as on create. A point that the current loadout uses cannot be removed
// (Invalid on "points"): move its items first. Errors: NotFound, Invalid.
func (s *Service) UpdateCarrier(ctx context.Context, owner, id int64, in CarrierInput) (*Carrier, error) {
	const op = "update carrier"
	in.normalize()
	if err := in.validate(op); err != nil {
		return nil, err
	}
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		if _, err := lockCarrier(ctx, tx, op, owner, id); err != nil {
			return err
		}
		used, err := pointsInUse(ctx, tx, op, owner, id)
		if err != nil {
			return err
		}
		for _, p := range used {
			if !slices.Contains(in.Points, p) {
				return errs.Fields(op, errs.FieldError{Field: "points",
					Message: "point " + strconv.Quote(p) + " holds items of the current loadout; move them first"})
			}
		}
		_, err = tx.ExecContext(ctx, `UPDATE carriers SET kind = $1, name = $2, size = $3, colour = $4, weight_limit_g = $5,
				points = $6, dress_code = $7, max_count = $8, removable_only = $9, updated_at = $10
			WHERE id = $11 AND owner_id = $12`,
			in.Kind, in.Name, in.Size, in.Colour, in.WeightLimitG, joinPoints(in.Points),
			in.DressCode, in.MaxCount, in.RemovableOnly, s.clock().Truncate(time.Microsecond), id, owner)
		return db.Translate(op, err)
	})
	if err != nil {
		return nil, err
	}
	return s.Carrier(ctx, owner, id)
}

// DeleteCarrier removes a carrier and its journey; the items of its
// current loadout go back to "stored" (recorded in their history) unless
// their status changed meanwhile (an item marked lost stays lost).
// Errors: NotFound.
func (s *Service) DeleteCarrier(ctx context.Context, owner, id int64) error {
	const op = "delete carrier"
	var shas []string
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		lc, err := lockCarrier(ctx, tx, op, owner, id)
		if err != nil {
			return err
		}
		on, err := activeItems(ctx, tx, op, owner, id)
		if err != nil {
			return err
		}
		if err := s.takeOff(ctx, tx, owner, on, nil, lc.name); err != nil {
			return errs.Wrap(op, err)
		}
		if shas, err = carrierPhotos(ctx, tx, op, owner, id); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `DELETE FROM carriers WHERE id = $1 AND owner_id = $2`, id, owner)
		return db.Translate(op, err)
	})
	if err != nil {
		return err
	}
	s.dropPhotoFiles(ctx, shas)
	return nil
}

// lockedCarrier is what a write needs of the carrier it locked.
type lockedCarrier struct {
	name   string
	points []string
}

// lockCarrier takes the carrier's row lock (a no-op update: PostgreSQL
// locks the row until commit; SQLite's writer is already exclusive), so
// that a save, an update and a delete of one carrier run one after the
// other and each sees the one before. Errors: NotFound.
func lockCarrier(ctx context.Context, tx *sql.Tx, op string, owner, id int64) (*lockedCarrier, error) {
	var lc lockedCarrier
	var points string
	err := tx.QueryRowContext(ctx, `UPDATE carriers SET updated_at = updated_at WHERE id = $1 AND owner_id = $2
		RETURNING name, points`, id, owner).Scan(&lc.name, &points)
	if err == sql.ErrNoRows {
		return nil, errNoCarrier(op)
	} else if err != nil {
		return nil, db.Translate(op, err)
	}
	lc.points = splitPoints(points)
	return &lc, nil
}

// pointsInUse lists the points the carrier's current loadout uses.
func pointsInUse(ctx context.Context, tx *sql.Tx, op string, owner, carrierID int64) ([]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT li.point FROM loadout_items li JOIN loadouts l ON l.id = li.loadout_id
		WHERE l.carrier_id = $1 AND l.owner_id = $2 AND l.ended_at IS NULL`, carrierID, owner)
	if err != nil {
		return nil, db.Translate(op, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var p string
		if err := rows.Scan(&p); err != nil {
			return nil, db.Translate(op, err)
		}
		out = append(out, p)
	}
	return out, db.Translate(op, rows.Err())
}
