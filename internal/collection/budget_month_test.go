package collection

import (
	"testing"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
)

func TestBudgetMonth(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		f.mustBudget(t, f.A, 100000, "CNY")
		for _, in := range []BudgetEntryInput{
			{SpentOn: "2026-06-02", Amount: 16800, Category: "metal_enamel", SellerKind: "museum"},
			{SpentOn: "2026-06-10", Amount: 22000, Category: "plush", SellerKind: "secondhand"},
			{SpentOn: "2026-06-05", Amount: 29200, Category: "acrylic", SellerKind: "brand"},
			{SpentOn: "2026-06-11", Amount: 3000, Category: "plush", SellerKind: "independent"},
			{SpentOn: "2026-06-12", Amount: 1000, SellerKind: "independent"},
			{SpentOn: "2026-05-31", Amount: 99999, Category: "plush"}, // last month
		} {
			f.mustEntry(t, f.A, in)
		}
		m := f.mustMonth(t, f.A, "2026-06")

		t.Run("CountsOnlyTheMonth", func(t *testing.T) {
			if m.Spent != 72000 || len(m.Entries) != 5 || m.Percent != 72 || m.Level != LevelOK || m.Remaining != 28000 {
				t.Errorf("June: spent %d, %d entries, %d%% %s, remaining %d", m.Spent, len(m.Entries), m.Percent, m.Level, m.Remaining)
			}
		})
		t.Run("NewestFirst", func(t *testing.T) {
			for i := 1; i < len(m.Entries); i++ {
				if m.Entries[i-1].SpentOn < m.Entries[i].SpentOn {
					t.Fatalf("entry %d (%s) before %d (%s)", i-1, m.Entries[i-1].SpentOn, i, m.Entries[i].SpentOn)
				}
			}
		})
		t.Run("BreakdownsSumToSpent", func(t *testing.T) {
			for name, got := range map[string][]Share{"category": m.ByCategory, "seller kind": m.BySellerKind} {
				var sum int64
				for i, sh := range got {
					sum += sh.Amount
					if i > 0 && got[i-1].Amount < sh.Amount {
						t.Errorf("%s shares not largest first: %+v", name, got)
					}
					if want := int(sh.Amount * 100 / m.Spent); sh.Percent != want {
						t.Errorf("%s %q percent %d, want %d", name, sh.Key, sh.Percent, want)
					}
				}
				if sum != m.Spent {
					t.Errorf("%s shares sum to %d, spent %d", name, sum, m.Spent)
				}
			}
			wantCat := []Share{{Key: "acrylic", Amount: 29200, Percent: 40}, {Key: "plush", Amount: 25000, Percent: 34},
				{Key: "metal_enamel", Amount: 16800, Percent: 23}, {Key: "", Amount: 1000, Percent: 1}}
			if !equalShares(m.ByCategory, wantCat) {
				t.Errorf("by category = %+v, want %+v", m.ByCategory, wantCat)
			}
			wantSeller := []Share{{Key: "brand", Amount: 29200, Percent: 40}, {Key: "secondhand", Amount: 22000, Percent: 30},
				{Key: "museum", Amount: 16800, Percent: 23}, {Key: "independent", Amount: 4000, Percent: 5}}
			if !equalShares(m.BySellerKind, wantSeller) {
				t.Errorf("by seller = %+v, want %+v", m.BySellerKind, wantSeller)
			}
		})
		t.Run("EmptyMonthIsCurrent", func(t *testing.T) {
			if cur := f.mustMonth(t, f.A, ""); cur.Month != "2026-06" || cur.Spent != m.Spent {
				t.Errorf("current month = %s spent %d", cur.Month, cur.Spent)
			}
		})
		t.Run("EmptyMonthHasNoEntries", func(t *testing.T) {
			e := f.mustMonth(t, f.A, "2025-01")
			if e.Spent != 0 || e.Entries == nil || len(e.Entries) != 0 || len(e.ByCategory) != 0 || e.Level != LevelOK {
				t.Errorf("empty month = %+v", e)
			}
		})
		t.Run("RejectsBadMonth", func(t *testing.T) {
			for _, bad := range []string{"2026-13", "2026-6", "june", "2026-06-01", "0099-01"} {
				_, err := f.S.BudgetMonth(ctxBG, f.A, bad)
				if fe := errs.FieldsOf(err); len(fe) != 1 || fe[0].Field != "month" {
					t.Errorf("month %q: %v", bad, err)
				}
			}
		})
	})
}

func equalShares(a, b []Share) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestBudgetCurrencyChange(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		if err := f.Catalog.SetRate(ctxBG, "USD", 0.125); err != nil {
			t.Fatal(err)
		}
		f.mustBudget(t, f.A, 100000, "CNY")
		f.mustEntry(t, f.A, BudgetEntryInput{SpentOn: "2026-06-01", Amount: 8000}) // 80 CNY
		f.mustBudget(t, f.A, 10000, "USD")
		f.mustEntry(t, f.A, BudgetEntryInput{SpentOn: "2026-06-02", Amount: 500}) // 5 USD

		m := f.mustMonth(t, f.A, "")
		if m.Currency != "USD" || m.Spent != 1500 || m.Percent != 15 {
			t.Fatalf("month = %s spent %d (%d%%), want USD 1500 (15%%)", m.Currency, m.Spent, m.Percent)
		}
		for _, e := range m.Entries {
			if e.HomeCurrency != "USD" {
				t.Errorf("entry %+v not shown in USD", e)
			}
		}
		if m.Entries[1].Currency != "CNY" || m.Entries[1].Amount != 8000 || m.Entries[1].HomeAmount != 1000 {
			t.Errorf("older entry = %+v, want 80 CNY shown as 10 USD", m.Entries[1])
		}
		h, err := f.S.BudgetHistory(ctxBG, f.A, 1)
		if err != nil || h[0].Spent != 1500 || h[0].Allowance != 10000 {
			t.Errorf("history = %+v, %v; want 1500 of 10000", h, err)
		}
	})
}

func TestBudgetHistory(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		f.mustBudget(t, f.A, 50000, "CNY")
		for _, in := range []BudgetEntryInput{
			{SpentOn: "2026-06-01", Amount: 100}, {SpentOn: "2026-06-15", Amount: 250},
			{SpentOn: "2026-04-30", Amount: 7000},
			{SpentOn: "2026-02-28", Amount: 9}, // before the window
			{SpentOn: "2025-12-31", Amount: 4000},
		} {
			f.mustEntry(t, f.A, in)
		}

		t.Run("IncludesEmptyMonthsOldestFirst", func(t *testing.T) {
			h, err := f.S.BudgetHistory(ctxBG, f.A, 3)
			if err != nil {
				t.Fatal(err)
			}
			want := []MonthTotal{{"2026-04", 7000, 50000}, {"2026-05", 0, 50000}, {"2026-06", 350, 50000}}
			if len(h) != len(want) {
				t.Fatalf("history = %+v, want %+v", h, want)
			}
			for i := range want {
				if h[i] != want[i] {
					t.Errorf("month %d = %+v, want %+v", i, h[i], want[i])
				}
			}
		})
		t.Run("DefaultsToTwelveMonthsAcrossTheYear", func(t *testing.T) {
			h, err := f.S.BudgetHistory(ctxBG, f.A, 0)
			if err != nil || len(h) != 12 {
				t.Fatalf("history = %d months, %v; want 12", len(h), err)
			}
			if h[0].Month != "2025-07" || h[11].Month != "2026-06" || h[5].Month != "2025-12" || h[5].Spent != 4000 {
				t.Errorf("months %s..%s, December %+v", h[0].Month, h[11].Month, h[5])
			}
			var sum int64
			for _, mt := range h {
				sum += mt.Spent
			}
			if sum != 100+250+7000+9+4000 {
				t.Errorf("twelve months sum to %d", sum)
			}
		})
		t.Run("RejectsBadLength", func(t *testing.T) {
			for _, n := range []int{-1, 37} {
				if _, err := f.S.BudgetHistory(ctxBG, f.A, n); !errs.Is(err, errs.Invalid) {
					t.Errorf("n=%d: %v, want Invalid", n, err)
				}
			}
			if h, err := f.S.BudgetHistory(ctxBG, f.A, 36); err != nil || len(h) != 36 || h[0].Month != "2023-07" {
				t.Errorf("36 months: %d, %v", len(h), err)
			}
		})
	})
}
