package collection

import (
	"context"
	"database/sql"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// wishSelect reads a wish with its charm's name, series, studio and list
// price; every charm has a studio, series are optional.
const wishSelect = `SELECT w.id, w.owner_id, w.charm_id, w.priority, w.max_price, w.currency, w.note,
	w.fulfilled_item_id, w.fulfilled_at, w.created_at, c.name, COALESCE(r.name, ''), st.name, c.list_price, c.currency
FROM wishes w JOIN charms c ON c.id = w.charm_id JOIN studios st ON st.id = c.studio_id
	LEFT JOIN series r ON r.id = c.series_id`

func scanWish(sc scanner) (*Wish, error) {
	var w Wish
	var item sql.NullInt64
	var at sql.NullTime
	err := sc.Scan(&w.ID, &w.OwnerID, &w.CharmID, &w.Priority, &w.MaxPrice, &w.Currency, &w.Note,
		&item, &at, &w.CreatedAt, &w.CharmName, &w.SeriesName, &w.StudioName, &w.ListPrice, &w.ListCurr)
	if err != nil {
		return nil, err
	}
	w.FulfilledItemID, w.CreatedAt = item.Int64, w.CreatedAt.UTC()
	if at.Valid {
		t := at.Time.UTC()
		w.FulfilledAt = &t
	}
	return &w, nil
}

// AddWish adds a charm to the owner's wishlist. Errors: Invalid,
// Conflict (already wished).
func (s *Service) AddWish(ctx context.Context, owner int64, in WishInput) (*Wish, error) {
	const op = "add wish"
	currency, err := s.ownerCurrency(ctx, owner)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	in.normalize(currency)
	if err := in.validate(op); err != nil {
		return nil, err
	}
	var id int64
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		if err := wishRefs(ctx, tx, owner, in.CharmID); err != nil {
			return err
		}
		err := tx.QueryRowContext(ctx, `INSERT INTO wishes (owner_id, charm_id, priority, max_price, currency, note, created_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
			owner, in.CharmID, in.Priority, in.MaxPrice, in.Currency, in.Note, s.clock()).Scan(&id)
		if err != nil && db.IsUniqueViolation(err) {
			return errWished(op)
		}
		return db.Translate(op, err)
	})
	if err != nil {
		return nil, err
	}
	return s.Wish(ctx, owner, id)
}

// wishRefs checks that the charm exists and that the owner has no open
// wish for it yet; the unique index catches a concurrent duplicate.
func wishRefs(ctx context.Context, tx *sql.Tx, owner, charmID int64) error {
	const op = "add wish"
	var one int
	err := tx.QueryRowContext(ctx, `SELECT 1 FROM charms WHERE id = $1`, charmID).Scan(&one)
	if err == sql.ErrNoRows {
		return errs.Fields(op, errs.FieldError{Field: "charm_id", Message: "is not a catalog charm"})
	} else if err != nil {
		return db.Translate(op, err)
	}
	err = tx.QueryRowContext(ctx, `SELECT 1 FROM wishes WHERE owner_id = $1 AND charm_id = $2 AND fulfilled_at IS NULL`,
		owner, charmID).Scan(&one)
	if err == nil {
		return errWished(op)
	} else if err != sql.ErrNoRows {
		return db.Translate(op, err)
	}
	return nil
}

// errWished is the Conflict of a second open wish for one charm; it names
// the field so forms can show it next to the charm.
func errWished(op string) error {
	const msg = "is already on your wishlist"
	return &errs.Error{Op: op, Kind: errs.Conflict, Msg: "this charm " + msg,
		Fields: []errs.FieldError{{Field: "charm_id", Message: msg}}}
}

// Wish returns one of the owner's wishes. Errors: NotFound (missing or
// someone else's).
func (s *Service) Wish(ctx context.Context, owner, id int64) (*Wish, error) {
	w, err := scanWish(s.db.QueryRow(ctx, wishSelect+` WHERE w.id = $1 AND w.owner_id = $2`, id, owner))
	if err == sql.ErrNoRows {
		return nil, errs.E("wish", errs.NotFound, "no such wish")
	}
	return w, db.Translate("wish", err)
}

// UpdateWish changes a wish's priority, maximum price and note (and its
// currency when one is given). Errors: NotFound, Invalid.
func (s *Service) UpdateWish(ctx context.Context, owner, id int64, in WishInput) (*Wish, error) {
	const op = "update wish"
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		var charmID int64
		var currency string
		err := tx.QueryRowContext(ctx, `SELECT charm_id, currency FROM wishes WHERE id = $1 AND owner_id = $2`, id, owner).
			Scan(&charmID, &currency)
		if err == sql.ErrNoRows {
			return errs.E(op, errs.NotFound, "no such wish")
		} else if err != nil {
			return db.Translate(op, err)
		}
		// The charm of a wish is what the wish is; only its terms change.
		in.CharmID = charmID
		in.normalize(currency)
		if err := in.validate(op); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `UPDATE wishes SET priority = $1, max_price = $2, currency = $3, note = $4
			WHERE id = $5 AND owner_id = $6`, in.Priority, in.MaxPrice, in.Currency, in.Note, id, owner)
		return db.Translate(op, err)
	})
	if err != nil {
		return nil, err
	}
	return s.Wish(ctx, owner, id)
}

// DeleteWish removes a wish. Errors: NotFound.
func (s *Service) DeleteWish(ctx context.Context, owner, id int64) error {
	const op = "delete wish"
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM wishes WHERE id = $1 AND owner_id = $2`, id, owner)
		if err != nil {
			return db.Translate(op, err)
		}
		if n, err := res.RowsAffected(); err != nil {
			return db.Translate(op, err)
		} else if n == 0 {
			return errs.E(op, errs.NotFound, "no such wish")
		}
		return nil
	})
}

// fulfilWishes marks the owner's open wish for charmID fulfilled by itemID.
// Only the owner's own wish: someone else wanting the same charm still
// wants it.
func (s *Service) fulfilWishes(ctx context.Context, tx *sql.Tx, owner, charmID, itemID int64) error {
	_, err := tx.ExecContext(ctx, `UPDATE wishes SET fulfilled_item_id = $1, fulfilled_at = $2
		WHERE owner_id = $3 AND charm_id = $4 AND fulfilled_at IS NULL`, itemID, s.clock(), owner, charmID)
	return db.Translate("fulfil wishes", err)
}
