package collection

import (
	"context"
	"database/sql"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// Wishes lists ownerID's open wishes (and fulfilled ones when asked),
// highest priority first. Others see them only when the owner made the
// wishlist public. Errors: NotFound (a private wishlist).
func (s *Service) Wishes(ctx context.Context, viewer, ownerID int64, fulfilled bool) ([]Wish, error) {
	const op = "wishes"
	if viewer != ownerID {
		public, err := s.wishlistPublic(ctx, ownerID)
		if err != nil {
			return nil, errs.Wrap(op, err)
		}
		if !public {
			return nil, errs.E(op, errs.NotFound, "no such wishlist")
		}
	}
	where := ` WHERE w.owner_id = $1 AND w.fulfilled_at IS NULL`
	if fulfilled {
		where = ` WHERE w.owner_id = $1`
	}
	// Open wishes first, then what has been fulfilled; each by priority
	// and then in the order they were made.
	rows, err := s.db.Query(ctx, wishSelect+where+`
		ORDER BY CASE WHEN w.fulfilled_at IS NULL THEN 0 ELSE 1 END, w.priority, w.created_at, w.id`, ownerID)
	if err != nil {
		return nil, db.Translate(op, err)
	}
	defer rows.Close()
	out := []Wish{}
	for rows.Next() {
		w, err := scanWish(rows)
		if err != nil {
			return nil, db.Translate(op, err)
		}
		out = append(out, *w)
	}
	return out, db.Translate(op, rows.Err())
}

// wishlistPublic reports whether the owner shows their wishlist to
// others; an owner who never saved settings keeps it private.
func (s *Service) wishlistPublic(ctx context.Context, owner int64) (bool, error) {
	var public bool
	err := s.db.QueryRow(ctx, `SELECT wishlist_public FROM collection_settings WHERE user_id = $1`, owner).Scan(&public)
	if err == sql.ErrNoRows {
		return false, nil
	}
	return public, db.Translate("wishlist public", err)
}

// openWishCharms is the set of charms of one series the owner has an open
// wish for.
func (s *Service) openWishCharms(ctx context.Context, owner, seriesID int64) (map[int64]bool, error) {
	const op = "series wishes"
	rows, err := s.db.Query(ctx, `SELECT w.charm_id FROM wishes w JOIN charms c ON c.id = w.charm_id
		WHERE w.owner_id = $1 AND w.fulfilled_at IS NULL AND c.series_id = $2`, owner, seriesID)
	if err != nil {
		return nil, db.Translate(op, err)
	}
	defer rows.Close()
	out := map[int64]bool{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, db.Translate(op, err)
		}
		out[id] = true
	}
	return out, db.Translate(op, rows.Err())
}
