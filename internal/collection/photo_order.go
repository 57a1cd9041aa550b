package collection

import (
	"context"
	"database/sql"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// ReorderPhotos sets the order of an item's photos; ids must list each of
// them once, the first becomes the main photo. Errors: NotFound, Invalid.
func (s *Service) ReorderPhotos(ctx context.Context, owner, itemID int64, ids []int64) error {
	const op = "reorder photos"
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		if _, err := ownedItem(ctx, tx, owner, itemID); err != nil {
			return errs.Wrap(op, err)
		}
		have, err := photoIDs(ctx, tx, itemID)
		if err != nil {
			return errs.Wrap(op, err)
		}
		if !samePhotos(have, ids) {
			return errs.Fields(op, errs.FieldError{Field: "photos", Message: "must list each photo of the item once"})
		}
		return writeOrder(ctx, tx, itemID, ids)
	})
}

// SetMainPhoto moves a photo to the front. Errors: NotFound.
func (s *Service) SetMainPhoto(ctx context.Context, owner, itemID, photoID int64) error {
	const op = "set main photo"
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		if _, err := ownedItem(ctx, tx, owner, itemID); err != nil {
			return errs.Wrap(op, err)
		}
		have, err := photoIDs(ctx, tx, itemID)
		if err != nil {
			return errs.Wrap(op, err)
		}
		order := []int64{photoID}
		for _, id := range have {
			if id != photoID {
				order = append(order, id)
			}
		}
		if !samePhotos(have, order) { // photoID is not one of the item's
			return errs.E(op, errs.NotFound, "no such photo")
		}
		return writeOrder(ctx, tx, itemID, order)
	})
}

// DeletePhoto removes a photo of the owner's. Errors: NotFound.
func (s *Service) DeletePhoto(ctx context.Context, owner, photoID int64) error {
	const op = "delete photo"
	var sha string
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		var itemID int64
		// Owned through the item: the item's owner is the photo's.
		err := tx.QueryRowContext(ctx, `SELECT p.item_id, p.sha256 FROM item_photos p JOIN items i ON i.id = p.item_id
			WHERE p.id = $1 AND i.owner_id = $2`, photoID, owner).Scan(&itemID, &sha)
		if err == sql.ErrNoRows {
			return errs.E(op, errs.NotFound, "no such photo")
		} else if err != nil {
			return db.Translate(op, err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM item_photos WHERE id = $1`, photoID); err != nil {
			return db.Translate(op, err)
		}
		rest, err := photoIDs(ctx, tx, itemID)
		if err != nil {
			return errs.Wrap(op, err)
		}
		return writeOrder(ctx, tx, itemID, rest)
	})
	if err != nil {
		return err
	}
	s.removeUnused(ctx, []string{sha})
	return nil
}

// photoIDs lists an item's photo ids in order, inside tx.
func photoIDs(ctx context.Context, tx *sql.Tx, itemID int64) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id FROM item_photos WHERE item_id = $1 ORDER BY position, id`, itemID)
	if err != nil {
		return nil, db.Translate("item photos", err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, db.Translate("item photos", err)
		}
		ids = append(ids, id)
	}
	return ids, db.Translate("item photos", rows.Err())
}

// samePhotos reports whether order lists exactly the ids of have, each
// once.
func samePhotos(have, order []int64) bool {
	if len(have) != len(order) {
		return false
	}
	left := make(map[int64]bool, len(have))
	for _, id := range have {
		left[id] = true
	}
	for _, id := range order {
		if !left[id] {
			return false // unknown, or listed twice
		}
		delete(left, id)
	}
	return true
}

// writeOrder numbers the item's photos 0, 1, … in the order of ids,
// writing only the rows that move.
func writeOrder(ctx context.Context, tx *sql.Tx, itemID int64, ids []int64) error {
	for pos, id := range ids {
		_, err := tx.ExecContext(ctx, `UPDATE item_photos SET position = $1 WHERE id = $2 AND item_id = $3 AND position <> $1`,
			pos, id, itemID)
		if err != nil {
			return db.Translate("order photos", err)
		}
	}
	return nil
}

// removeUnused deletes the stored files among shas that no photo row
// refers to any more. Identical uploads share one file, so the count is
// over every collector's photos; it is a reference count, and nothing of
// the other rows is read. Failures are logged, not returned: the photo's
// row is already gone, and an unused file costs only disk space.
func (s *Service) removeUnused(ctx context.Context, shas []string) {
	ctx = context.WithoutCancel(ctx) // cleaning up after a cancelled request too
	for _, sha := range shas {
		var n int
		// Loadout photos (styling) share the store, so they count too.
		err := s.db.QueryRow(ctx, `SELECT (SELECT COUNT(*) FROM item_photos WHERE sha256 = $1)
			+ (SELECT COUNT(*) FROM loadouts WHERE photo_sha = $1)`, sha).Scan(&n)
		if err == nil && n == 0 {
			err = s.photos.Delete(sha)
		}
		if err != nil {
			s.log.WarnContext(ctx, "remove unused photo file", "sha256", sha, "err", err)
		}
	}
}
