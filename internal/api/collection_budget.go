package api

import (
	"context"
	"net/http"
	"time"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/errs"
)

func (s *Server) budgetRoutes() {
	handle(s, endpoint{
		id: "get-collection-settings", method: http.MethodGet, path: "/collection/settings", tag: tagCollection,
		summary: "Get your collection settings", auth: true, desc: "Monthly budget allowance and wishlist visibility.",
	}, s.getSettings)
	handle(s, endpoint{
		id: "update-collection-settings", method: http.MethodPut, path: "/collection/settings", tag: tagCollection,
		summary: "Update your collection settings", auth: true, fields: "body.",
	}, s.updateSettings)
	handle(s, endpoint{
		id: "get-budget", method: http.MethodGet, path: "/collection/budget", tag: tagCollection,
		summary: "Get a month of your budget", auth: true,
		desc: "Allowance, spent, remaining and the warning level (warn at 80%, over at 100%), the month's entries and " +
			"the spending by category and by kind of seller.",
	}, s.getBudget)
	handle(s, endpoint{
		id: "list-budget-history", method: http.MethodGet, path: "/collection/budget/history", tag: tagCollection,
		summary: "List your monthly spending", auth: true, desc: "The last months' totals, oldest first, months without spending included.",
	}, s.budgetHistory)
	handle(s, endpoint{
		id: "add-budget-entry", method: http.MethodPost, path: "/collection/budget/entries", tag: tagCollection,
		summary: "Record a purchase made elsewhere", auth: true, status: http.StatusCreated,
		desc: "Purchases on the platform are recorded on their own; this is for shops, fairs and friends.",
	}, s.addBudgetEntry)
	handle(s, endpoint{
		id: "delete-budget-entry", method: http.MethodDelete, path: "/collection/budget/entries/{id}", tag: tagCollection,
		summary: "Delete a budget entry", auth: true, status: http.StatusNoContent, errors: collection404,
		desc: "Manual entries only; purchases recorded by the platform stay.",
	}, s.deleteBudgetEntry)
}

// CollectionSettings are a collector's collection settings.
type CollectionSettings struct {
	MonthlyAllowance int64  `json:"monthly_allowance" minimum:"0" example:"50000" doc:"Minor units of budget_currency; 0: no budget."`
	BudgetCurrency   string `json:"budget_currency" maxLength:"3" example:"CNY"`
	WishlistPublic   bool   `json:"wishlist_public" doc:"Anyone may read your open wishes, even with a private collection."`
}

func (s *Server) getSettings(ctx context.Context, _ *struct{}) (*body[CollectionSettings], error) {
	uid, err := s.collector(ctx)
	if err != nil {
		return nil, err
	}
	st, err := s.deps.Collection.Settings(ctx, uid)
	if err != nil {
		return nil, errs.Wrap("api.getSettings", err)
	}
	return &body[CollectionSettings]{Body: CollectionSettings(*st)}, nil
}

type settingsInput struct {
	Body CollectionSettings
}

func (s *Server) updateSettings(ctx context.Context, in *settingsInput) (*body[CollectionSettings], error) {
	uid, err := s.collector(ctx)
	if err != nil {
		return nil, err
	}
	st, err := s.deps.Collection.UpdateSettings(ctx, uid, collection.Settings(in.Body))
	if err != nil {
		return nil, errs.Wrap("api.updateSettings", err)
	}
	return &body[CollectionSettings]{Body: CollectionSettings(*st)}, nil
}

// BudgetEntry is one purchase counted against the budget.
type BudgetEntry struct {
	ID          int64     `json:"id" example:"31"`
	SpentOn     string    `json:"spent_on" example:"2026-05-04" doc:"YYYY-MM-DD."`
	Amount      Money     `json:"amount" doc:"As paid."`
	HomeAmount  Money     `json:"home_amount" doc:"In the budget currency."`
	Category    string    `json:"category,omitempty" example:"plush"`
	SellerKind  string    `json:"seller_kind" example:"independent"`
	Description string    `json:"description,omitempty"`
	Source      string    `json:"source" enum:"manual,platform,import" doc:"Who recorded it."`
	ItemID      int64     `json:"item_id,omitempty"`
	CreatedAt   time.Time `json:"created_at"`
}

func budgetEntryOf(e *collection.BudgetEntry) BudgetEntry {
	return BudgetEntry{ID: e.ID, SpentOn: e.SpentOn, Amount: moneyOf(e.Amount, e.Currency),
		HomeAmount: moneyOf(e.HomeAmount, e.HomeCurrency), Category: e.Category, SellerKind: e.SellerKind,
		Description: e.Description, Source: e.Source, ItemID: e.ItemID, CreatedAt: e.CreatedAt}
}

// BudgetMonth is one month of the budget.
type BudgetMonth struct {
	Month        string        `json:"month" example:"2026-05"`
	Allowance    Money         `json:"allowance"`
	Spent        Money         `json:"spent"`
	Remaining    Money         `json:"remaining" doc:"Negative when over budget."`
	Percent      int           `json:"percent" example:"84"`
	Level        string        `json:"level" enum:"none,ok,warn,over" doc:"none without an allowance; warn from 80%; over from 100%."`
	Entries      []BudgetEntry `json:"entries" nullable:"false"`
	ByCategory   []Share       `json:"by_category" nullable:"false"`
	BySellerKind []Share       `json:"by_seller_kind" nullable:"false" doc:"brand, independent, museum, secondhand, other."`
}

type budgetInput struct {
	Month string `query:"month" pattern:"^[0-9]{4}-[0-9]{2}$" example:"2026-05" doc:"YYYY-MM; left out: this month."`
}

func (s *Server) getBudget(ctx context.Context, in *budgetInput) (*body[BudgetMonth], error) {
	uid, err := s.collector(ctx)
	if err != nil {
		return nil, err
	}
	m, err := s.deps.Collection.BudgetMonth(ctx, uid, in.Month)
	if err != nil {
		return nil, errs.Wrap("api.getBudget", err)
	}
	c := m.Currency
	out := BudgetMonth{Month: m.Month, Allowance: moneyOf(m.Allowance, c), Spent: moneyOf(m.Spent, c),
		Remaining: moneyOf(m.Remaining, c), Percent: m.Percent, Level: m.Level,
		Entries: make([]BudgetEntry, len(m.Entries)), ByCategory: sharesOf(m.ByCategory, c),
		BySellerKind: sharesOf(m.BySellerKind, c)}
	for i := range m.Entries {
		out.Entries[i] = budgetEntryOf(&m.Entries[i])
	}
	return &body[BudgetMonth]{Body: out}, nil
}

// MonthTotal is one month of the budget history.
type MonthTotal struct {
	Month     string `json:"month" example:"2026-05"`
	Spent     Money  `json:"spent"`
	Allowance Money  `json:"allowance"`
}

type budgetHistoryInput struct {
	Months int `query:"months" minimum:"1" maximum:"120" default:"12" doc:"How many months, ending with this one."`
}

func (s *Server) budgetHistory(ctx context.Context, in *budgetHistoryInput) (*body[Page[MonthTotal]], error) {
	const op = "api.budgetHistory"
	uid, err := s.collector(ctx)
	if err != nil {
		return nil, err
	}
	st, err := s.deps.Collection.Settings(ctx, uid)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	ms, err := s.deps.Collection.BudgetHistory(ctx, uid, in.Months)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	out := make([]MonthTotal, len(ms))
	for i, m := range ms {
		out[i] = MonthTotal{Month: m.Month, Spent: moneyOf(m.Spent, st.BudgetCurrency), Allowance: moneyOf(m.Allowance, st.BudgetCurrency)}
	}
	return all(out), nil
}

// BudgetEntryInput is a purchase made elsewhere.
type BudgetEntryInput struct {
	SpentOn     string           `json:"spent_on,omitempty" maxLength:"10" example:"2026-05-04" doc:"YYYY-MM-DD; left out: today."`
	Amount      int64            `json:"amount" minimum:"1" example:"4500" doc:"Minor units of currency."`
	Currency    string           `json:"currency,omitempty" maxLength:"3" example:"CNY" doc:"Left out: the budget currency."`
	Category    categoryCode     `json:"category,omitempty"`
	SellerKind  budgetSellerKind `json:"seller_kind,omitempty" doc:"Left out: other."`
	Description string           `json:"description,omitempty" maxLength:"500" example:"Craft fair, felt fox"`
}

type budgetEntryCreateInput struct {
	Body BudgetEntryInput
}

func (s *Server) addBudgetEntry(ctx context.Context, in *budgetEntryCreateInput) (*body[BudgetEntry], error) {
	uid, err := s.collector(ctx)
	if err != nil {
		return nil, err
	}
	b := in.Body
	e, err := s.deps.Collection.AddBudgetEntry(ctx, uid, collection.BudgetEntryInput{SpentOn: b.SpentOn, Amount: b.Amount,
		Currency: b.Currency, Category: string(b.Category), SellerKind: string(b.SellerKind), Description: b.Description})
	if err != nil {
		return nil, errs.Wrap("api.addBudgetEntry", err)
	}
	return &body[BudgetEntry]{Body: budgetEntryOf(e)}, nil
}

func (s *Server) deleteBudgetEntry(ctx context.Context, in *IDPath) (*struct{}, error) {
	uid, err := s.collector(ctx)
	if err != nil {
		return nil, err
	}
	if err := s.deps.Collection.DeleteBudgetEntry(ctx, uid, in.ID); err != nil {
		return nil, errs.Wrap("api.deleteBudgetEntry", err)
	}
	return &struct{}{}, nil
}
