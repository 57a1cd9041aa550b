package collection

import (
	"context"
	"database/sql"
)

// LogPurchase records a purchase made on the platform against the buyer's
// budget; the same Ref is recorded once (the existing entry is returned).
// Other capabilities call it inside their own flow. Errors: Invalid.
func (s *Service) LogPurchase(ctx context.Context, p Purchase) (*BudgetEntry, error) {
	return nil, errTODO
}

// AddBudgetEntry records a purchase made elsewhere. Errors: Invalid.
func (s *Service) AddBudgetEntry(ctx context.Context, owner int64, in BudgetEntryInput) (*BudgetEntry, error) {
	return nil, errTODO
}

// DeleteBudgetEntry removes a manual entry. Errors: NotFound.
func (s *Service) DeleteBudgetEntry(ctx context.Context, owner, id int64) error { return errTODO }

// BudgetMonth is one month (YYYY-MM; empty: this month) of the owner's
// budget: allowance, spent, remaining, warning level, entries and
// breakdowns. Errors: Invalid (bad month).
func (s *Service) BudgetMonth(ctx context.Context, owner int64, month string) (*BudgetMonth, error) {
	return nil, errTODO
}

// BudgetHistory lists the last n months' totals, oldest first, months
// without spending included.
func (s *Service) BudgetHistory(ctx context.Context, owner int64, n int) ([]MonthTotal, error) {
	return nil, errTODO
}

// logItemPurchase records a new item's price paid as a manual entry.
func (s *Service) logItemPurchase(ctx context.Context, tx *sql.Tx, owner, itemID int64, in *ItemInput) error {
	return nil
}
