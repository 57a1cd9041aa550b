package web

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/collection"
)

// budgetEntry logs a manual purchase for owner through the service.
func budgetEntry(t testing.TB, h *harness, owner, amount int64) *collection.BudgetEntry {
	t.Helper()
	e, err := h.Collection.AddBudgetEntry(context.Background(), owner, collection.BudgetEntryInput{Amount: amount, Currency: "CNY"})
	if err != nil {
		t.Fatalf("add budget entry: %v", err)
	}
	return e
}

// budgetMonthOf reads owner's current month through the service.
func budgetMonthOf(t testing.TB, h *harness, owner int64) *collection.BudgetMonth {
	t.Helper()
	m, err := h.Collection.BudgetMonth(context.Background(), owner, "")
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestBudgetWarnings(t *testing.T) {
	h := newHarness(t)
	a := collSignIn(t, h)
	insightAllowance(t, h, a.ID, 100000, "CNY") // ¥1,000.00

	p := collGet(t, h, &a, "/collection/budget").mustStatus(t, http.StatusOK)
	if p.count("[role=alert]") != 0 {
		t.Fatal("a warning before anything was spent")
	}
	budgetEntry(t, h, a.ID, 79900)
	if p := collGet(t, h, &a, "/collection/budget"); p.count(".budget-warn, .budget-over") != 0 {
		t.Fatal("a warning at 79.9%")
	}
	budgetEntry(t, h, a.ID, 100) // 80%
	p = collGet(t, h, &a, "/collection/budget")
	p.mustHave(t, `.budget-warn[role=alert]`)
	if p.count(".budget-over") != 0 {
		t.Fatal("the over banner at 80%")
	}
	budgetEntry(t, h, a.ID, 20000) // 100%
	p = collGet(t, h, &a, "/collection/budget")
	p.mustHave(t, `.budget-over[role=alert]`)
	if p.count(".budget-warn") != 0 {
		t.Fatal("the warn banner next to the over banner")
	}
	budgetEntry(t, h, a.ID, 5000) // 105%
	p = collGet(t, h, &a, "/collection/budget", withLang("zh-CN"))
	p.mustHave(t, `.budget-over[role=alert]`)
	p.collRendered(t, "the over-budget page in Chinese")
}

func TestBudgetForms(t *testing.T) {
	h := newHarness(t)
	a := collSignIn(t, h)

	t.Run("SavesTheAllowance", func(t *testing.T) {
		collPost(t, h, &a, "/collection/budget/settings", url.Values{"allowance": {"450.50"}, "currency": {"EUR"}}).
			collRedirect(t, "/collection/budget?saved=1")
		st, err := h.Collection.Settings(context.Background(), a.ID)
		if err != nil || st.MonthlyAllowance != 45050 || st.BudgetCurrency != "EUR" {
			t.Fatalf("settings = %+v, %v", st, err)
		}
		p := collGet(t, h, &a, "/collection/budget?saved=1")
		if got := p.attrs("#f-allowance", "value"); len(got) != 1 || got[0] != "450.50" {
			t.Fatalf("allowance field shows %q", got)
		}
	})
	t.Run("KeepsTheWishlistSetting", func(t *testing.T) {
		insightPublicWishlist(t, h, a.ID)
		collPost(t, h, &a, "/collection/budget/settings", url.Values{"allowance": {"300"}, "currency": {"EUR"}})
		if st, _ := h.Collection.Settings(context.Background(), a.ID); !st.WishlistPublic {
			t.Fatal("saving the allowance made the wishlist private")
		}
	})
	t.Run("RefusesABadAllowance", func(t *testing.T) {
		p := collPost(t, h, &a, "/collection/budget/settings", url.Values{"allowance": {"a lot"}, "currency": {"EUR"}})
		p.mustStatus(t, http.StatusUnprocessableEntity)
		p.mustHave(t, "#e-allowance")
	})
	t.Run("LogsAPurchaseInItsMonth", func(t *testing.T) {
		last := time.Now().UTC().AddDate(0, -1, 0)
		p := collPost(t, h, &a, "/collection/budget/entries", url.Values{"spent_on": {last.Format(time.DateOnly)}, "amount": {"25.00"},
			"currency": {"EUR"}, "category": {"plush"}, "seller_kind": {"museum"}, "description": {"Gift shop bear"}})
		want := "/collection/budget?logged=1&month=" + last.Format("2006-01")
		if loc := p.collRedirect(t, "/collection/budget"); loc != want {
			t.Fatalf("redirect to %q, want %q", loc, want)
		}
		page := collGet(t, h, &a, want)
		if got := page.texts(".budget-table tbody tr"); len(got) != 1 {
			t.Fatalf("month shows %d entries, want 1: %q", len(got), got)
		}
		page.mustHave(t, "svg.chart-donut")
	})
	t.Run("RefusesABadPurchase", func(t *testing.T) {
		for _, form := range []url.Values{
			{"amount": {""}},
			{"amount": {"12"}, "spent_on": {"2999-01-01"}},
			{"amount": {"12"}, "seller_kind": {"pirate"}},
		} {
			p := collPost(t, h, &a, "/collection/budget/entries", form)
			p.mustStatus(t, http.StatusUnprocessableEntity)
			p.mustHave(t, ".budget-entry-form .alert-error")
		}
	})
	t.Run("DeletesAManualEntry", func(t *testing.T) {
		e := budgetEntry(t, h, a.ID, 1000)
		collPost(t, h, &a, "/collection/budget/entries/"+strconv.FormatInt(e.ID, 10)+"/delete", nil).
			collRedirect(t, "/collection/budget?deleted=1")
		for _, x := range budgetMonthOf(t, h, a.ID).Entries {
			if x.ID == e.ID {
				t.Fatal("the entry is still there")
			}
		}
	})
	t.Run("MonthLinks", func(t *testing.T) {
		p := collGet(t, h, &a, "/collection/budget?month=2025-01")
		p.mustHave(t, `.month-nav a[href="/collection/budget?month=2024-12"]`)
		p.mustHave(t, `.month-nav a[href="/collection/budget?month=2025-02"]`)
		if n := collGet(t, h, &a, "/collection/budget").count(`.month-nav a[rel=next]`); n != 0 {
			t.Fatal("the current month links to a future month")
		}
		collGet(t, h, &a, "/collection/budget?month=2025-13").mustStatus(t, http.StatusUnprocessableEntity)
	})
}

// TestBudgetOwnerOnly: B cannot delete A's entries, and B's budget page
// and export show none of them.
func TestBudgetOwnerOnly(t *testing.T) {
	h := newHarness(t)
	a, b := collSignIn(t, h), collSignIn(t, h)
	e := budgetEntry(t, h, a.ID, 4200)
	collPost(t, h, &b, "/collection/budget/entries/"+strconv.FormatInt(e.ID, 10)+"/delete", nil).mustStatus(t, http.StatusNotFound)
	if m := budgetMonthOf(t, h, a.ID); len(m.Entries) != 1 || m.Spent != 4200 {
		t.Fatalf("A's month changed: %+v", m)
	}
	if p := collGet(t, h, &b, "/collection/budget"); p.count(".budget-table tbody tr") != 0 {
		t.Fatal("B's budget shows A's entry")
	}
}
