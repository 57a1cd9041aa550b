package collection

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/money"
)

// Budget entry sources.
const (
	EntryManual   = "manual"   // typed in by the collector, or logged with a new item
	EntryPlatform = "platform" // logged by another capability through LogPurchase
	EntryImport   = "import"   // read from an import file
)

// Limits on budget entry fields.
const (
	maxEntryDescLen = 200
	maxRefLen       = 200
)

// budgetBasis is what turning inputs into entries needs: the budget
// currency, the rate table and today. Loading it once lets a caller that
// prepares many entries (an import) skip a settings and a rates read per
// entry.
type budgetBasis struct {
	currency string
	rates    money.Rates
	today    string
}

// budgetBasis loads the owner's budget currency and the current rates.
func (s *Service) budgetBasis(ctx context.Context, owner int64) (*budgetBasis, error) {
	st, err := s.Settings(ctx, owner)
	if err != nil {
		return nil, err
	}
	rates, err := s.catalog.Rates(ctx)
	if err != nil {
		return nil, err
	}
	return &budgetBasis{currency: st.BudgetCurrency, rates: rates, today: s.today()}, nil
}

// prepareEntry validates in and converts it to the owner's budget currency
// at today's rate, ready for insertBudgetEntry. source is one of manual,
// platform, import. Errors: Invalid (fields; "currency" when there is no
// rate to the budget currency), NotFound (no such user).
func (s *Service) prepareEntry(ctx context.Context, owner int64, in BudgetEntryInput, source string) (*BudgetEntry, error) {
	b, err := s.budgetBasis(ctx, owner)
	if err != nil {
		return nil, errs.Wrap("budget entry", err)
	}
	return b.prepare(in, source, s.clock())
}

// prepare is prepareEntry with the basis already loaded; now stamps the
// entry's creation time.
func (b *budgetBasis) prepare(in BudgetEntryInput, source string, now time.Time) (*BudgetEntry, error) {
	const op = "budget entry"
	if !contains([]string{EntryManual, EntryPlatform, EntryImport}, source) {
		return nil, errs.Ef(op, errs.Internal, "unknown entry source %q", source)
	}
	in.normalize(b.currency, b.today)
	if err := in.validate(op, b.today); err != nil {
		return nil, err
	}
	home, ok := b.rates.Convert(in.Amount, in.Currency, b.currency)
	if !ok {
		return nil, errs.Fields(op, errs.FieldError{Field: "currency",
			Message: fmt.Sprintf("no exchange rate from %s to %s", in.Currency, b.currency)})
	}
	return &BudgetEntry{
		SpentOn: in.SpentOn, Amount: in.Amount, Currency: in.Currency,
		HomeAmount: home, HomeCurrency: b.currency,
		Category: in.Category, SellerKind: in.SellerKind, Description: in.Description,
		Source: source, CreatedAt: now.UTC(),
	}, nil
}

// normalize trims the input and fills its defaults: today, the budget
// currency, seller kind "other".
func (in *BudgetEntryInput) normalize(currency, today string) {
	in.SpentOn = strings.TrimSpace(in.SpentOn)
	in.Currency = strings.ToUpper(strings.TrimSpace(in.Currency))
	in.Category = strings.TrimSpace(in.Category)
	in.SellerKind = strings.TrimSpace(in.SellerKind)
	in.Description = strings.TrimSpace(in.Description)
	if in.SpentOn == "" {
		in.SpentOn = today
	}
	if in.Currency == "" {
		in.Currency = currency
	}
	if in.SellerKind == "" {
		in.SellerKind = "other"
	}
}

// validate checks a normalised entry; today bounds its date.
func (in *BudgetEntryInput) validate(op, today string) error {
	var fe []errs.FieldError
	add := func(f, m string) { fe = append(fe, errs.FieldError{Field: f, Message: m}) }
	if d, err := time.Parse(time.DateOnly, in.SpentOn); err != nil {
		add("spent_on", "must be a date like 2026-05-01")
	} else if in.SpentOn > today {
		add("spent_on", "cannot be in the future")
	} else if d.Year() < 1900 {
		add("spent_on", "is too long ago")
	}
	if in.Amount <= 0 || in.Amount > maxPriceMinor {
		add("amount", "must be more than 0 and at most 10,000,000,000")
	}
	if !money.Valid(in.Currency) {
		add("currency", "is not a supported currency")
	}
	if in.Category != "" && !contains(catalog.Categories, in.Category) {
		add("category", "is not a known category")
	}
	if !contains(BudgetSellerKinds, in.SellerKind) {
		add("seller_kind", "must be one of "+strings.Join(BudgetSellerKinds, ", "))
	}
	if utf8.RuneCountInString(in.Description) > maxEntryDescLen {
		add("description", "is too long (200 characters at most)")
	}
	if len(fe) > 0 {
		return errs.Fields(op, fe...)
	}
	return nil
}

// insertBudgetEntry writes a prepared entry (see prepareEntry) for owner
// inside tx and sets its ID. An entry whose Ref the owner already logged
// is not written again: e is replaced by the stored one, so concurrent
// loggers of one business event all end up with the same row.
func (s *Service) insertBudgetEntry(ctx context.Context, tx *sql.Tx, owner int64, e *BudgetEntry) error {
	const op = "add budget entry"
	err := tx.QueryRowContext(ctx, `INSERT INTO budget_entries (owner_id, spent_on, amount, currency, home_amount,
			home_currency, category, seller_kind, description, source, ref, item_id, created_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
		ON CONFLICT (owner_id, ref) DO NOTHING RETURNING id`,
		owner, e.SpentOn, e.Amount, e.Currency, e.HomeAmount, e.HomeCurrency, e.Category, e.SellerKind,
		e.Description, e.Source, nullRef(e.Ref), nullID(e.ItemID), e.CreatedAt).Scan(&e.ID)
	if err != sql.ErrNoRows {
		return db.Translate(op, err)
	}
	// Nothing inserted: the Ref is taken (a NULL ref never conflicts).
	stored, err := scanEntry(tx.QueryRowContext(ctx, `SELECT `+entryColumns+` FROM budget_entries
		WHERE owner_id = $1 AND ref = $2`, owner, e.Ref))
	if err != nil {
		return db.Translate(op, err)
	}
	*e = *stored
	return nil
}

// entryColumns are read by scanEntry from budget_entries.
const entryColumns = `id, spent_on, amount, currency, home_amount, home_currency, category, seller_kind,
	description, source, ref, item_id, created_at`

func scanEntry(sc scanner) (*BudgetEntry, error) {
	var e BudgetEntry
	var ref sql.NullString
	var item sql.NullInt64
	err := sc.Scan(&e.ID, &e.SpentOn, &e.Amount, &e.Currency, &e.HomeAmount, &e.HomeCurrency, &e.Category,
		&e.SellerKind, &e.Description, &e.Source, &ref, &item, &e.CreatedAt)
	if err != nil {
		return nil, err
	}
	e.Ref, e.ItemID, e.CreatedAt = ref.String, item.Int64, e.CreatedAt.UTC()
	return &e, nil
}

func nullRef(s string) sql.NullString { return sql.NullString{String: s, Valid: s != ""} }
