package web

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
)

// TestCollectionOwnerScoping: user B can neither read a private item of
// user A nor change any of A's items, photos or boxes through the web UI.
// Every route answers B with 404, exactly like an id that does not exist.
// It runs on both engines, since the scoping lives in the queries.
func TestCollectionOwnerScoping(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		collectionOwnerScoping(t, collHarnessOn(t, d))
	})
}

func collectionOwnerScoping(t *testing.T, h *harness) {
	ctx := context.Background()
	a, b := collSignIn(t, h), collSignIn(t, h)
	box, err := h.Collection.CreateBox(ctx, a.ID, "A's drawer", "")
	if err != nil {
		t.Fatal(err)
	}
	charm := h.anyCharm(t)
	private := collItem(t, h, a.ID, collection.ItemInput{CharmID: charm.ID, BoxID: box.ID, Memory: "secret memory"})
	public := collItem(t, h, a.ID, collection.ItemInput{Title: "A's public brass bell", Category: "metal_enamel",
		Materials: []string{"brass"}, AcquiredOn: "2024-01-01", Visibility: "public"})
	for _, it := range []*collection.Item{private, public} {
		if _, err := h.Collection.AddPhotos(ctx, a.ID, it.ID, []collection.Upload{
			{Name: "one.png", Data: collPNG(t, int(it.ID)*2)}, {Name: "two.png", Data: collPNG(t, int(it.ID)*2+1)}}); err != nil {
			t.Fatal(err)
		}
	}
	privatePhotos := mustItemOf(t, h, a.ID, private.ID).Photos
	publicPhotos := mustItemOf(t, h, a.ID, public.ID).Photos
	id := func(n int64) string { return strconv.FormatInt(n, 10) }
	boxPath := "/collection/boxes/" + id(box.ID)

	gets := []string{
		collItemPath(private.ID), collItemPath(private.ID, "/edit"), collItemPath(public.ID, "/edit"),
		"/collection/photos/" + id(privatePhotos[0].ID), "/collection/photos/" + id(privatePhotos[0].ID) + "/thumb",
		boxPath, "/collection/labels?items=" + id(private.ID), "/collection/labels?items=" + id(public.ID),
		"/collection/labels?boxes=" + id(box.ID), "/collection/labels?box=" + id(box.ID),
	}
	for _, path := range gets {
		t.Run("GET "+path, func(t *testing.T) {
			collGet(t, h, &b, path).mustStatus(t, http.StatusNotFound)
		})
	}

	for _, it := range []*collection.Item{private, public} {
		photos := privatePhotos
		if it == public {
			photos = publicPhotos
		}
		for _, p := range itemPosts(it.ID, photos) {
			t.Run("POST "+p.path, func(t *testing.T) {
				collPost(t, h, &b, p.path, p.form).mustStatus(t, http.StatusNotFound)
			})
		}
		t.Run("POST photos upload "+id(it.ID), func(t *testing.T) {
			collUpload(t, h, &b, collItemPath(it.ID, "/photos"), nil, collFile{Name: "mine.png", Data: collPNG(t, 99)}).
				mustStatus(t, http.StatusNotFound)
		})
	}
	t.Run("POST box delete", func(t *testing.T) {
		collPost(t, h, &b, boxPath+"/delete", nil).mustStatus(t, http.StatusNotFound)
	})

	t.Run("NothingChanged", func(t *testing.T) {
		for _, before := range []*collection.Item{private, public} {
			after := mustItemOf(t, h, a.ID, before.ID)
			if after.Version != before.Version || after.Status != before.Status || after.Title != before.Title || after.Condition != before.Condition {
				t.Errorf("item %d changed: %+v", before.ID, after)
			}
			if len(after.Photos) != 2 {
				t.Errorf("item %d has %d photos, want its 2", before.ID, len(after.Photos))
			}
			hist, err := h.Collection.StatusHistory(ctx, a.ID, before.ID)
			if err != nil || len(hist) != 1 {
				t.Errorf("item %d history %v, %v: want only its first status", before.ID, hist, err)
			}
			care, err := h.Collection.ItemCare(ctx, a.ID, before.ID)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range care {
				if c.LastDone != "" {
					t.Errorf("item %d care %s marked done by another user", before.ID, c.Task)
				}
			}
		}
		for i, ph := range mustItemOf(t, h, a.ID, private.ID).Photos {
			if ph.ID != privatePhotos[i].ID {
				t.Errorf("photo order changed: %d at %d, want %d", ph.ID, i, privatePhotos[i].ID)
			}
		}
		if _, err := h.Collection.Box(ctx, a.ID, box.ID); err != nil {
			t.Errorf("A's box is gone: %v", err)
		}
		if n, _ := h.Collection.CountItems(ctx, b.ID, b.ID); n != 0 {
			t.Errorf("B has %d items after trying A's", n)
		}
	})

	t.Run("PublicItemShowsWithoutOwnersDetails", func(t *testing.T) {
		p := collGet(t, h, &b, collItemPath(public.ID)).mustStatus(t, http.StatusOK)
		for _, sel := range []string{"#status", "#care", ".photo-upload", ".photo-actions", ".item-actions", `form[action*="/delete"]`} {
			if p.count(sel) != 0 {
				t.Errorf("another user sees the owner's %s", sel)
			}
		}
		collGet(t, h, &b, "/collection/photos/"+id(publicPhotos[0].ID)).mustStatus(t, http.StatusOK)
		collGet(t, h, nil, collItemPath(public.ID)).mustStatus(t, http.StatusOK)
		// A visitor is asked to log in, for a private item as for a missing
		// one: a label's QR code may be scanned by its owner, logged out.
		for _, path := range []string{collItemPath(private.ID), collItemPath(999999)} {
			if p := collGet(t, h, nil, path); p.Status != http.StatusSeeOther || !strings.HasPrefix(p.collLocation(), "/login?next=") {
				t.Errorf("visitor at %s: %d to %q, want a redirect to log in", path, p.Status, p.collLocation())
			}
		}
	})

	t.Run("OwnListsShowNothingOfOthers", func(t *testing.T) {
		for _, path := range []string{"/collection", "/collection/boxes", "/collection/care", "/collection/labels?all=1"} {
			p := collGet(t, h, &b, path).mustStatus(t, http.StatusOK)
			if p.count(".item-card, .box-card, .care-due, .label") != 0 {
				t.Errorf("%s shows B something of A's", path)
			}
		}
		if p := collGet(t, h, &b, "/collection?box="+id(box.ID)).mustStatus(t, http.StatusOK); p.count(".item-card") != 0 {
			t.Errorf("filtering by A's box shows B %d of A's items", p.count(".item-card"))
		}
	})

	// The same requests work for A: the 404s above are the scoping, not
	// missing routes. Last, since they change and finally delete the items.
	t.Run("OwnerCanDoEach", func(t *testing.T) {
		for _, path := range gets {
			collGet(t, h, &a, path).mustStatus(t, http.StatusOK)
		}
		for _, p := range itemPosts(public.ID, publicPhotos) {
			if res := collPost(t, h, &a, p.path, p.form); res.Status != p.ownerStatus {
				t.Errorf("A: POST %s: %d, want %d", p.path, res.Status, p.ownerStatus)
			}
		}
		collPost(t, h, &a, boxPath+"/delete", nil).mustStatus(t, http.StatusSeeOther)
	})
}

// itemPost is a POST against one item, with what its owner gets back.
type itemPost struct {
	path        string
	form        url.Values
	ownerStatus int
}

// itemPosts are the POSTs against an item and its two photos; the item is
// deleted by the last.
func itemPosts(itemID int64, photos []collection.Photo) []itemPost {
	id := func(n int64) string { return strconv.FormatInt(n, 10) }
	order := id(photos[1].ID) + "," + id(photos[0].ID)
	return []itemPost{
		{collItemPath(itemID), url.Values{"title": {"renamed"}, "category": {"metal_enamel"}, "materials": {"brass"},
			"condition": {"worn"}, "status": {"stored"}, "visibility": {"public"}, "currency": {"CNY"}}, http.StatusSeeOther},
		{collItemPath(itemID), url.Values{"title": {""}, "condition": {"bogus"}}, http.StatusUnprocessableEntity},
		{collItemPath(itemID, "/status"), url.Values{"status": {"on_carrier"}, "note": {"today"}}, http.StatusSeeOther},
		{collItemPath(itemID, "/status"), url.Values{"status": {"bogus"}}, http.StatusUnprocessableEntity},
		{collItemPath(itemID, "/care"), url.Values{"task": {"polish_metal"}}, http.StatusSeeOther},
		{collItemPath(itemID, "/photos/order"), url.Values{"order": {order}}, http.StatusSeeOther},
		{collItemPath(itemID, "/photos/"+id(photos[0].ID)+"/main"), nil, http.StatusSeeOther},
		{collItemPath(itemID, "/photos/"+id(photos[0].ID)+"/delete"), nil, http.StatusSeeOther},
		{collItemPath(itemID, "/photos"), nil, http.StatusUnprocessableEntity}, // no file chosen
		{collItemPath(itemID, "/delete"), nil, http.StatusSeeOther},
	}
}

// mustItemOf reads an item as its owner.
func mustItemOf(t testing.TB, h *harness, owner, id int64) *collection.Item {
	t.Helper()
	it, err := h.Collection.Item(context.Background(), owner, id)
	if err != nil {
		t.Fatalf("read item %d: %v", id, err)
	}
	return it
}
