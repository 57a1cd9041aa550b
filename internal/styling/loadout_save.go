package styling

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"strconv"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// unwearable are the statuses of items that cannot hang on a carrier:
// gone, lent out, or promised to a buyer.
var unwearable = map[string]string{
	"lost":     "is marked lost",
	"stolen":   "is marked stolen",
	"recycled": "was recycled",
	"lent":     "is lent out",
	"for_sale": "is for sale",
}

// errRacedElsewhere marks a unique violation of loadout_items_active: a
// concurrent save hung one of the items on another carrier first.
var errRacedElsewhere = errors.New("an item was placed on another carrier meanwhile")

// saveLoadout is SaveLoadout's transaction: check, end the current
// loadout, insert the new one, then move item statuses. The carrier's row
// lock makes saves of one carrier take turns; the partial unique index on
// active loadout items settles saves on different carriers.
func (s *Service) saveLoadout(ctx context.Context, tx *sql.Tx, op string, owner, carrierID int64, in *LoadoutInput) (int64, error) {
	lc, err := lockCarrier(ctx, tx, op, owner, carrierID)
	if err != nil {
		return 0, err
	}
	for _, p := range in.Placements {
		if !slices.Contains(lc.points, p.Point) {
			return 0, errs.Fields(op, errs.FieldError{Field: "placements", Message: "this carrier has no point " + strconv.Quote(p.Point)})
		}
	}
	ids := in.itemIDs()
	if err := checkWearable(ctx, tx, op, owner, ids); err != nil {
		return 0, err
	}
	if item, carrier, found, err := usedElsewhere(ctx, tx, owner, carrierID, ids); err != nil {
		return 0, db.Translate(op, err)
	} else if found {
		return 0, errOnOtherCarrier(op, item, carrier)
	}
	before, err := activeItems(ctx, tx, op, owner, carrierID)
	if err != nil {
		return 0, err
	}
	now := s.clock().Truncate(time.Microsecond)
	id, err := replaceLoadout(ctx, tx, op, owner, carrierID, in, now)
	if err != nil {
		return 0, err
	}
	for _, itemID := range ids {
		if err := s.collection.SetStatusTx(ctx, tx, owner, itemID, "on_carrier", lc.name); err != nil {
			return 0, errs.Wrap(op, err)
		}
	}
	keep := make(map[int64]bool, len(ids))
	for _, itemID := range ids {
		keep[itemID] = true
	}
	return id, errs.Wrap(op, s.takeOff(ctx, tx, owner, before, keep, lc.name))
}

// replaceLoadout ends the carrier's current loadout (its items no longer
// active) and inserts the new one with its placements. Placements are
// inserted in item order, so that two saves sharing items wait for each
// other in one order and never deadlock on PostgreSQL.
func replaceLoadout(ctx context.Context, tx *sql.Tx, op string, owner, carrierID int64, in *LoadoutInput, now time.Time) (int64, error) {
	_, err := tx.ExecContext(ctx, `UPDATE loadout_items SET active = FALSE WHERE active AND loadout_id IN
		(SELECT id FROM loadouts WHERE carrier_id = $1 AND owner_id = $2 AND ended_at IS NULL)`, carrierID, owner)
	if err != nil {
		return 0, db.Translate(op, err)
	}
	_, err = tx.ExecContext(ctx, `UPDATE loadouts SET ended_at = $1 WHERE carrier_id = $2 AND owner_id = $3 AND ended_at IS NULL`,
		now, carrierID, owner)
	if err != nil {
		return 0, db.Translate(op, err)
	}
	var id int64
	err = tx.QueryRowContext(ctx, `INSERT INTO loadouts (owner_id, carrier_id, note, started_at, created_at)
		VALUES ($1, $2, $3, $4, $4) RETURNING id`, owner, carrierID, in.Note, now).Scan(&id)
	if err != nil {
		return 0, db.Translate(op, err)
	}
	rows := positioned(in.Placements)
	slices.SortFunc(rows, func(a, b Placement) int { return cmpInt64(a.ItemID, b.ItemID) })
	for _, p := range rows {
		_, err := tx.ExecContext(ctx, `INSERT INTO loadout_items (loadout_id, item_id, point, position, active)
			VALUES ($1, $2, $3, $4, TRUE)`, id, p.ItemID, p.Point, p.Position)
		if err != nil && db.IsUniqueViolation(err) {
			return 0, errRacedElsewhere
		} else if err != nil {
			return 0, db.Translate(op, err)
		}
	}
	return id, nil
}

// positioned numbers placements from 0 within each point, in the order
// given.
func positioned(in []PlacementInput) []Placement {
	next := map[string]int{}
	out := make([]Placement, len(in))
	for i, p := range in {
		out[i] = Placement{ItemID: p.ItemID, Point: p.Point, Position: next[p.Point]}
		next[p.Point]++
	}
	return out
}

func cmpInt64(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// activeItems maps the items of the carrier's current loadout to their
// statuses.
func activeItems(ctx context.Context, tx *sql.Tx, op string, owner, carrierID int64) (map[int64]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT i.id, i.status FROM loadout_items li
		JOIN loadouts l ON l.id = li.loadout_id
		JOIN items i ON i.id = li.item_id AND i.owner_id = l.owner_id
		WHERE l.carrier_id = $1 AND l.owner_id = $2 AND l.ended_at IS NULL AND li.active`, carrierID, owner)
	if err != nil {
		return nil, db.Translate(op, err)
	}
	defer rows.Close()
	out := map[int64]string{}
	for rows.Next() {
		var id int64
		var status string
		if err := rows.Scan(&id, &status); err != nil {
			return nil, db.Translate(op, err)
		}
		out[id] = status
	}
	return out, db.Translate(op, rows.Err())
}

// takeOff puts the items of on that are not kept back to "stored", in
// item order. Only items still "on_carrier" move: one the collector
// marked lost or lent while it hung there keeps that status.
func (s *Service) takeOff(ctx context.Context, tx *sql.Tx, owner int64, on map[int64]string, keep map[int64]bool, note string) error {
	var ids []int64
	for id, status := range on {
		if !keep[id] && status == "on_carrier" {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	for _, id := range ids {
		if err := s.collection.SetStatusTx(ctx, tx, owner, id, "stored", note); err != nil {
			return err
		}
	}
	return nil
}
