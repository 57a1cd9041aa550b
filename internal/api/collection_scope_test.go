package api_test

import (
	"fmt"
	"net/http"
	"reflect"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/api"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
)

// aliceData is what alice keeps, for bob to try and reach.
type aliceData struct {
	box                     api.Box
	secret, copy2, pub      api.Item // two private copies of the lion, a public lychee
	photo                   api.Photo
	wish                    api.Wish
	entry                   api.BudgetEntry
	secretBefore, pubBefore api.Item
}

// aliceCollection fills alice's collection. Every name holds "Alice" so
// that a leak shows in any body.
func (e *env) aliceCollection(t *testing.T) *aliceData {
	t.Helper()
	a := &aliceData{}
	e.do(http.MethodPost, "/api/v1/collection/boxes", e.aliceKey, map[string]any{"name": "Alice's tin"}).decode(t, http.StatusCreated, &a.box)
	a.secret = e.mustItem(t, e.aliceKey, map[string]any{"charm_id": e.lion.ID, "title": "Alice Secret Lion",
		"memory": "Alice's first museum trip", "box_id": a.box.ID, "price_paid": 6900, "acquired_on": "2025-03-01"})
	a.copy2 = e.mustItem(t, e.aliceKey, map[string]any{"charm_id": e.lion.ID, "title": "Alice Spare Lion", "condition": "worn"})
	a.pub = e.mustItem(t, e.aliceKey, map[string]any{"charm_id": e.lychee.ID, "title": "Alice Public Lychee", "visibility": "public"})
	var photos photoPage
	e.uploadPhotos(t, e.aliceKey, a.secret.ID, upload{"lion.png", pngImage(t, 10)}).decode(t, http.StatusCreated, &photos)
	if len(photos.Items) != 1 {
		t.Fatalf("uploaded %d photos, want 1", len(photos.Items))
	}
	a.photo = photos.Items[0]
	e.do(http.MethodPost, "/api/v1/collection/wishlist", e.aliceKey, map[string]any{"charm_id": e.crane.ID, "note": "Alice wants the crane"}).decode(t, http.StatusCreated, &a.wish)
	e.do(http.MethodPost, "/api/v1/collection/budget/entries", e.aliceKey, map[string]any{"amount": 4500, "description": "Alice at the fair"}).decode(t, http.StatusCreated, &a.entry)
	a.secretBefore = e.getItem(t, e.aliceKey, a.secret.ID)
	a.pubBefore = e.getItem(t, e.aliceKey, a.pub.ID)
	return a
}

func TestCollectionOwnerScoping(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newEnv(t, d)
		a := e.aliceCollection(t)
		bobsItem := e.mustItem(t, e.bobKey, map[string]any{"charm_id": e.berry.ID})

		item := func(id int64, rest string) string { return fmt.Sprintf("/api/v1/collection/items/%d%s", id, rest) }
		valid := map[string]any{"charm_id": e.lion.ID, "title": "Bob's now", "visibility": "public"}
		reqs := []struct {
			name, method, path string
			body               any
		}{
			{"GetPrivateItem", http.MethodGet, item(a.secret.ID, ""), nil},
			{"UpdateItem", http.MethodPut, item(a.secret.ID, ""), valid},
			{"UpdatePublicItem", http.MethodPut, item(a.pub.ID, ""), valid},
			{"DeleteItem", http.MethodDelete, item(a.secret.ID, ""), nil},
			{"DeletePublicItem", http.MethodDelete, item(a.pub.ID, ""), nil},
			{"SetStatus", http.MethodPost, item(a.secret.ID, "/status"), map[string]any{"status": "for_sale"}},
			{"SetStatusOfPublicItem", http.MethodPost, item(a.pub.ID, "/status"), map[string]any{"status": "for_sale"}},
			{"History", http.MethodGet, item(a.secret.ID, "/history"), nil},
			{"Care", http.MethodGet, item(a.secret.ID, "/care"), nil},
			{"MarkCared", http.MethodPost, item(a.secret.ID, "/care"), map[string]any{"task": "polish_metal"}},
			{"MarkCaredOnPublicItem", http.MethodPost, item(a.pub.ID, "/care"), map[string]any{"task": "spot_clean"}},
			{"ReorderPhotos", http.MethodPut, item(a.secret.ID, "/photos/order"), map[string]any{"photo_ids": []int64{a.photo.ID}}},
			{"SetMainPhoto", http.MethodPost, item(a.secret.ID, fmt.Sprintf("/photos/%d/main", a.photo.ID)), nil},
			{"SetMainPhotoOfOwnItem", http.MethodPost, item(bobsItem.ID, fmt.Sprintf("/photos/%d/main", a.photo.ID)), nil},
			{"DeletePhoto", http.MethodDelete, fmt.Sprintf("/api/v1/collection/photos/%d", a.photo.ID), nil},
			{"GetPhoto", http.MethodGet, fmt.Sprintf("/api/v1/collection/photos/%d", a.photo.ID), nil},
			{"GetThumbnail", http.MethodGet, fmt.Sprintf("/api/v1/collection/photos/%d?thumb=true", a.photo.ID), nil},
			{"GetBox", http.MethodGet, fmt.Sprintf("/api/v1/collection/boxes/%d", a.box.ID), nil},
			{"DeleteBox", http.MethodDelete, fmt.Sprintf("/api/v1/collection/boxes/%d", a.box.ID), nil},
			{"UpdateWish", http.MethodPut, fmt.Sprintf("/api/v1/collection/wishlist/%d", a.wish.ID), map[string]any{"priority": 1}},
			{"DeleteWish", http.MethodDelete, fmt.Sprintf("/api/v1/collection/wishlist/%d", a.wish.ID), nil},
			{"DeleteBudgetEntry", http.MethodDelete, fmt.Sprintf("/api/v1/collection/budget/entries/%d", a.entry.ID), nil},
			{"PrivateWishlist", http.MethodGet, "/api/v1/collectors/alice/wishlist", nil},
		}
		for _, rq := range reqs {
			t.Run("OthersGet404/"+rq.name, func(t *testing.T) {
				e.do(rq.method, rq.path, e.bobKey, rq.body).problem(t, http.StatusNotFound)
			})
		}
		t.Run("OthersGet404/UploadPhoto", func(t *testing.T) {
			e.uploadPhotos(t, e.bobKey, a.secret.ID, upload{"mine.png", pngImage(t, 99)}).problem(t, http.StatusNotFound)
			e.uploadPhotos(t, e.bobKey, a.pub.ID, upload{"mine.png", pngImage(t, 99)}).problem(t, http.StatusNotFound)
		})
		t.Run("OthersBoxIsInvalid", func(t *testing.T) {
			p := e.do(http.MethodPost, "/api/v1/collection/items", e.bobKey, map[string]any{"charm_id": e.lion.ID, "box_id": a.box.ID}).
				problem(t, http.StatusUnprocessableEntity)
			if got := p.locations(); len(got) != 1 || got[0] != "body.box_id" {
				t.Errorf("locations %v, want [body.box_id]", got)
			}
		})

		t.Run("AlicesDataIsUnchanged", func(t *testing.T) {
			if got := e.getItem(t, e.aliceKey, a.secret.ID); !reflect.DeepEqual(got, a.secretBefore) {
				t.Errorf("secret item now %+v\nwas %+v", got, a.secretBefore)
			}
			if got := e.getItem(t, e.aliceKey, a.pub.ID); !reflect.DeepEqual(got, a.pubBefore) {
				t.Errorf("public item now %+v\nwas %+v", got, a.pubBefore)
			}
			var hist struct{ Items []api.StatusChange }
			e.do(http.MethodGet, item(a.secret.ID, "/history"), e.aliceKey, nil).decode(t, http.StatusOK, &hist)
			if len(hist.Items) != 1 || hist.Items[0].Status != "stored" {
				t.Errorf("history %+v, want only the first status", hist.Items)
			}
			r := e.do(http.MethodGet, fmt.Sprintf("/api/v1/collection/photos/%d", a.photo.ID), e.aliceKey, nil)
			if r.Code != http.StatusOK || !strings.HasPrefix(r.Header().Get("Content-Type"), "image/png") {
				t.Errorf("alice's photo: %d %s", r.Code, r.Header().Get("Content-Type"))
			}
			e.do(http.MethodGet, fmt.Sprintf("/api/v1/collection/boxes/%d", a.box.ID), e.aliceKey, nil).decode(t, http.StatusOK, nil)
			var wishes struct{ Items []api.Wish }
			e.do(http.MethodGet, "/api/v1/collection/wishlist", e.aliceKey, nil).decode(t, http.StatusOK, &wishes)
			if len(wishes.Items) != 1 || wishes.Items[0].Priority != a.wish.Priority {
				t.Errorf("alice's wishes %+v, want her one wish unchanged", wishes.Items)
			}
			var month api.BudgetMonth
			e.do(http.MethodGet, "/api/v1/collection/budget", e.aliceKey, nil).decode(t, http.StatusOK, &month)
			if len(month.Entries) != 1 || month.Entries[0].ID != a.entry.ID {
				t.Errorf("alice's budget entries %+v, want her one entry", month.Entries)
			}
		})

		t.Run("OthersListsNeverShowAlicesItems", func(t *testing.T) {
			var items itemPage
			e.do(http.MethodGet, "/api/v1/collection/items?visibility=public", e.bobKey, nil).decode(t, http.StatusOK, &items)
			if items.Total != 0 {
				t.Errorf("bob's public items %v, want none", itemIDs(items.Items))
			}
			e.do(http.MethodGet, "/api/v1/collection/items", e.bobKey, nil).decode(t, http.StatusOK, &items)
			if ids := itemIDs(items.Items); len(ids) != 1 || ids[0] != bobsItem.ID {
				t.Errorf("bob's items %v, want only [%d]", ids, bobsItem.ID)
			}
			for _, path := range []string{"/collection/items", "/collection/items?q=Alice", "/collection/duplicates",
				"/collection/series", fmt.Sprintf("/collection/series/%d", e.macaron.ID), "/collection/care",
				"/collection/value", "/collection/value/history", "/collection/balance", "/collection/boxes",
				"/collection/wishlist?fulfilled=true", "/collection/budget", "/collection/budget/history",
				"/collection/export?format=json", "/collection/export?format=csv"} {
				r := e.do(http.MethodGet, "/api/v1"+path, e.bobKey, nil)
				if r.Code >= 500 {
					t.Errorf("%s: %d %s", path, r.Code, r.Body.String())
				}
				if strings.Contains(r.Body.String(), "Alice") {
					t.Errorf("bob's %s shows alice's data: %s", path, r.Body.String())
				}
			}
			var bal api.Balance
			e.do(http.MethodGet, "/api/v1/collection/balance", e.bobKey, nil).decode(t, http.StatusOK, &bal)
			if bal.Items != 1 {
				t.Errorf("bob's balance counts %d items, want his 1", bal.Items)
			}
		})
	})
}

func TestCollectionNeedsToken(t *testing.T) {
	e := newEnv(t, dbtest.MustOpen(t, db.SQLite))
	n := 0
	for _, rt := range newServer(t).Routes() {
		if !strings.HasPrefix(rt.Path, "/api/v1/collection") {
			continue
		}
		n++
		path := strings.NewReplacer("{id}", "1", "{photo}", "1").Replace(rt.Path)
		t.Run(rt.Method+" "+rt.Path, func(t *testing.T) {
			r := e.do(rt.Method, path, "", nil)
			r.problem(t, http.StatusUnauthorized)
			if r.Header().Get("WWW-Authenticate") == "" {
				t.Error("no WWW-Authenticate challenge")
			}
			e.do(rt.Method, path, "chm_not-a-token", nil).problem(t, http.StatusUnauthorized)
		})
	}
	if n < 35 {
		t.Errorf("only %d collection operations checked", n)
	}
}
