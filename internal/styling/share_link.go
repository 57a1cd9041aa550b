package styling

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/base64"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// shareTokenBytes is the randomness of a share token: 128 bits cannot be
// guessed, so a link is as private as whoever holds it keeps it.
const shareTokenBytes = 16

// newShareToken returns a random URL-safe token (22 characters). It comes
// from crypto/rand, not the service's injected sources: a guessable link
// would expose a collector's loadout.
func newShareToken() string {
	b := make([]byte, shareTokenBytes)
	rand.Read(b) // never fails; it panics if the system has no randomness
	return base64.RawURLEncoding.EncodeToString(b)
}

// Share gives a loadout a public share token, or returns the one it has,
// so sharing twice keeps the link already sent around. Errors: NotFound.
func (s *Service) Share(ctx context.Context, owner, id int64) (string, error) {
	const op = "share loadout"
	var token string
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		var have sql.NullString
		err := tx.QueryRowContext(ctx, `SELECT share_token FROM loadouts WHERE id = $1 AND owner_id = $2`, id, owner).Scan(&have)
		if err == sql.ErrNoRows {
			return errNoLoadout(op)
		} else if err != nil {
			return db.Translate(op, err)
		}
		if have.Valid && have.String != "" {
			token = have.String
			return nil
		}
		token = newShareToken()
		res, err := tx.ExecContext(ctx, `UPDATE loadouts SET share_token = $1 WHERE id = $2 AND owner_id = $3`, token, id, owner)
		return oneLoadout(op, res, err)
	})
	if err != nil {
		return "", err
	}
	return token, nil
}

// Unshare removes the share token: the old link stops working, and a
// later Share makes a new one. Errors: NotFound.
func (s *Service) Unshare(ctx context.Context, owner, id int64) error {
	const op = "unshare loadout"
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE loadouts SET share_token = NULL WHERE id = $1 AND owner_id = $2`, id, owner)
		return oneLoadout(op, res, err)
	})
}

// Shared returns a shared loadout and its carrier by token, for anyone.
// What only the owner should see is left out: the items' prices, dates
// of purchase and storage boxes, and the carrier's current loadout (the
// link shares this loadout, not whatever hangs there now). Errors:
// NotFound.
func (s *Service) Shared(ctx context.Context, token string) (*Loadout, *Carrier, error) {
	const op = "shared loadout"
	if token == "" || len(token) > 64 {
		return nil, nil, errs.E(op, errs.NotFound, "no such shared loadout")
	}
	l, points, err := scanLoadout(s.db.QueryRow(ctx, loadoutSelect+` WHERE l.share_token = $1`, token))
	if err == sql.ErrNoRows {
		return nil, nil, errs.E(op, errs.NotFound, "no such shared loadout")
	} else if err != nil {
		return nil, nil, db.Translate(op, err)
	}
	c, err := scanCarrier(s.db.QueryRow(ctx, carrierSelect+` WHERE c.id = $1 AND c.owner_id = $2`, l.CarrierID, l.OwnerID))
	if err != nil {
		return nil, nil, db.Translate(op, err)
	}
	c.Current, c.LastRotated = nil, time.Time{}
	placed, err := s.readPlacements(ctx, op, `l.id = $1 AND l.owner_id = $2`, l.ID, l.OwnerID)
	if err != nil {
		return nil, nil, err
	}
	l.Placements = orderPlacements(placed[l.ID], points)
	for _, p := range l.Placements {
		it := p.Item
		it.PricePaid, it.Currency, it.AcquiredOn, it.BoxID = 0, "", "", 0
	}
	return l, c, nil
}
