package web

import (
	"html/template"
	"net/http"
	"time"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/money"
	"github.com/charmory/charmory/internal/web/chart"
)

// BudgetPage is /collection/budget?month=YYYY-MM: the monthly allowance,
// the month's spending against it with a warning at 80% and 100%, its
// entries, a form to log a purchase made elsewhere, twelve months of
// history and where the money went by category and by kind of seller.
type BudgetPage struct {
	insightBase
	Month      *collection.BudgetMonth
	Settings   *collection.Settings
	Prev, Next string // neighbouring months; Next is empty for the current month
	Meter      int    // percent for the meter, at most 100
	History    template.HTML
	ByCategory template.HTML
	BySeller   template.HTML

	Entry          budgetEntryForm // the log-a-purchase form
	Allowance      string          // the allowance form's amount
	AllowanceCur   string
	Categories     []string
	SellerKinds    []string
	Notice         string
	Errors         formErrors // of the log-a-purchase form
	SettingsErrors formErrors // of the allowance form
}

// budgetEntryForm is what was typed into the log-a-purchase form.
type budgetEntryForm struct {
	SpentOn, Amount, Currency, Category, SellerKind, Description string
}

// budgetHistoryMonths is the length of the history chart.
const budgetHistoryMonths = 12

// budgetNotices are the confirmations a redirect to the budget can ask for.
var budgetNotices = map[string]string{"saved": "budget.saved", "logged": "budget.logged", "deleted": "budget.deleted"}

// budgetShow answers GET /collection/budget.
func (s *Server) budgetShow(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "budgetShow")
	if err != nil {
		return err
	}
	page, err := s.budgetPage(r, u, r.URL.Query().Get("month"))
	if err != nil {
		return err
	}
	for key, msg := range budgetNotices {
		if r.URL.Query().Get(key) == "1" {
			page.Notice = msg
		}
	}
	return s.render(w, r, http.StatusOK, "budget", page)
}

// budgetPage loads one month of the budget with its history and charts;
// the form handlers reuse it to show a form again with its errors.
func (s *Server) budgetPage(r *http.Request, u *account.User, month string) (*BudgetPage, error) {
	ctx := r.Context()
	bm, err := s.deps.Collection.BudgetMonth(ctx, u.ID, month)
	if err != nil {
		return nil, err
	}
	st, err := s.deps.Collection.Settings(ctx, u.ID)
	if err != nil {
		return nil, err
	}
	hist, err := s.deps.Collection.BudgetHistory(ctx, u.ID, budgetHistoryMonths)
	if err != nil {
		return nil, err
	}
	p := &BudgetPage{
		insightBase: s.insightBaseOf(r, "budget.title"), Month: bm, Settings: st,
		Meter: min(bm.Percent, 100), AllowanceCur: st.BudgetCurrency,
		Categories: catalog.Categories, SellerKinds: collection.BudgetSellerKinds,
		Entry: budgetEntryForm{SpentOn: time.Now().UTC().Format(time.DateOnly), Currency: st.BudgetCurrency, SellerKind: "other"},
	}
	if st.MonthlyAllowance > 0 {
		p.Allowance = majorUnits(st.MonthlyAllowance, st.BudgetCurrency)
	}
	p.Prev, p.Next = neighbourMonths(bm.Month, hist)
	p.History = p.historyChart(hist, bm.Currency)
	p.ByCategory = p.donut("budget-by-category", "budget.by_category", "category", bm.ByCategory)
	p.BySeller = p.donut("budget-by-seller", "budget.by_seller", "budget_seller", bm.BySellerKind)
	return p, nil
}

// neighbourMonths are the months before and after month; there is no
// next month after the last month of the history, which is the current one.
func neighbourMonths(month string, hist []collection.MonthTotal) (prev, next string) {
	t, err := time.Parse("2006-01", month)
	if err != nil {
		return "", ""
	}
	prev = t.AddDate(0, -1, 0).Format("2006-01")
	if len(hist) == 0 || month < hist[len(hist)-1].Month {
		next = t.AddDate(0, 1, 0).Format("2006-01")
	}
	return prev, next
}

// historyChart draws the spending of each month against its allowance.
func (p *BudgetPage) historyChart(hist []collection.MonthTotal, currency string) template.HTML {
	cols := make([]chart.Column, len(hist))
	for i, m := range hist {
		cols[i] = chart.Column{Label: monthName(p.Lang, m.Month, true), Value: m.Spent, Limit: m.Allowance}
	}
	return chart.ColumnChart{
		ID: "budget-history", Title: p.T("budget.history"), Columns: cols,
		Format:     func(v int64) string { return money.Format(v, currency) },
		ValueLabel: p.T("budget.chart_spent"), LimitLabel: p.T("budget.chart_allowance"), OverLabel: p.T("budget.chart_over"),
	}.SVG()
}

// Overspent is how far the month went over its allowance; 0 when it did not.
func (p *BudgetPage) Overspent() int64 { return max(-p.Month.Remaining, 0) }
