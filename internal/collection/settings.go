package collection

import (
	"context"
	"database/sql"
	"strings"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/money"
)

// maxAllowanceMinor bounds a monthly allowance (10,000,000,000 in major
// units of a two-decimal currency), far above any real budget but small
// enough that percent arithmetic cannot overflow.
const maxAllowanceMinor = 1_000_000_000_000

// settingsQuery reads the saved settings or, for a user who never saved
// any, the defaults: no allowance, the user's currency, a private wishlist.
// Joining from users makes a missing user a no-row result, not defaults.
const settingsQuery = `SELECT COALESCE(cs.monthly_allowance, 0), COALESCE(cs.budget_currency, u.currency),
		COALESCE(cs.wishlist_public, FALSE)
	FROM users u LEFT JOIN collection_settings cs ON cs.user_id = u.id
	WHERE u.id = $1`

// Settings returns the owner's collection settings (defaults when never
// saved: no allowance, the user's currency, a private wishlist). Errors:
// NotFound (no such user).
func (s *Service) Settings(ctx context.Context, owner int64) (*Settings, error) {
	return scanSettings(s.db.QueryRow(ctx, settingsQuery, owner))
}

func scanSettings(row *sql.Row) (*Settings, error) {
	const op = "collection settings"
	var st Settings
	err := row.Scan(&st.MonthlyAllowance, &st.BudgetCurrency, &st.WishlistPublic)
	if err == sql.ErrNoRows {
		return nil, errs.E(op, errs.NotFound, "no such user")
	} else if err != nil {
		return nil, db.Translate(op, err)
	}
	return &st, nil
}

// UpdateSettings saves them. An empty budget currency means the user's
// currency. Entries already logged keep the currency they were logged in
// and are converted when a month is read. Errors: Invalid, NotFound.
func (s *Service) UpdateSettings(ctx context.Context, owner int64, in Settings) (*Settings, error) {
	const op = "update collection settings"
	in.BudgetCurrency = strings.ToUpper(strings.TrimSpace(in.BudgetCurrency))
	if in.BudgetCurrency == "" {
		c, err := s.ownerCurrency(ctx, owner)
		if err != nil {
			return nil, errs.Wrap(op, err)
		}
		in.BudgetCurrency = c
	}
	if err := in.validate(op); err != nil {
		return nil, err
	}
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		var one int
		err := tx.QueryRowContext(ctx, `SELECT 1 FROM users WHERE id = $1`, owner).Scan(&one)
		if err == sql.ErrNoRows {
			return errs.E(op, errs.NotFound, "no such user")
		} else if err != nil {
			return db.Translate(op, err)
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO collection_settings (user_id, monthly_allowance, budget_currency, wishlist_public, updated_at)
			VALUES ($1, $2, $3, $4, $5)
			ON CONFLICT (user_id) DO UPDATE SET monthly_allowance = excluded.monthly_allowance,
				budget_currency = excluded.budget_currency, wishlist_public = excluded.wishlist_public,
				updated_at = excluded.updated_at`,
			owner, in.MonthlyAllowance, in.BudgetCurrency, in.WishlistPublic, s.clock())
		return db.Translate(op, err)
	})
	if err != nil {
		return nil, err
	}
	return s.Settings(ctx, owner)
}

// validate checks normalised settings.
func (st *Settings) validate(op string) error {
	var fe []errs.FieldError
	if st.MonthlyAllowance < 0 || st.MonthlyAllowance > maxAllowanceMinor {
		fe = append(fe, errs.FieldError{Field: "monthly_allowance", Message: "must be between 0 and 10,000,000,000"})
	}
	if !money.Valid(st.BudgetCurrency) {
		fe = append(fe, errs.FieldError{Field: "budget_currency", Message: "is not a supported currency"})
	}
	if len(fe) > 0 {
		return errs.Fields(op, fe...)
	}
	return nil
}
