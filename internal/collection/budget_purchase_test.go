package collection

import (
	"database/sql"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
)

// countRef counts owner's entries with ref.
func (f *fixture) countRef(t testing.TB, owner int64, ref string) int {
	t.Helper()
	var n int
	if err := f.DB.R.QueryRowContext(ctxBG, `SELECT COUNT(*) FROM budget_entries WHERE owner_id = $1 AND ref = $2`, owner, ref).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestLogPurchase(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)

		t.Run("SameRefRecordedOnce", func(t *testing.T) {
			p := Purchase{OwnerID: f.A, Ref: "order:42", Amount: 5900, Currency: "CNY", SpentOn: f.Now.Add(-48 * time.Hour)}
			first, err := f.S.LogPurchase(ctxBG, p)
			if err != nil {
				t.Fatal(err)
			}
			if first.Source != EntryPlatform || first.Ref != "order:42" || first.SpentOn != "2026-06-13" || first.SellerKind != "other" {
				t.Errorf("entry = %+v", first)
			}
			p.Amount = 9999 // a retry never rewrites what was recorded
			again, err := f.S.LogPurchase(ctxBG, p)
			if err != nil || again.ID != first.ID || again.Amount != 5900 {
				t.Fatalf("again = %+v, %v; want entry %d unchanged", again, err, first.ID)
			}
			if n := f.countRef(t, f.A, "order:42"); n != 1 {
				t.Errorf("%d rows for one ref", n)
			}
		})
		t.Run("ConcurrentSameRefOneRow", func(t *testing.T) {
			const callers = 20
			ids := make([]int64, callers)
			errList := make([]error, callers)
			var wg sync.WaitGroup
			for i := range callers {
				wg.Go(func() {
					e, err := f.S.LogPurchase(ctxBG, Purchase{OwnerID: f.A, Ref: "drop:7", Amount: 12800, Currency: "CNY"})
					errList[i] = err
					if err == nil {
						ids[i] = e.ID
					}
				})
			}
			wg.Wait()
			for i := range callers {
				if errList[i] != nil || ids[i] != ids[0] {
					t.Fatalf("caller %d: id %d err %v; caller 0 got %d", i, ids[i], errList[i], ids[0])
				}
			}
			if n := f.countRef(t, f.A, "drop:7"); n != 1 {
				t.Errorf("%d rows for one ref logged by %d callers", n, callers)
			}
		})
		t.Run("DerivesFromTheCharm", func(t *testing.T) {
			for i, tc := range []struct{ studio, seller string }{
				{"ip_brand", "brand"}, {"independent", "independent"}, {"museum", "museum"},
			} {
				charm, category := f.charmByStudioKind(t, tc.studio)
				e, err := f.S.LogPurchase(ctxBG, Purchase{OwnerID: f.A, Ref: fmt.Sprintf("derive:%d", i), Amount: 100, Currency: "CNY", CharmID: charm})
				if err != nil {
					t.Fatal(err)
				}
				if e.Category != category || e.SellerKind != tc.seller {
					t.Errorf("%s charm: category %q seller %q, want %q %q", tc.studio, e.Category, e.SellerKind, category, tc.seller)
				}
			}
		})
		t.Run("SellerKindOverrides", func(t *testing.T) {
			charm, _ := f.charmByStudioKind(t, "ip_brand")
			e, err := f.S.LogPurchase(ctxBG, Purchase{OwnerID: f.A, Ref: "order:resale", Amount: 100, Currency: "CNY", CharmID: charm, SellerKind: "secondhand"})
			if err != nil || e.SellerKind != "secondhand" {
				t.Fatalf("entry = %+v, %v; want secondhand", e, err)
			}
		})
		t.Run("InCallersTransaction", func(t *testing.T) {
			p := Purchase{OwnerID: f.A, Ref: "order:tx", Amount: 2500, Currency: "CNY"}
			rollback := errors.New("order failed")
			err := f.DB.Tx(ctxBG, func(tx *sql.Tx) error {
				if _, err := f.S.LogPurchaseTx(ctxBG, tx, p); err != nil {
					return err
				}
				return rollback
			})
			if err != rollback || f.countRef(t, f.A, "order:tx") != 0 {
				t.Fatalf("rolled-back order left %d entries (err %v)", f.countRef(t, f.A, "order:tx"), err)
			}
			var first, second *BudgetEntry
			err = f.DB.Tx(ctxBG, func(tx *sql.Tx) error {
				var err error
				if first, err = f.S.LogPurchaseTx(ctxBG, tx, p); err != nil {
					return err
				}
				second, err = f.S.LogPurchaseTx(ctxBG, tx, p)
				return err
			})
			if err != nil || first.ID != second.ID || f.countRef(t, f.A, "order:tx") != 1 {
				t.Fatalf("committed order: %+v %+v, %v", first, second, err)
			}
		})
		t.Run("Rejects", func(t *testing.T) {
			for _, tc := range []struct {
				name  string
				p     Purchase
				field string
			}{
				{"NoRef", Purchase{OwnerID: f.A, Ref: "  ", Amount: 100}, "ref"},
				{"NoOwner", Purchase{Ref: "x", Amount: 100}, "owner_id"},
				{"UnknownCharm", Purchase{OwnerID: f.A, Ref: "x", Amount: 100, CharmID: 999999999}, "charm_id"},
				{"ZeroAmount", Purchase{OwnerID: f.A, Ref: "x"}, "amount"},
				{"FutureDate", Purchase{OwnerID: f.A, Ref: "x", Amount: 100, SpentOn: f.Now.AddDate(0, 0, 2)}, "spent_on"},
			} {
				t.Run(tc.name, func(t *testing.T) {
					_, err := f.S.LogPurchase(ctxBG, tc.p)
					if fe := errs.FieldsOf(err); len(fe) != 1 || fe[0].Field != tc.field {
						t.Fatalf("err = %v, fields %v; want %s", err, fe, tc.field)
					}
				})
			}
			if n := f.countRef(t, f.A, "x"); n != 0 {
				t.Errorf("a rejected purchase was written")
			}
		})
	})
}

func TestItemPurchaseLogged(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		brand, brandCategory := f.charmByStudioKind(t, "ip_brand")
		indie, _ := f.charmByStudioKind(t, "independent")
		logIt := func(in *ItemInput) { in.LogPurchase = true }

		shop := f.mustItem(t, f.A, brand, logIt)
		trade := f.mustItem(t, f.A, indie, logIt, func(in *ItemInput) { in.Source = "trade"; in.PricePaid = 3000 })
		gift := f.mustItem(t, f.A, 0, logIt, func(in *ItemInput) {
			in.Title, in.Category, in.Source, in.AcquiredOn, in.PricePaid = "Hand-knit bunny", "crochet", "gift", "", 1500
		})
		f.mustItem(t, f.A, indie) // not logged

		may := f.mustMonth(t, f.A, "2026-05")
		if len(may.Entries) != 2 || may.Spent != 5900+3000 {
			t.Fatalf("May = %d entries, spent %d; want the shop and trade items", len(may.Entries), may.Spent)
		}
		byItem := map[int64]BudgetEntry{}
		for _, e := range append(may.Entries, f.mustMonth(t, f.A, "2026-06").Entries...) {
			byItem[e.ItemID] = e
		}
		for _, tc := range []struct {
			name                  string
			item                  int64
			on, cat, seller, desc string
			amount                int64
		}{
			{"ShopItemByStudio", shop.ID, "2026-05-01", brandCategory, "brand", shop.Name, 5900},
			{"TradedItemSecondhand", trade.ID, "2026-05-01", trade.Category, "secondhand", trade.Name, 3000},
			{"OneOffDatedToday", gift.ID, "2026-06-15", "crochet", "other", "Hand-knit bunny", 1500},
		} {
			t.Run(tc.name, func(t *testing.T) {
				e, ok := byItem[tc.item]
				if !ok {
					t.Fatalf("no entry for item %d", tc.item)
				}
				want := BudgetEntry{SpentOn: tc.on, Category: tc.cat, SellerKind: tc.seller, Description: tc.desc, Amount: tc.amount, Source: EntryManual}
				got := BudgetEntry{SpentOn: e.SpentOn, Category: e.Category, SellerKind: e.SellerKind, Description: e.Description, Amount: e.Amount, Source: e.Source}
				if got != want || tc.cat == "" {
					t.Errorf("entry = %+v, want %+v", got, want)
				}
			})
		}
		if len(byItem) != 3 {
			t.Errorf("%d logged items, want 3", len(byItem))
		}
	})
}
