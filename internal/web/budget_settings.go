package web

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/charmory/charmory/internal/errs"
)

// budgetSettings answers POST /collection/budget/settings: the monthly
// allowance in major units ("500", "499.50"; empty or 0 turns the budget
// off) and its currency. The wishlist setting is kept as it was.
func (s *Server) budgetSettings(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "budgetSettings")
	if err != nil {
		return err
	}
	if err := r.ParseForm(); err != nil {
		return err
	}
	ctx := r.Context()
	st, err := s.deps.Collection.Settings(ctx, u.ID)
	if err != nil {
		return err
	}
	f := r.PostForm
	month := f.Get("month")
	currency := strings.ToUpper(strings.TrimSpace(f.Get("currency")))
	lang := visitorOf(ctx).Lang
	fe := formErrors{}
	amount, perr := parseAmount(f.Get("allowance"), currencyOr(currency, st.BudgetCurrency))
	if perr != nil {
		fe.add("allowance", s.msgs.T(lang, "budget.err.amount"))
	} else {
		st.MonthlyAllowance, st.BudgetCurrency = amount, currency
		_, err = s.deps.Collection.UpdateSettings(ctx, u.ID, *st)
		switch {
		case err == nil:
			http.Redirect(w, r, budgetURL(month, "saved"), http.StatusSeeOther)
			return nil
		case errs.KindOf(err) != errs.Invalid:
			return err
		}
		fe = s.itemFormErrors(lang, err, "monthly_allowance", "budget_currency")
		fe = renameField(fe, "monthly_allowance", "allowance")
	}
	page, lerr := s.budgetPage(r, u, month)
	if lerr != nil {
		return lerr
	}
	page.Allowance, page.AllowanceCur, page.SettingsErrors = f.Get("allowance"), currencyOr(currency, page.AllowanceCur), fe
	return s.render(w, r, http.StatusUnprocessableEntity, "budget", page)
}

// budgetURL is the budget page of month (empty: the current one) with a
// confirmation flag.
func budgetURL(month, flag string) string {
	q := url.Values{}
	if month != "" {
		q.Set("month", month)
	}
	if flag != "" {
		q.Set(flag, "1")
	}
	if enc := q.Encode(); enc != "" {
		return "/collection/budget?" + enc
	}
	return "/collection/budget"
}

// renameField moves a service field's message to the name the form uses.
func renameField(fe formErrors, from, to string) formErrors {
	if msg, ok := fe[from]; ok {
		delete(fe, from)
		fe.add(to, msg)
	}
	return fe
}
