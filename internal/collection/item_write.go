package collection

import (
	"context"
	"database/sql"
	"strings"
	"unicode/utf8"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// UpdateItem replaces an item's fields. version, when not 0, must match
// the stored version (else Conflict). A status change is recorded in the
// history with in.StatusNote. Errors: NotFound (missing or not owner's),
// Invalid, Conflict.
func (s *Service) UpdateItem(ctx context.Context, owner, id int64, in ItemInput, version int) (*Item, error) {
	const op = "update item"
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		old, err := ownedItem(ctx, tx, owner, id)
		if err != nil {
			return errs.Wrap(op, err)
		}
		if version != 0 && version != old.Version {
			return errStale(op)
		}
		// An empty currency keeps the item's own rather than switching it
		// to the owner's current preference.
		in.normalize(old.Currency)
		if err := in.validate(op, s.today()); err != nil {
			return err
		}
		if err := checkRefs(ctx, tx, owner, &in); err != nil {
			return err
		}
		return s.writeItem(ctx, tx, old, &in)
	})
	if err != nil {
		return nil, err
	}
	return s.Item(ctx, owner, id)
}

// writeItem stores validated fields over old, guarded by old's version so
// that a concurrent writer on PostgreSQL cannot be overwritten silently.
func (s *Service) writeItem(ctx context.Context, tx *sql.Tx, old *Item, in *ItemInput) error {
	const op = "update item"
	now := s.clock()
	res, err := tx.ExecContext(ctx, `UPDATE items SET charm_id = $1, title = $2, category = $3, materials = $4,
			condition = $5, acquired_on = $6, source = $7, price_paid = $8, currency = $9, memory = $10,
			status = $11, visibility = $12, box_id = $13, attachment = $14, mood_tags = $15,
			version = version + 1, updated_at = $16
		WHERE id = $17 AND owner_id = $18 AND version = $19`,
		nullID(in.CharmID), in.Title, in.Category, strings.Join(in.Materials, ","), in.Condition,
		in.AcquiredOn, in.Source, in.PricePaid, in.Currency, in.Memory, in.Status, in.Visibility,
		nullID(in.BoxID), in.Attachment, strings.Join(in.MoodTags, ","), now, old.ID, old.OwnerID, old.Version)
	if err := changedOne(op, res, err); err != nil {
		return err
	}
	if in.Status != old.Status {
		if err := recordStatus(ctx, tx, old.ID, in.Status, in.StatusNote, now); err != nil {
			return err
		}
	}
	// Relinking an item to a catalog charm is that charm entering the
	// collection, so an open wish for it is fulfilled as on create.
	if in.CharmID != 0 && in.CharmID != old.CharmID {
		return s.fulfilWishes(ctx, tx, old.OwnerID, in.CharmID, old.ID)
	}
	return nil
}

// SetStatus changes an item's status and records it with a note; setting
// the same status again is a no-op. Errors: NotFound, Invalid, Conflict
// (another write to the item between its read and this one).
func (s *Service) SetStatus(ctx context.Context, owner, id int64, status, note string) error {
	const op = "set item status"
	status, note = strings.TrimSpace(status), strings.TrimSpace(note)
	var fe []errs.FieldError
	if !contains(Statuses, status) {
		fe = append(fe, errs.FieldError{Field: "status", Message: "must be one of " + strings.Join(Statuses, ", ")})
	}
	if utf8.RuneCountInString(note) > maxNoteLen {
		fe = append(fe, errs.FieldError{Field: "status_note", Message: "is too long"})
	}
	if len(fe) > 0 {
		return errs.Fields(op, fe...)
	}
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		return s.SetStatusTx(ctx, tx, owner, id, status, note)
	})
}

// SetStatusTx is SetStatus inside the caller's transaction, for other
// capabilities that change an item's status as part of their own write
// (styling puts items on carriers). status must be one of Statuses.
// Errors: NotFound, Conflict.
func (s *Service) SetStatusTx(ctx context.Context, tx *sql.Tx, owner, id int64, status, note string) error {
	const op = "set status"
	it, err := ownedItem(ctx, tx, owner, id)
	if err != nil {
		return errs.Wrap(op, err)
	}
	if it.Status == status {
		return nil
	}
	now := s.clock()
	res, err := tx.ExecContext(ctx, `UPDATE items SET status = $1, version = version + 1, updated_at = $2
		WHERE id = $3 AND owner_id = $4 AND version = $5`, status, now, id, owner, it.Version)
	if err := changedOne(op, res, err); err != nil {
		return err
	}
	return recordStatus(ctx, tx, id, status, note, now)
}

// DeleteItem removes an item, its photos and history. Errors: NotFound.
// Photo rows, history and care records go with the item (the schema
// cascades); the photo files stay for the photo store to collect, since
// the same file may back another photo.
func (s *Service) DeleteItem(ctx context.Context, owner, id int64) error {
	const op = "delete item"
	var shas []string
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		var err error
		if shas, err = photoHashes(ctx, tx, owner, id); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `DELETE FROM items WHERE id = $1 AND owner_id = $2`, id, owner)
		if err != nil {
			return db.Translate(op, err)
		}
		if n, err := res.RowsAffected(); err != nil {
			return db.Translate(op, err)
		} else if n == 0 {
			return errs.E(op, errs.NotFound, "no such item")
		}
		return nil
	})
	if err != nil {
		return err
	}
	// The rows are gone with the item; files go when nothing else uses them.
	s.removeUnused(ctx, shas)
	return nil
}

// photoHashes lists the files of an item's photos.
func photoHashes(ctx context.Context, tx *sql.Tx, owner, itemID int64) ([]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT sha256 FROM item_photos WHERE item_id = $1 AND owner_id = $2`, itemID, owner)
	if err != nil {
		return nil, db.Translate("item photo files", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var sha string
		if err := rows.Scan(&sha); err != nil {
			return nil, db.Translate("item photo files", err)
		}
		out = append(out, sha)
	}
	return out, db.Translate("item photo files", rows.Err())
}

// StatusHistory lists an item's statuses, newest first, if viewer may see
// the item. Errors: NotFound.
func (s *Service) StatusHistory(ctx context.Context, viewer, id int64) ([]StatusChange, error) {
	const op = "status history"
	if err := s.visibleItem(ctx, op, viewer, id); err != nil {
		return nil, err
	}
	rows, err := s.db.Query(ctx, `SELECT status, note, changed_at FROM item_status_history
		WHERE item_id = $1 ORDER BY changed_at DESC, id DESC`, id)
	if err != nil {
		return nil, db.Translate(op, err)
	}
	defer rows.Close()
	out := []StatusChange{}
	for rows.Next() {
		var c StatusChange
		if err := rows.Scan(&c.Status, &c.Note, &c.ChangedAt); err != nil {
			return nil, db.Translate(op, err)
		}
		c.ChangedAt = c.ChangedAt.UTC()
		out = append(out, c)
	}
	return out, db.Translate(op, rows.Err())
}

// visibleItem checks that item id exists and viewer may see it, without
// loading more than the two columns the rule needs. Errors: NotFound.
func (s *Service) visibleItem(ctx context.Context, op string, viewer, id int64) error {
	it := Item{ID: id}
	err := s.db.QueryRow(ctx, `SELECT owner_id, visibility FROM items WHERE id = $1`, id).Scan(&it.OwnerID, &it.Visibility)
	if err == sql.ErrNoRows || (err == nil && !canSee(viewer, &it)) {
		return errs.E(op, errs.NotFound, "no such item")
	}
	return db.Translate(op, err)
}

// changedOne checks that a guarded UPDATE hit its row: the item was read
// in the same transaction, so a miss means another writer bumped the
// version in between.
func changedOne(op string, res sql.Result, err error) error {
	if err != nil {
		return db.Translate(op, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return db.Translate(op, err)
	}
	if n != 1 {
		return errStale(op)
	}
	return nil
}

func errStale(op string) error {
	return errs.E(op, errs.Conflict, "the item was changed meanwhile")
}
