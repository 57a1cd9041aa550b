package collection

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"io"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// exportFormat and exportVersion name the JSON export's document type.
const (
	exportFormat  = "charmory-collection"
	exportVersion = 1
)

// exportWish is one wish as the JSON export writes it.
type exportWish struct {
	ID              int64      `json:"id"`
	CharmID         int64      `json:"charm_id"`
	CharmExternalID string     `json:"charm_external_id"`
	CharmName       string     `json:"charm_name"`
	Priority        int        `json:"priority"`
	MaxPrice        int64      `json:"max_price"`
	Currency        string     `json:"currency"`
	Note            string     `json:"note,omitempty"`
	FulfilledItemID int64      `json:"fulfilled_item_id,omitempty"`
	FulfilledAt     *time.Time `json:"fulfilled_at,omitempty"`
	CreatedAt       time.Time  `json:"created_at"`
}

// jsonStream writes a document piece by piece, remembering the first
// error, so a large collection is never held in memory.
type jsonStream struct {
	w   *bufio.Writer
	err error
}

func (j *jsonStream) raw(s string) {
	if j.err == nil {
		_, j.err = j.w.WriteString(s)
	}
}

func (j *jsonStream) value(v any) {
	if j.err != nil {
		return
	}
	b, err := json.Marshal(v)
	if err != nil {
		j.err = err
		return
	}
	_, j.err = j.w.Write(b)
}

// array writes "[", the values each(emit) emits, and "]".
func (j *jsonStream) array(each func(emit func(any)) error) {
	j.raw("[")
	n := 0
	err := each(func(v any) {
		if n++; n > 1 {
			j.raw(",\n")
		} else {
			j.raw("\n")
		}
		j.value(v)
	})
	if j.err == nil {
		j.err = err
	}
	j.raw("]")
}

// exportJSON writes the document {"format", "version", "exported_at",
// "items", "wishlist", "budget": {"settings", "entries"}}.
func (s *Service) exportJSON(ctx context.Context, owner int64, w io.Writer) error {
	const op = "export collection"
	settings, err := s.exportSettings(ctx, owner)
	if err != nil {
		return errs.Wrap(op, err)
	}
	j := &jsonStream{w: bufio.NewWriterSize(w, 64<<10)}
	j.raw(`{"format":`)
	j.value(exportFormat)
	j.raw(`,"version":`)
	j.value(exportVersion)
	j.raw(`,"exported_at":`)
	j.value(s.clock())
	j.raw(",\n\"items\":")
	j.array(func(emit func(any)) error {
		return s.eachItem(ctx, owner, func(it *exportItem) error { emit(it); return j.err })
	})
	j.raw(",\n\"wishlist\":")
	j.array(func(emit func(any)) error { return s.eachWish(ctx, owner, emit) })
	j.raw(",\n\"budget\":{\"settings\":")
	j.value(settings)
	j.raw(",\"entries\":")
	j.array(func(emit func(any)) error { return s.eachBudgetEntry(ctx, owner, emit) })
	j.raw("}}\n")
	if j.err == nil {
		j.err = j.w.Flush()
	}
	return errs.Wrap(op, j.err)
}

// exportSettings reads the owner's settings, or the defaults.
func (s *Service) exportSettings(ctx context.Context, owner int64) (*Settings, error) {
	var st Settings
	err := s.db.QueryRow(ctx, `SELECT monthly_allowance, budget_currency, wishlist_public FROM collection_settings WHERE user_id = $1`, owner).
		Scan(&st.MonthlyAllowance, &st.BudgetCurrency, &st.WishlistPublic)
	if err == sql.ErrNoRows {
		st.BudgetCurrency, err = s.ownerCurrency(ctx, owner)
	}
	if err != nil {
		return nil, db.Translate("export settings", err)
	}
	return &st, nil
}

// eachWish emits the owner's wishes, open and fulfilled, oldest first.
func (s *Service) eachWish(ctx context.Context, owner int64, emit func(any)) error {
	const op = "export wishes"
	rows, err := s.db.Query(ctx, `SELECT w.id, w.charm_id, c.external_id, c.name, w.priority, w.max_price, w.currency, w.note,
			w.fulfilled_item_id, w.fulfilled_at, w.created_at
		FROM wishes w JOIN charms c ON c.id = w.charm_id WHERE w.owner_id = $1 ORDER BY w.id`, owner)
	if err != nil {
		return db.Translate(op, err)
	}
	defer rows.Close()
	for rows.Next() {
		var x exportWish
		var item sql.NullInt64
		var at sql.NullTime
		if err := rows.Scan(&x.ID, &x.CharmID, &x.CharmExternalID, &x.CharmName, &x.Priority, &x.MaxPrice, &x.Currency, &x.Note,
			&item, &at, &x.CreatedAt); err != nil {
			return db.Translate(op, err)
		}
		x.FulfilledItemID, x.CreatedAt = item.Int64, x.CreatedAt.UTC()
		if at.Valid {
			t := at.Time.UTC()
			x.FulfilledAt = &t
		}
		emit(&x)
	}
	return db.Translate(op, rows.Err())
}

// eachBudgetEntry emits the owner's budget entries by date.
func (s *Service) eachBudgetEntry(ctx context.Context, owner int64, emit func(any)) error {
	const op = "export budget"
	rows, err := s.db.Query(ctx, `SELECT id, spent_on, amount, currency, home_amount, home_currency, category, seller_kind,
			description, source, ref, item_id, created_at
		FROM budget_entries WHERE owner_id = $1 ORDER BY spent_on, id`, owner)
	if err != nil {
		return db.Translate(op, err)
	}
	defer rows.Close()
	for rows.Next() {
		var e BudgetEntry
		var ref sql.NullString
		var item sql.NullInt64
		if err := rows.Scan(&e.ID, &e.SpentOn, &e.Amount, &e.Currency, &e.HomeAmount, &e.HomeCurrency, &e.Category, &e.SellerKind,
			&e.Description, &e.Source, &ref, &item, &e.CreatedAt); err != nil {
			return db.Translate(op, err)
		}
		e.Ref, e.ItemID, e.CreatedAt = ref.String, item.Int64, e.CreatedAt.UTC()
		emit(&e)
	}
	return db.Translate(op, rows.Err())
}
