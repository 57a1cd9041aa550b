package styling

import (
	"context"
	"database/sql"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// carrierSelect reads a carrier with its current loadout, if any: the
// partial index loadouts_current makes the join find at most one row.
const carrierSelect = `SELECT c.id, c.owner_id, c.kind, c.name, c.size, c.colour, c.weight_limit_g, c.points,
		c.dress_code, c.max_count, c.removable_only, c.created_at, c.updated_at,
		l.id, l.note, l.photo_sha, l.share_token, l.started_at
	FROM carriers c LEFT JOIN loadouts l ON l.carrier_id = c.id AND l.ended_at IS NULL`

// scanCarrier reads one row of carrierSelect. The current loadout comes
// without placements; LastRotated is when it began.
func scanCarrier(sc interface{ Scan(dest ...any) error }) (*Carrier, error) {
	var c Carrier
	var points string
	var lid sql.NullInt64
	var note, sha, token sql.NullString
	var started sql.NullTime
	err := sc.Scan(&c.ID, &c.OwnerID, &c.Kind, &c.Name, &c.Size, &c.Colour, &c.WeightLimitG, &points,
		&c.DressCode, &c.MaxCount, &c.RemovableOnly, &c.CreatedAt, &c.UpdatedAt,
		&lid, &note, &sha, &token, &started)
	if err != nil {
		return nil, err
	}
	c.Points, c.CreatedAt, c.UpdatedAt = splitPoints(points), c.CreatedAt.UTC(), c.UpdatedAt.UTC()
	if lid.Valid {
		c.LastRotated = started.Time.UTC()
		c.Current = &Loadout{ID: lid.Int64, OwnerID: c.OwnerID, CarrierID: c.ID, Note: note.String,
			PhotoSHA: sha.String, ShareToken: token.String, StartedAt: c.LastRotated, Placements: []Placement{}}
	}
	return &c, nil
}

// Carriers lists the owner's carriers with their current loadouts, by
// name: one query for the carriers, one for every current placement.
func (s *Service) Carriers(ctx context.Context, owner int64) ([]Carrier, error) {
	const op = "carriers"
	rows, err := s.db.Query(ctx, carrierSelect+` WHERE c.owner_id = $1 ORDER BY LOWER(c.name), c.id`, owner)
	if err != nil {
		return nil, db.Translate(op, err)
	}
	defer rows.Close()
	out := []Carrier{}
	for rows.Next() {
		c, err := scanCarrier(rows)
		if err != nil {
			return nil, db.Translate(op, err)
		}
		out = append(out, *c)
	}
	if err := rows.Err(); err != nil {
		return nil, db.Translate(op, err)
	}
	rows.Close()
	placed, err := s.readPlacements(ctx, op, `l.owner_id = $1 AND l.ended_at IS NULL`, owner)
	if err != nil {
		return nil, err
	}
	for i := range out {
		if cur := out[i].Current; cur != nil {
			cur.Placements = orderPlacements(placed[cur.ID], out[i].Points)
		}
	}
	return out, nil
}

// Carrier returns one of the owner's carriers with its current loadout
// (placements with their items). Errors: NotFound.
func (s *Service) Carrier(ctx context.Context, owner, id int64) (*Carrier, error) {
	const op = "carrier"
	c, err := scanCarrier(s.db.QueryRow(ctx, carrierSelect+` WHERE c.id = $1 AND c.owner_id = $2`, id, owner))
	if err == sql.ErrNoRows {
		return nil, errNoCarrier(op)
	} else if err != nil {
		return nil, db.Translate(op, err)
	}
	if c.Current != nil {
		placed, err := s.readPlacements(ctx, op, `l.id = $1 AND l.owner_id = $2`, c.Current.ID, owner)
		if err != nil {
			return nil, err
		}
		c.Current.Placements = orderPlacements(placed[c.Current.ID], c.Points)
	}
	return c, nil
}

func errNoCarrier(op string) error { return errs.E(op, errs.NotFound, "no such carrier") }
