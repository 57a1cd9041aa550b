package api_test

import (
	"fmt"
	"net/http"
	"testing"

	"github.com/charmory/charmory/internal/api"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
)

func TestCollectionWishlist(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newEnv(t, d)
		var wish api.Wish
		r := e.do(http.MethodPost, "/api/v1/collection/wishlist", e.aliceKey, map[string]any{"charm_id": e.berry.ID, "priority": 1, "max_price": 20000})
		r.decode(t, http.StatusCreated, &wish)
		if wish.Charm.ID != e.berry.ID || wish.Priority != 1 || wish.MaxPrice == nil || wish.MaxPrice.Amount != 20000 {
			t.Fatalf("wish %+v", wish)
		}
		e.do(http.MethodPost, "/api/v1/collection/wishlist", e.aliceKey, map[string]any{"charm_id": e.berry.ID}).problem(t, http.StatusConflict)

		t.Run("PrivateUntilMadePublic", func(t *testing.T) {
			e.do(http.MethodGet, "/api/v1/collectors/alice/wishlist", "", nil).problem(t, http.StatusNotFound)
			e.do(http.MethodGet, "/api/v1/collectors/alice/wishlist", e.aliceKey, nil).decode(t, http.StatusOK, nil)
			var st api.CollectionSettings
			e.do(http.MethodGet, "/api/v1/collection/settings", e.aliceKey, nil).decode(t, http.StatusOK, &st)
			st.WishlistPublic = true
			e.do(http.MethodPut, "/api/v1/collection/settings", e.aliceKey, st).decode(t, http.StatusOK, &st)
			if !st.WishlistPublic {
				t.Fatalf("settings %+v, want a public wishlist", st)
			}
			var pub struct{ Items []api.Wish }
			e.do(http.MethodGet, "/api/v1/collectors/alice/wishlist", "", nil).decode(t, http.StatusOK, &pub)
			if len(pub.Items) != 1 || pub.Items[0].ID != wish.ID {
				t.Errorf("public wishlist %+v, want alice's wish", pub.Items)
			}
			// The collection itself stays private.
			var items itemPage
			e.do(http.MethodGet, "/api/v1/collection/items", e.bobKey, nil).decode(t, http.StatusOK, &items)
			if items.Total != 0 {
				t.Errorf("bob sees %d items", items.Total)
			}
			e.do(http.MethodGet, "/api/v1/collectors/nobody/wishlist", "", nil).problem(t, http.StatusNotFound)
		})

		t.Run("UpdateKeepsTheCharm", func(t *testing.T) {
			var up api.Wish
			e.do(http.MethodPut, fmt.Sprintf("/api/v1/collection/wishlist/%d", wish.ID), e.aliceKey,
				map[string]any{"priority": 2, "note": "any condition"}).decode(t, http.StatusOK, &up)
			if up.Priority != 2 || up.Note != "any condition" || up.Charm.ID != e.berry.ID {
				t.Errorf("updated %+v", up)
			}
		})

		t.Run("AnItemFulfilsIt", func(t *testing.T) {
			it := e.mustItem(t, e.aliceKey, map[string]any{"charm_id": e.berry.ID})
			var open, withDone struct{ Items []api.Wish }
			e.do(http.MethodGet, "/api/v1/collection/wishlist", e.aliceKey, nil).decode(t, http.StatusOK, &open)
			if len(open.Items) != 0 {
				t.Errorf("open wishes %+v, want none", open.Items)
			}
			e.do(http.MethodGet, "/api/v1/collection/wishlist?fulfilled=true", e.aliceKey, nil).decode(t, http.StatusOK, &withDone)
			if len(withDone.Items) != 1 || withDone.Items[0].FulfilledBy != it.ID {
				t.Errorf("wishes %+v, want fulfilled by %d", withDone.Items, it.ID)
			}
		})

		t.Run("Delete", func(t *testing.T) {
			p := fmt.Sprintf("/api/v1/collection/wishlist/%d", wish.ID)
			if r := e.do(http.MethodDelete, p, e.aliceKey, nil); r.Code != http.StatusNoContent {
				t.Fatalf("delete: %d %s", r.Code, r.Body.String())
			}
			e.do(http.MethodDelete, p, e.aliceKey, nil).problem(t, http.StatusNotFound)
		})
	})
}

func TestCollectionBudget(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newEnv(t, d)
		var st api.CollectionSettings
		e.do(http.MethodPut, "/api/v1/collection/settings", e.aliceKey,
			map[string]any{"monthly_allowance": 10000, "budget_currency": "CNY", "wishlist_public": false}).decode(t, http.StatusOK, &st)
		if st.MonthlyAllowance != 10000 || st.BudgetCurrency != "CNY" {
			t.Fatalf("settings %+v", st)
		}

		var entry api.BudgetEntry
		e.do(http.MethodPost, "/api/v1/collection/budget/entries", e.aliceKey,
			map[string]any{"amount": 8500, "currency": "CNY", "seller_kind": "independent", "category": "plush", "description": "felt fox"}).
			decode(t, http.StatusCreated, &entry)
		if entry.Amount.Amount != 8500 || entry.HomeAmount.Amount != 8500 || entry.SellerKind != "independent" || entry.Source != "manual" {
			t.Errorf("entry %+v", entry)
		}

		t.Run("WarnsAt80Percent", func(t *testing.T) {
			var m api.BudgetMonth
			e.do(http.MethodGet, "/api/v1/collection/budget", e.aliceKey, nil).decode(t, http.StatusOK, &m)
			if m.Spent.Amount != 8500 || m.Remaining.Amount != 1500 || m.Level != "warn" || len(m.Entries) != 1 {
				t.Errorf("month %+v, want 8500 spent and a warning", m)
			}
			if len(m.BySellerKind) == 0 || m.BySellerKind[0].Key != "independent" {
				t.Errorf("by seller kind %+v", m.BySellerKind)
			}
		})

		t.Run("HistoryHasTheMonths", func(t *testing.T) {
			var h struct{ Items []api.MonthTotal }
			e.do(http.MethodGet, "/api/v1/collection/budget/history?months=3", e.aliceKey, nil).decode(t, http.StatusOK, &h)
			if len(h.Items) != 3 || h.Items[2].Spent.Amount != 8500 || h.Items[0].Spent.Amount != 0 {
				t.Errorf("history %+v, want 3 months ending with this one", h.Items)
			}
		})

		t.Run("DeleteEntry", func(t *testing.T) {
			p := fmt.Sprintf("/api/v1/collection/budget/entries/%d", entry.ID)
			if r := e.do(http.MethodDelete, p, e.aliceKey, nil); r.Code != http.StatusNoContent {
				t.Fatalf("delete: %d %s", r.Code, r.Body.String())
			}
			var m api.BudgetMonth
			e.do(http.MethodGet, "/api/v1/collection/budget", e.aliceKey, nil).decode(t, http.StatusOK, &m)
			if m.Spent.Amount != 0 || m.Level != "ok" {
				t.Errorf("month %+v after delete", m)
			}
		})

		t.Run("ValueAndBalance", func(t *testing.T) {
			e.mustItem(t, e.aliceKey, map[string]any{"charm_id": e.lion.ID, "price_paid": 5000, "currency": "CNY"})
			var v api.ValueReport
			e.do(http.MethodGet, "/api/v1/collection/value?currency=CNY", e.aliceKey, nil).decode(t, http.StatusOK, &v)
			if v.Currency != "CNY" || v.Total.Amount != e.lion.ListPrice || v.Cost.Amount != 5000 ||
				v.Gain.Amount != e.lion.ListPrice-5000 || v.Source != "list_price" || len(v.Items) != 1 {
				t.Errorf("value %+v, want the lion at list price", v)
			}
			var b api.Balance
			e.do(http.MethodGet, "/api/v1/collection/balance", e.aliceKey, nil).decode(t, http.StatusOK, &b)
			if b.Items != 1 || len(b.Categories) != 1 || b.Categories[0].Key != "metal_enamel" || b.Categories[0].Percent != 100 {
				t.Errorf("balance %+v", b)
			}
		})
	})
}
