package collection

import (
	"strings"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/money"
)

// mustBudget sets owner's allowance in currency.
func (f *fixture) mustBudget(t testing.TB, owner, allowance int64, currency string) {
	t.Helper()
	if _, err := f.S.UpdateSettings(ctxBG, owner, Settings{MonthlyAllowance: allowance, BudgetCurrency: currency}); err != nil {
		t.Fatalf("set budget: %v", err)
	}
}

// mustEntry adds a manual entry.
func (f *fixture) mustEntry(t testing.TB, owner int64, in BudgetEntryInput) *BudgetEntry {
	t.Helper()
	e, err := f.S.AddBudgetEntry(ctxBG, owner, in)
	if err != nil {
		t.Fatalf("add entry %+v: %v", in, err)
	}
	return e
}

// mustMonth reads one month of owner's budget.
func (f *fixture) mustMonth(t testing.TB, owner int64, month string) *BudgetMonth {
	t.Helper()
	m, err := f.S.BudgetMonth(ctxBG, owner, month)
	if err != nil {
		t.Fatalf("budget month %q: %v", month, err)
	}
	return m
}

// charmByStudioKind returns a demo charm made by a studio of kind, and its
// category.
func (f *fixture) charmByStudioKind(t testing.TB, kind string) (int64, string) {
	t.Helper()
	var id int64
	var category string
	err := f.DB.R.QueryRowContext(ctxBG, `SELECT c.id, c.category FROM charms c JOIN studios st ON st.id = c.studio_id
		WHERE st.kind = $1 ORDER BY c.id LIMIT 1`, kind).Scan(&id, &category)
	if err != nil {
		t.Fatalf("a charm by a %s studio: %v", kind, err)
	}
	return id, category
}

func TestBudgetLevels(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		if m := f.mustMonth(t, f.A, ""); m.Level != LevelNone || m.Percent != 0 || m.Remaining != 0 {
			t.Errorf("no allowance: %+v, want level none", m)
		}
		f.mustBudget(t, f.A, 10000, "CNY")
		for _, step := range []struct {
			name      string
			add       int64
			percent   int
			level     string
			remaining int64
		}{
			{"OKJustBelow80", 7999, 79, LevelOK, 2001},
			{"WarnAtExactly80", 1, 80, LevelWarn, 2000},
			{"WarnJustBelow100", 1999, 99, LevelWarn, 1},
			{"OverAtExactly100", 1, 100, LevelOver, 0},
			{"OverGoesNegative", 500, 105, LevelOver, -500},
		} {
			t.Run(step.name, func(t *testing.T) {
				f.mustEntry(t, f.A, BudgetEntryInput{Amount: step.add})
				m := f.mustMonth(t, f.A, "")
				if m.Percent != step.percent || m.Level != step.level || m.Remaining != step.remaining {
					t.Errorf("spent %d: percent %d level %s remaining %d; want %d %s %d",
						m.Spent, m.Percent, m.Level, m.Remaining, step.percent, step.level, step.remaining)
				}
				if m.Month != "2026-06" || m.Currency != "CNY" || m.Allowance != 10000 {
					t.Errorf("month header = %s %s %d", m.Month, m.Currency, m.Allowance)
				}
			})
		}
	})
}

func TestAddBudgetEntry(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		f.mustBudget(t, f.A, 100000, "CNY")

		t.Run("FillsDefaults", func(t *testing.T) {
			e := f.mustEntry(t, f.A, BudgetEntryInput{Amount: 4200, Description: "  Museum pin "})
			want := BudgetEntry{SpentOn: "2026-06-15", Amount: 4200, Currency: "CNY", HomeAmount: 4200, HomeCurrency: "CNY",
				SellerKind: "other", Description: "Museum pin", Source: EntryManual}
			got := *e
			got.ID, got.CreatedAt = 0, time.Time{}
			if got != want || e.ID == 0 {
				t.Errorf("entry = %+v, want %+v", *e, want)
			}
		})
		t.Run("ConvertsToTheBudgetCurrency", func(t *testing.T) {
			if err := f.Catalog.SetRate(ctxBG, "USD", 0.125); err != nil {
				t.Fatal(err)
			}
			e := f.mustEntry(t, f.A, BudgetEntryInput{Amount: 1000, Currency: "usd", SpentOn: "2026-06-01"})
			if e.Currency != "USD" || e.Amount != 1000 || e.HomeCurrency != "CNY" || e.HomeAmount != 8000 {
				t.Errorf("10 USD at 8 CNY per USD = %+v, want 80.00 CNY", e)
			}
		})
		t.Run("RejectsBadFields", func(t *testing.T) {
			for _, tc := range []struct {
				name  string
				in    BudgetEntryInput
				field string
			}{
				{"FutureDate", BudgetEntryInput{Amount: 100, SpentOn: "2026-06-16"}, "spent_on"},
				{"NotADate", BudgetEntryInput{Amount: 100, SpentOn: "15/06/2026"}, "spent_on"},
				{"ZeroAmount", BudgetEntryInput{Amount: 0}, "amount"},
				{"NegativeAmount", BudgetEntryInput{Amount: -5}, "amount"},
				{"HugeAmount", BudgetEntryInput{Amount: maxPriceMinor + 1}, "amount"},
				{"UnknownCurrency", BudgetEntryInput{Amount: 100, Currency: "XXX"}, "currency"},
				{"UnknownCategory", BudgetEntryInput{Amount: 100, Category: "spaceship"}, "category"},
				{"UnknownSellerKind", BudgetEntryInput{Amount: 100, SellerKind: "pirate"}, "seller_kind"},
				{"LongDescription", BudgetEntryInput{Amount: 100, Description: strings.Repeat("字", 201)}, "description"},
			} {
				t.Run(tc.name, func(t *testing.T) {
					_, err := f.S.AddBudgetEntry(ctxBG, f.A, tc.in)
					if fe := errs.FieldsOf(err); len(fe) != 1 || fe[0].Field != tc.field {
						t.Fatalf("err = %v, fields %v; want %s", err, fe, tc.field)
					}
				})
			}
		})
		t.Run("AcceptsLimits", func(t *testing.T) {
			in := BudgetEntryInput{Amount: 1, SpentOn: "2026-06-15", Category: "plush", SellerKind: "independent",
				Description: strings.Repeat("字", 200)}
			if e := f.mustEntry(t, f.A, in); e.Category != "plush" || e.SellerKind != "independent" {
				t.Errorf("entry = %+v", e)
			}
		})
		t.Run("UnknownUserNotFound", func(t *testing.T) {
			if _, err := f.S.AddBudgetEntry(ctxBG, 987654, BudgetEntryInput{Amount: 100}); !errs.Is(err, errs.NotFound) {
				t.Errorf("entry for nobody: %v", err)
			}
		})
	})
}

func TestPrepareEntryWithoutRate(t *testing.T) {
	b := &budgetBasis{currency: "CNY", rates: money.Rates{"EUR": 0.13}, today: "2026-06-15"}
	_, err := b.prepare(BudgetEntryInput{Amount: 100, Currency: "USD"}, EntryManual, time.Now())
	fe := errs.FieldsOf(err)
	if len(fe) != 1 || fe[0].Field != "currency" || fe[0].Message != "no exchange rate from USD to CNY" {
		t.Fatalf("err = %v, fields %v; want no exchange rate on currency", err, fe)
	}
	if e, err := b.prepare(BudgetEntryInput{Amount: 100, Currency: "EUR"}, EntryManual, time.Now()); err != nil || e.HomeAmount != 769 {
		t.Errorf("1 EUR = %+v, %v; want 7.69 CNY", e, err)
	}
}

func TestDeleteBudgetEntry(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		t.Run("RemovesOwnEntry", func(t *testing.T) {
			e := f.mustEntry(t, f.A, BudgetEntryInput{Amount: 300})
			if err := f.S.DeleteBudgetEntry(ctxBG, f.A, e.ID); err != nil {
				t.Fatal(err)
			}
			if m := f.mustMonth(t, f.A, ""); len(m.Entries) != 0 || m.Spent != 0 {
				t.Errorf("deleted entry still counted: %+v", m)
			}
			if err := f.S.DeleteBudgetEntry(ctxBG, f.A, e.ID); !errs.Is(err, errs.NotFound) {
				t.Errorf("second delete: %v, want NotFound", err)
			}
		})
		t.Run("KeepsPlatformPurchases", func(t *testing.T) {
			e, err := f.S.LogPurchase(ctxBG, Purchase{OwnerID: f.A, Ref: "order:keep", Amount: 100, Currency: "CNY"})
			if err != nil {
				t.Fatal(err)
			}
			if err := f.S.DeleteBudgetEntry(ctxBG, f.A, e.ID); !errs.Is(err, errs.Conflict) {
				t.Errorf("delete platform purchase: %v, want Conflict", err)
			}
		})
	})
}

func TestBudgetOwnerOnly(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		a := f.mustEntry(t, f.A, BudgetEntryInput{Amount: 5000, Category: "plush"})
		if _, err := f.S.LogPurchase(ctxBG, Purchase{OwnerID: f.A, Ref: "order:1", Amount: 700, Currency: "CNY"}); err != nil {
			t.Fatal(err)
		}
		b := f.mustEntry(t, f.B, BudgetEntryInput{Amount: 100})

		t.Run("OtherCannotDelete", func(t *testing.T) {
			if err := f.S.DeleteBudgetEntry(ctxBG, f.B, a.ID); !errs.Is(err, errs.NotFound) {
				t.Fatalf("B deletes A's entry: %v, want NotFound", err)
			}
			if m := f.mustMonth(t, f.A, ""); len(m.Entries) != 2 {
				t.Errorf("A's month after B's delete: %d entries, want 2", len(m.Entries))
			}
		})
		t.Run("MonthShowsOwnEntriesOnly", func(t *testing.T) {
			m := f.mustMonth(t, f.B, "")
			if len(m.Entries) != 1 || m.Entries[0].ID != b.ID || m.Spent != 100 {
				t.Errorf("B's month = %+v, want only B's entry", m)
			}
			if h, err := f.S.BudgetHistory(ctxBG, f.B, 1); err != nil || h[0].Spent != 100 {
				t.Errorf("B's history = %+v, %v; want 100", h, err)
			}
		})
		t.Run("RefsArePerOwner", func(t *testing.T) {
			e, err := f.S.LogPurchase(ctxBG, Purchase{OwnerID: f.B, Ref: "order:1", Amount: 900, Currency: "USD"})
			if err != nil || e.Amount != 900 {
				t.Fatalf("B logs a ref A used: %+v, %v", e, err)
			}
			if m := f.mustMonth(t, f.A, ""); m.Spent != 5700 {
				t.Errorf("A spent %d after B's purchase, want 5700", m.Spent)
			}
		})
		t.Run("ItemMustBeTheBuyers", func(t *testing.T) {
			_, figures := f.blindBoxSeries(t)
			it := f.mustItem(t, f.A, figures[0].ID)
			_, err := f.S.LogPurchase(ctxBG, Purchase{OwnerID: f.B, Ref: "order:2", Amount: 100, Currency: "USD", ItemID: it.ID})
			if fe := errs.FieldsOf(err); len(fe) != 1 || fe[0].Field != "item_id" {
				t.Fatalf("B logs against A's item: %v", err)
			}
		})
	})
}
