package catalog

import (
	"context"
	"database/sql"
	"math"
	"strings"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/money"
)

// defaultRates are approximate units per CNY used until an operator stores
// a rate, so that every supported currency can be compared in yuan.
var defaultRates = map[string]float64{
	"CNY": 1,
	"USD": 0.14,
	"EUR": 0.13,
	"GBP": 0.11,
	"JPY": 21,
	"KRW": 195,
	"SGD": 0.18,
	"THB": 4.6,
	"HKD": 1.09,
	"TWD": 4.4,
	"MYR": 0.6,
	"CAD": 0.19,
	"AUD": 0.21,
}

// DefaultRates returns a copy of the built-in rate table (units per CNY).
func DefaultRates() money.Rates {
	r := make(money.Rates, len(defaultRates))
	for c, v := range defaultRates {
		r[c] = v
	}
	return r
}

// Rates returns the configured currency rate table (units per CNY).
// Currencies without a stored rate have their DefaultRates value.
func (s *Service) Rates(ctx context.Context) (money.Rates, error) {
	const op = "rates"
	rows, err := s.db.Query(ctx, `SELECT currency, units_per_cny FROM currency_rates`)
	if err != nil {
		return nil, db.Translate(op, err)
	}
	defer rows.Close()
	r := DefaultRates()
	for rows.Next() {
		var cur string
		var v float64
		if err := rows.Scan(&cur, &v); err != nil {
			return nil, db.Translate(op, err)
		}
		if money.Valid(cur) && v > 0 {
			r[cur] = v
		}
	}
	return r, db.Translate(op, rows.Err())
}

// SetRate stores one currency's rate. Invalid for unknown currencies or
// non-positive rates. CNY is the base of the table and cannot be set. Once
// the index is started, charms priced in the currency are repriced at once.
func (s *Service) SetRate(ctx context.Context, currency string, unitsPerCNY float64) error {
	const op = "set rate"
	currency = strings.ToUpper(strings.TrimSpace(currency))
	var v fieldChecker
	switch {
	case !money.Valid(currency):
		v.add("currency", "is not a supported currency")
	case currency == money.Default:
		v.add("currency", "is the base currency; its rate is always 1")
	}
	if !(unitsPerCNY > 0) || math.IsInf(unitsPerCNY, 0) {
		v.add("units_per_cny", "must be a positive number")
	}
	if len(v.errs) > 0 {
		return errs.Fields(op, v.errs...)
	}
	now := s.clock()
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO currency_rates (currency, units_per_cny, updated_at)
			VALUES ($1, $2, $3)
			ON CONFLICT (currency) DO UPDATE SET units_per_cny = excluded.units_per_cny, updated_at = excluded.updated_at`,
			currency, unitsPerCNY, now)
		return db.Translate(op, err)
	})
	if err != nil {
		return err
	}
	if s.started.Load() {
		if _, err := s.syncRates(ctx, true); err != nil {
			s.log.Warn("repricing the catalog index failed; the next poll retries", "currency", currency, "err", err)
		}
	}
	return nil
}
