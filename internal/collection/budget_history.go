package collection

import (
	"context"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// BudgetHistory lists the last n months' totals (n 1..36; 0: 12) ending
// with the current month, oldest first, months without spending included.
// Allowance is the current allowance on every month: past allowances are
// not kept. Spending logged under an earlier budget currency is converted
// per month and currency, so a mixed month can differ from BudgetMonth's
// per-entry sum by rounding. Errors: Invalid (n), NotFound (no such user).
func (s *Service) BudgetHistory(ctx context.Context, owner int64, n int) ([]MonthTotal, error) {
	const op = "budget history"
	if n == 0 {
		n = defaultHistoryMonths
	}
	if n < 1 || n > maxHistoryMonths {
		return nil, errs.Fields(op, errs.FieldError{Field: "months", Message: "must be between 1 and 36"})
	}
	st, err := s.Settings(ctx, owner)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	now := s.clock()
	first := time.Date(now.Year(), now.Month()-time.Month(n-1), 1, 0, 0, 0, 0, time.UTC)
	out := make([]MonthTotal, n)
	index := make(map[string]int, n)
	for i := range out {
		m := first.AddDate(0, i, 0).Format(budgetMonthFormat)
		out[i] = MonthTotal{Month: m, Allowance: st.MonthlyAllowance}
		index[m] = i
	}
	sums, err := s.monthSums(ctx, owner, first, n)
	if err != nil {
		return nil, err
	}
	conv := &homeConverter{s: s, to: st.BudgetCurrency}
	for _, ms := range sums {
		v, err := conv.convert(ctx, ms.sum, ms.currency)
		if err != nil {
			return nil, errs.Wrap(op, err)
		}
		if i, ok := index[ms.month]; ok {
			out[i].Spent += v
		}
	}
	return out, nil
}

// monthSum is the spending of one month in one budget currency.
type monthSum struct {
	month, currency string
	sum             int64
}

// monthSums totals the n months from first by month and budget currency
// in one grouped query; substr works on both engines and the cast keeps
// PostgreSQL's SUM an integer.
func (s *Service) monthSums(ctx context.Context, owner int64, first time.Time, n int) ([]monthSum, error) {
	const op = "budget history"
	rows, err := s.db.Query(ctx, `SELECT substr(spent_on, 1, 7), home_currency, CAST(SUM(home_amount) AS BIGINT)
		FROM budget_entries WHERE owner_id = $1 AND spent_on >= $2 AND spent_on < $3
		GROUP BY substr(spent_on, 1, 7), home_currency`,
		owner, first.Format(time.DateOnly), first.AddDate(0, n, 0).Format(time.DateOnly))
	if err != nil {
		return nil, db.Translate(op, err)
	}
	defer rows.Close()
	var out []monthSum
	for rows.Next() {
		var ms monthSum
		if err := rows.Scan(&ms.month, &ms.currency, &ms.sum); err != nil {
			return nil, db.Translate(op, err)
		}
		out = append(out, ms)
	}
	return out, db.Translate(op, rows.Err())
}
