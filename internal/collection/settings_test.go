package collection

import (
	"testing"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
)

func TestSettings(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)

		t.Run("DefaultsFollowTheUser", func(t *testing.T) {
			for _, tc := range []struct {
				owner    int64
				currency string
			}{{f.A, "CNY"}, {f.B, "USD"}} {
				st, err := f.S.Settings(ctxBG, tc.owner)
				if err != nil {
					t.Fatalf("settings: %v", err)
				}
				want := Settings{MonthlyAllowance: 0, BudgetCurrency: tc.currency, WishlistPublic: false}
				if *st != want {
					t.Errorf("defaults = %+v, want %+v", *st, want)
				}
			}
		})
		t.Run("SavesAndUpdates", func(t *testing.T) {
			u := mustUser(t, d, "saver", "CNY")
			for _, in := range []Settings{
				{MonthlyAllowance: 80000, BudgetCurrency: "eur ", WishlistPublic: true},
				{MonthlyAllowance: 0, BudgetCurrency: "JPY", WishlistPublic: false},
			} {
				got, err := f.S.UpdateSettings(ctxBG, u, in)
				if err != nil {
					t.Fatalf("update %+v: %v", in, err)
				}
				read, err := f.S.Settings(ctxBG, u)
				if err != nil || *read != *got {
					t.Fatalf("read back %+v, %v; update returned %+v", read, err, got)
				}
				if got.MonthlyAllowance != in.MonthlyAllowance || got.WishlistPublic != in.WishlistPublic {
					t.Errorf("saved %+v from %+v", got, in)
				}
			}
			if st, _ := f.S.Settings(ctxBG, u); st.BudgetCurrency != "JPY" {
				t.Errorf("currency = %q after the second save, want JPY", st.BudgetCurrency)
			}
		})
		t.Run("EmptyCurrencyIsTheUsers", func(t *testing.T) {
			u := mustUser(t, d, "usd-saver", "USD")
			st, err := f.S.UpdateSettings(ctxBG, u, Settings{MonthlyAllowance: 5000})
			if err != nil || st.BudgetCurrency != "USD" {
				t.Fatalf("settings = %+v, %v; want USD", st, err)
			}
		})
		t.Run("RejectsBadFields", func(t *testing.T) {
			for _, tc := range []struct {
				name  string
				in    Settings
				field string
			}{
				{"NegativeAllowance", Settings{MonthlyAllowance: -1, BudgetCurrency: "CNY"}, "monthly_allowance"},
				{"HugeAllowance", Settings{MonthlyAllowance: maxAllowanceMinor + 1, BudgetCurrency: "CNY"}, "monthly_allowance"},
				{"UnknownCurrency", Settings{MonthlyAllowance: 100, BudgetCurrency: "XXX"}, "budget_currency"},
			} {
				t.Run(tc.name, func(t *testing.T) {
					_, err := f.S.UpdateSettings(ctxBG, f.A, tc.in)
					if fe := errs.FieldsOf(err); len(fe) != 1 || fe[0].Field != tc.field {
						t.Fatalf("err = %v, fields %v; want %s", err, fe, tc.field)
					}
				})
			}
			if st, _ := f.S.Settings(ctxBG, f.A); st.MonthlyAllowance != 0 {
				t.Errorf("a rejected update was saved: %+v", st)
			}
		})
		t.Run("UnknownUserNotFound", func(t *testing.T) {
			if _, err := f.S.Settings(ctxBG, 987654); !errs.Is(err, errs.NotFound) {
				t.Errorf("settings of nobody: %v", err)
			}
			if _, err := f.S.UpdateSettings(ctxBG, 987654, Settings{BudgetCurrency: "CNY"}); !errs.Is(err, errs.NotFound) {
				t.Errorf("update of nobody: %v", err)
			}
		})
		t.Run("OwnerOnly", func(t *testing.T) {
			if _, err := f.S.UpdateSettings(ctxBG, f.B, Settings{MonthlyAllowance: 777, BudgetCurrency: "USD", WishlistPublic: true}); err != nil {
				t.Fatal(err)
			}
			st, err := f.S.Settings(ctxBG, f.A)
			if err != nil || st.MonthlyAllowance == 777 || st.WishlistPublic {
				t.Errorf("B's update reached A: %+v, %v", st, err)
			}
		})
	})
}
