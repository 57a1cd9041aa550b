package collection

import (
	"context"
	"database/sql"
	"strings"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// CreateItem adds one physical copy to owner's collection, records its
// first status, fulfils a matching wish and, when asked, logs the price
// paid in the budget. Errors: Invalid (fields, an unknown charm or box).
func (s *Service) CreateItem(ctx context.Context, owner int64, in ItemInput) (*Item, error) {
	const op = "create item"
	currency, err := s.ownerCurrency(ctx, owner)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	in.normalize(currency)
	if err := in.validate(op, s.today()); err != nil {
		return nil, err
	}
	var id int64
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		var err error
		id, err = s.insertItem(ctx, tx, owner, &in)
		return err
	})
	if err != nil {
		return nil, err
	}
	return s.Item(ctx, owner, id)
}

// insertItem writes a validated item and everything that follows from it
// inside tx: status history, wish fulfilment, a budget entry.
func (s *Service) insertItem(ctx context.Context, tx *sql.Tx, owner int64, in *ItemInput) (int64, error) {
	const op = "create item"
	if err := checkRefs(ctx, tx, owner, in); err != nil {
		return 0, err
	}
	now := s.clock()
	var id int64
	err := tx.QueryRowContext(ctx, `INSERT INTO items (owner_id, charm_id, title, category, materials, condition,
			acquired_on, source, price_paid, currency, memory, status, visibility, box_id, attachment, mood_tags, created_at, updated_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17) RETURNING id`,
		owner, nullID(in.CharmID), in.Title, in.Category, strings.Join(in.Materials, ","), in.Condition,
		in.AcquiredOn, in.Source, in.PricePaid, in.Currency, in.Memory, in.Status, in.Visibility,
		nullID(in.BoxID), in.Attachment, strings.Join(in.MoodTags, ","), now).Scan(&id)
	if err != nil {
		return 0, db.Translate(op, err)
	}
	if err := recordStatus(ctx, tx, id, in.Status, in.StatusNote, now); err != nil {
		return 0, err
	}
	if in.CharmID != 0 {
		if err := s.fulfilWishes(ctx, tx, owner, in.CharmID, id); err != nil {
			return 0, err
		}
	}
	if in.LogPurchase && in.PricePaid > 0 {
		if err := s.logItemPurchase(ctx, tx, owner, id, in); err != nil {
			return 0, err
		}
	}
	return id, nil
}

// checkRefs makes sure the charm exists and the box is the owner's.
func checkRefs(ctx context.Context, tx *sql.Tx, owner int64, in *ItemInput) error {
	const op = "create item"
	var one int
	if in.CharmID != 0 {
		err := tx.QueryRowContext(ctx, `SELECT 1 FROM charms WHERE id = $1`, in.CharmID).Scan(&one)
		if err == sql.ErrNoRows {
			return errs.Fields(op, errs.FieldError{Field: "charm_id", Message: "is not a catalog charm"})
		} else if err != nil {
			return db.Translate(op, err)
		}
	}
	if in.BoxID != 0 {
		err := tx.QueryRowContext(ctx, `SELECT 1 FROM storage_boxes WHERE id = $1 AND owner_id = $2`, in.BoxID, owner).Scan(&one)
		if err == sql.ErrNoRows {
			return errs.Fields(op, errs.FieldError{Field: "box_id", Message: "is not one of your boxes"})
		} else if err != nil {
			return db.Translate(op, err)
		}
	}
	return nil
}

// recordStatus appends a status to an item's history.
func recordStatus(ctx context.Context, tx *sql.Tx, itemID int64, status, note string, at any) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO item_status_history (item_id, status, note, changed_at) VALUES ($1, $2, $3, $4)`,
		itemID, status, note, at)
	return db.Translate("record status", err)
}

// ownerCurrency is the user's preferred currency.
func (s *Service) ownerCurrency(ctx context.Context, owner int64) (string, error) {
	var c string
	err := s.db.QueryRow(ctx, `SELECT currency FROM users WHERE id = $1`, owner).Scan(&c)
	if err == sql.ErrNoRows {
		return "", errs.E("owner currency", errs.NotFound, "no such user")
	}
	return c, db.Translate("owner currency", err)
}

func nullID(id int64) sql.NullInt64 { return sql.NullInt64{Int64: id, Valid: id != 0} }
