package web

import (
	"net/http"
	"strings"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/errs"
)

// budgetEntryFields are the log-a-purchase form's fields, named as the
// service names them.
var budgetEntryFields = []string{"spent_on", "amount", "currency", "category", "seller_kind", "description"}

// budgetEntryAdd answers POST /collection/budget/entries: a purchase made
// elsewhere (date, amount in major units, currency, category, kind of
// seller, description). It goes to the month of the purchase.
func (s *Server) budgetEntryAdd(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "budgetEntryAdd")
	if err != nil {
		return err
	}
	if err := r.ParseForm(); err != nil {
		return err
	}
	f := r.PostForm
	form := budgetEntryForm{
		SpentOn: strings.TrimSpace(f.Get("spent_on")), Amount: f.Get("amount"),
		Currency: strings.ToUpper(strings.TrimSpace(f.Get("currency"))), Category: f.Get("category"),
		SellerKind: f.Get("seller_kind"), Description: f.Get("description"),
	}
	in := collection.BudgetEntryInput{SpentOn: form.SpentOn, Currency: form.Currency, Category: form.Category,
		SellerKind: form.SellerKind, Description: form.Description}
	ctx := r.Context()
	lang := visitorOf(ctx).Lang
	fe := formErrors{}
	if in.Amount, err = parseAmount(form.Amount, currencyOr(form.Currency, u.Currency)); err != nil || strings.TrimSpace(form.Amount) == "" {
		fe.add("amount", s.msgs.T(lang, "budget.err.amount"))
	} else {
		var e *collection.BudgetEntry
		e, err = s.deps.Collection.AddBudgetEntry(ctx, u.ID, in)
		switch {
		case err == nil:
			month := "" // the current month, should the date be unusual
			if len(e.SpentOn) >= 7 {
				month = e.SpentOn[:7]
			}
			http.Redirect(w, r, budgetURL(month, "logged"), http.StatusSeeOther)
			return nil
		case errs.KindOf(err) != errs.Invalid:
			return err
		}
		fe = s.itemFormErrors(lang, err, budgetEntryFields...)
	}
	page, lerr := s.budgetPage(r, u, f.Get("month"))
	if lerr != nil {
		return lerr
	}
	page.Entry, page.Errors = form, fe
	return s.render(w, r, http.StatusUnprocessableEntity, "budget", page)
}

// budgetEntryDelete answers POST /collection/budget/entries/{id}/delete.
// Only manual entries can go; someone else's entry is NotFound.
func (s *Server) budgetEntryDelete(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "budgetEntryDelete")
	if err != nil {
		return err
	}
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	if err := r.ParseForm(); err != nil {
		return err
	}
	if err := s.deps.Collection.DeleteBudgetEntry(r.Context(), u.ID, id); err != nil {
		return err
	}
	http.Redirect(w, r, budgetURL(r.PostForm.Get("month"), "deleted"), http.StatusSeeOther)
	return nil
}
