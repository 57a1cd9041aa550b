package api_test

import (
	"fmt"
	"net/http"
	"slices"
	"testing"

	"github.com/charmory/charmory/internal/api"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
)

func TestCollectionItems(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newEnv(t, d)

		r := e.do(http.MethodPost, "/api/v1/collection/items", e.aliceKey, map[string]any{
			"charm_id": e.lychee.ID, "acquired_on": "2025-11-02", "source": "blind_box", "price_paid": 6900,
			"currency": "CNY", "memory": "first box of the trip",
		})
		var first api.Item
		r.decode(t, http.StatusCreated, &first)
		path := fmt.Sprintf("/api/v1/collection/items/%d", first.ID)
		if r.Header().Get("Location") != path {
			t.Errorf("Location %q, want %q", r.Header().Get("Location"), path)
		}
		if first.Charm == nil || first.Charm.ID != e.lychee.ID || first.Name != "Lychee Berry" || first.Condition != "mint" ||
			first.Status != "stored" || first.Visibility != "private" || first.Paid.Amount != 6900 || first.Paid.Display == "" {
			t.Errorf("created %+v, want the lychee with defaults", first)
		}
		second := e.mustItem(t, e.aliceKey, map[string]any{"charm_id": e.lychee.ID, "condition": "opened"})
		oneOff := e.mustItem(t, e.aliceKey, map[string]any{"title": "Crochet cat from Grandma", "category": "plush",
			"materials": []string{"plush_fabric"}, "source": "gift"})
		if oneOff.Charm != nil || oneOff.Name != "Crochet cat from Grandma" {
			t.Errorf("one-off %+v", oneOff)
		}

		t.Run("TwoCopiesAreTwoItems", func(t *testing.T) {
			var page itemPage
			e.do(http.MethodGet, "/api/v1/collection/items", e.aliceKey, nil).decode(t, http.StatusOK, &page)
			if page.Total != 3 || !slices.Contains(itemIDs(page.Items), first.ID) || !slices.Contains(itemIDs(page.Items), second.ID) {
				t.Errorf("items %v (total %d), want all three", itemIDs(page.Items), page.Total)
			}
			var dups itemPage
			e.do(http.MethodGet, "/api/v1/collection/duplicates", e.aliceKey, nil).decode(t, http.StatusOK, &dups)
			if !slices.Equal(itemIDs(dups.Items), []int64{second.ID}) {
				t.Errorf("duplicates %v, want the opened copy %d", itemIDs(dups.Items), second.ID)
			}
		})

		t.Run("FiltersAndPages", func(t *testing.T) {
			var page itemPage
			e.do(http.MethodGet, "/api/v1/collection/items?condition=opened", e.aliceKey, nil).decode(t, http.StatusOK, &page)
			if !slices.Equal(itemIDs(page.Items), []int64{second.ID}) {
				t.Errorf("opened items %v, want [%d]", itemIDs(page.Items), second.ID)
			}
			e.do(http.MethodGet, fmt.Sprintf("/api/v1/collection/items?series=%d", e.macaron.ID), e.aliceKey, nil).decode(t, http.StatusOK, &page)
			if page.Total != 2 || slices.Contains(itemIDs(page.Items), oneOff.ID) {
				t.Errorf("series items %v, want the two lychees", itemIDs(page.Items))
			}
			var p1, p2 itemPage
			e.do(http.MethodGet, "/api/v1/collection/items?limit=2", e.aliceKey, nil).decode(t, http.StatusOK, &p1)
			if len(p1.Items) != 2 || p1.Next == "" || p1.Total != 3 {
				t.Fatalf("first page %+v", p1)
			}
			e.do(http.MethodGet, "/api/v1/collection/items?limit=2&cursor="+p1.Next, e.aliceKey, nil).decode(t, http.StatusOK, &p2)
			if len(p2.Items) != 1 || slices.Contains(itemIDs(p1.Items), p2.Items[0].ID) {
				t.Errorf("second page %v after %v", itemIDs(p2.Items), itemIDs(p1.Items))
			}
		})

		t.Run("UpdateChecksVersion", func(t *testing.T) {
			body := map[string]any{"charm_id": e.lychee.ID, "condition": "worn", "visibility": "public", "version": first.Version}
			var up api.Item
			e.do(http.MethodPut, path, e.aliceKey, body).decode(t, http.StatusOK, &up)
			if up.Condition != "worn" || up.Visibility != "public" || up.Version <= first.Version {
				t.Errorf("updated %+v", up)
			}
			body["condition"] = "damaged" // still the old version
			e.do(http.MethodPut, path, e.aliceKey, body).problem(t, http.StatusConflict)
			if got := e.getItem(t, e.aliceKey, first.ID); got.Condition != "worn" {
				t.Errorf("condition %q after a refused update, want worn", got.Condition)
			}
		})

		t.Run("StatusChangesAreHistory", func(t *testing.T) {
			var it api.Item
			e.do(http.MethodPost, path+"/status", e.aliceKey, map[string]any{"status": "lent", "note": "to Mei"}).decode(t, http.StatusOK, &it)
			if it.Status != "lent" {
				t.Errorf("status %q, want lent", it.Status)
			}
			var hist struct{ Items []api.StatusChange }
			e.do(http.MethodGet, path+"/history", e.aliceKey, nil).decode(t, http.StatusOK, &hist)
			if len(hist.Items) != 2 || hist.Items[0].Status != "lent" || hist.Items[0].Note != "to Mei" || hist.Items[1].Status != "stored" {
				t.Errorf("history %+v, want lent then stored", hist.Items)
			}
		})

		t.Run("OthersReadOnlyPublicItems", func(t *testing.T) {
			// first was made public above; second stays private.
			e.getItem(t, e.bobKey, first.ID)
			e.do(http.MethodGet, fmt.Sprintf("/api/v1/collection/items/%d", second.ID), e.bobKey, nil).problem(t, http.StatusNotFound)
		})

		t.Run("CareFollowsMaterials", func(t *testing.T) {
			var care struct{ Items []api.CareTask }
			e.do(http.MethodGet, fmt.Sprintf("/api/v1/collection/items/%d/care", oneOff.ID), e.aliceKey, nil).decode(t, http.StatusOK, &care)
			if len(care.Items) == 0 || care.Items[0].Task != "spot_clean" {
				t.Fatalf("care %+v, want spot_clean for plush", care.Items)
			}
			e.do(http.MethodPost, fmt.Sprintf("/api/v1/collection/items/%d/care", oneOff.ID), e.aliceKey,
				map[string]any{"task": "spot_clean"}).decode(t, http.StatusOK, &care)
			if care.Items[0].LastDone == "" || care.Items[0].Due {
				t.Errorf("after care %+v, want done and not due", care.Items[0])
			}
			e.do(http.MethodPost, fmt.Sprintf("/api/v1/collection/items/%d/care", oneOff.ID), e.aliceKey,
				map[string]any{"task": "polish_metal"}).problem(t, http.StatusUnprocessableEntity)
		})

		t.Run("DeleteRemovesIt", func(t *testing.T) {
			p := fmt.Sprintf("/api/v1/collection/items/%d", second.ID)
			r := e.do(http.MethodDelete, p, e.aliceKey, nil)
			if r.Code != http.StatusNoContent || r.Body.Len() != 0 {
				t.Fatalf("delete: %d %q", r.Code, r.Body.String())
			}
			e.do(http.MethodGet, p, e.aliceKey, nil).problem(t, http.StatusNotFound)
			e.do(http.MethodDelete, p, e.aliceKey, nil).problem(t, http.StatusNotFound)
		})
	})
}

func TestCollectionValidation(t *testing.T) {
	e := newEnv(t, dbtest.MustOpen(t, db.SQLite))
	it := e.mustItem(t, e.aliceKey, map[string]any{"charm_id": e.lion.ID})
	for _, tc := range []struct {
		name, method, path string
		body               any
		want               []string
	}{
		{"OneOffNeedsTitle", http.MethodPost, "/collection/items", map[string]any{"category": "plush"}, []string{"body.title"}},
		{"UnknownCondition", http.MethodPost, "/collection/items", map[string]any{"charm_id": e.lion.ID, "condition": "shiny"}, []string{"body.condition"}},
		{"UnknownMaterial", http.MethodPost, "/collection/items", map[string]any{"title": "x", "materials": []string{"gold_leaf_x"}}, []string{"body.materials[0]"}},
		{"FutureDate", http.MethodPost, "/collection/items", map[string]any{"charm_id": e.lion.ID, "acquired_on": "2999-01-01"}, []string{"body.acquired_on"}},
		{"UnknownCharm", http.MethodPost, "/collection/items", map[string]any{"charm_id": 999999}, []string{"body.charm_id"}},
		{"NegativePrice", http.MethodPost, "/collection/items", map[string]any{"charm_id": e.lion.ID, "price_paid": -5}, []string{"body.price_paid"}},
		{"UpdatePointsAtBody", http.MethodPut, fmt.Sprintf("/collection/items/%d", it.ID), map[string]any{"charm_id": e.lion.ID, "currency": "XXX"}, []string{"body.currency"}},
		{"UnknownStatus", http.MethodPost, fmt.Sprintf("/collection/items/%d/status", it.ID), map[string]any{"status": "sold"}, []string{"body.status"}},
		{"UnknownListFilter", http.MethodGet, "/collection/items?status=sold", nil, []string{"query.status"}},
		{"BadCursor", http.MethodGet, "/collection/items?cursor=!!", nil, []string{"query.cursor"}},
		{"WishNeedsCharm", http.MethodPost, "/collection/wishlist", map[string]any{"priority": 1}, []string{"body.charm_id"}},
		{"WishPriority", http.MethodPost, "/collection/wishlist", map[string]any{"charm_id": e.lion.ID, "priority": 9}, []string{"body.priority"}},
		{"BoxName", http.MethodPost, "/collection/boxes", map[string]any{"name": ""}, []string{"body.name"}},
		{"BudgetAmount", http.MethodPost, "/collection/budget/entries", map[string]any{"amount": 0}, []string{"body.amount"}},
		{"BudgetSeller", http.MethodPost, "/collection/budget/entries", map[string]any{"amount": 100, "seller_kind": "friend"}, []string{"body.seller_kind"}},
		{"BudgetMonth", http.MethodGet, "/collection/budget?month=May", nil, []string{"query.month"}},
		{"SettingsAllowance", http.MethodPut, "/collection/settings", map[string]any{"monthly_allowance": -1, "budget_currency": "CNY", "wishlist_public": false}, []string{"body.monthly_allowance"}},
		{"ExportFormat", http.MethodGet, "/collection/export?format=xml", nil, []string{"query.format"}},
		{"ImportTarget", http.MethodPost, "/collection/import/preview", map[string]any{"csv": "a\n1\n", "mapping": map[string]string{"colour": "a"}}, []string{"body.mapping.colour"}},
		{"ImportChoice", http.MethodPost, "/collection/import", map[string]any{"csv": "a\n1\n", "choices": map[string]int64{"two": 1}}, []string{"body.choices.two"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := e.do(tc.method, "/api/v1"+tc.path, e.aliceKey, tc.body).problem(t, http.StatusUnprocessableEntity)
			got := p.locations()
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("locations %v lack %s", got, w)
				}
			}
		})
	}
	t.Run("NothingWasWritten", func(t *testing.T) {
		var page itemPage
		e.do(http.MethodGet, "/api/v1/collection/items", e.aliceKey, nil).decode(t, http.StatusOK, &page)
		if page.Total != 1 {
			t.Errorf("%d items after refused creates, want 1", page.Total)
		}
	})
}
