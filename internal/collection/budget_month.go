package collection

import (
	"cmp"
	"context"
	"slices"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/money"
)

// Bounds of BudgetHistory.
const (
	defaultHistoryMonths = 12
	maxHistoryMonths     = 36
)

const budgetMonthFormat = "2006-01"

// BudgetMonth is one month (YYYY-MM; empty: this month) of the owner's
// budget: allowance, spent, remaining, warning level, entries (newest
// first) and breakdowns by category and seller kind (largest first).
// Entries logged under an earlier budget currency are converted to the
// current one, so HomeAmount and HomeCurrency of the entries are in the
// month's Currency. Errors: Invalid (bad month), NotFound (no such user).
func (s *Service) BudgetMonth(ctx context.Context, owner int64, month string) (*BudgetMonth, error) {
	const op = "budget month"
	start, err := s.parseMonth(op, month)
	if err != nil {
		return nil, err
	}
	st, err := s.Settings(ctx, owner)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	entries, err := s.monthEntries(ctx, owner, start)
	if err != nil {
		return nil, err
	}
	conv := &homeConverter{s: s, to: st.BudgetCurrency}
	m := &BudgetMonth{Month: start.Format(budgetMonthFormat), Currency: st.BudgetCurrency, Allowance: st.MonthlyAllowance, Entries: entries}
	for i := range m.Entries {
		e := &m.Entries[i]
		if e.HomeAmount, err = conv.convert(ctx, e.HomeAmount, e.HomeCurrency); err != nil {
			return nil, errs.Wrap(op, err)
		}
		e.HomeCurrency = st.BudgetCurrency
		m.Spent += e.HomeAmount
	}
	m.Percent, m.Level = budgetLevel(m.Spent, m.Allowance)
	if m.Allowance > 0 {
		m.Remaining = m.Allowance - m.Spent
	}
	m.ByCategory = spendShares(m.Entries, m.Spent, func(e *BudgetEntry) string { return e.Category })
	m.BySellerKind = spendShares(m.Entries, m.Spent, func(e *BudgetEntry) string { return e.SellerKind })
	return m, nil
}

// parseMonth reads YYYY-MM, or the current month for "", as the first
// instant of that month in UTC.
func (s *Service) parseMonth(op, month string) (time.Time, error) {
	if month == "" {
		now := s.clock()
		return time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, time.UTC), nil
	}
	t, err := time.Parse(budgetMonthFormat, month)
	if err != nil || t.Format(budgetMonthFormat) != month || t.Year() < 1900 {
		return time.Time{}, errs.Fields(op, errs.FieldError{Field: "month", Message: "must be a month like 2026-05"})
	}
	return t, nil
}

// monthEntries lists the owner's entries of the month starting at start,
// newest first. Dates are YYYY-MM-DD text, so a half-open text range is
// the month on both engines and uses the (owner_id, spent_on) index.
func (s *Service) monthEntries(ctx context.Context, owner int64, start time.Time) ([]BudgetEntry, error) {
	const op = "budget month"
	rows, err := s.db.Query(ctx, `SELECT `+entryColumns+` FROM budget_entries
		WHERE owner_id = $1 AND spent_on >= $2 AND spent_on < $3 ORDER BY spent_on DESC, id DESC`,
		owner, start.Format(time.DateOnly), start.AddDate(0, 1, 0).Format(time.DateOnly))
	if err != nil {
		return nil, db.Translate(op, err)
	}
	defer rows.Close()
	out := []BudgetEntry{}
	for rows.Next() {
		e, err := scanEntry(rows)
		if err != nil {
			return nil, db.Translate(op, err)
		}
		out = append(out, *e)
	}
	return out, db.Translate(op, rows.Err())
}

// budgetLevel is the percent of the allowance spent (rounded down) and the
// warning level it gives.
func budgetLevel(spent, allowance int64) (int, string) {
	if allowance <= 0 {
		return 0, LevelNone
	}
	pct := int(spent * 100 / allowance)
	switch {
	case pct >= 100:
		return pct, LevelOver
	case pct >= 80:
		return pct, LevelWarn
	default:
		return pct, LevelOK
	}
}

// spendShares splits spent by key (entries without a category share the empty
// key), largest amount first, ties by key.
func spendShares(entries []BudgetEntry, spent int64, key func(*BudgetEntry) string) []Share {
	sums := map[string]int64{}
	for i := range entries {
		sums[key(&entries[i])] += entries[i].HomeAmount
	}
	out := make([]Share, 0, len(sums))
	for k, amount := range sums {
		sh := Share{Key: k, Amount: amount}
		if spent > 0 {
			sh.Percent = int(amount * 100 / spent)
		}
		out = append(out, sh)
	}
	slices.SortFunc(out, func(a, b Share) int {
		return cmp.Or(cmp.Compare(b.Amount, a.Amount), cmp.Compare(a.Key, b.Key))
	})
	return out
}

// homeConverter converts amounts kept in an earlier budget currency to the
// current one, reading the rate table only when one is needed.
type homeConverter struct {
	s     *Service
	to    string
	rates money.Rates
}

func (c *homeConverter) convert(ctx context.Context, amount int64, from string) (int64, error) {
	if from == c.to {
		return amount, nil
	}
	if c.rates == nil {
		r, err := c.s.catalog.Rates(ctx)
		if err != nil {
			return 0, err
		}
		c.rates = r
	}
	v, ok := c.rates.Convert(amount, from, c.to)
	if !ok {
		return 0, errs.Ef("budget conversion", errs.Internal, "no exchange rate from %s to %s", from, c.to)
	}
	return v, nil
}
