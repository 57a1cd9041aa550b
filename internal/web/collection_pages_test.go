package web

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
)

func init() {
	collector := func(*testing.T, *harness) pageVisit { return pageVisit{Role: account.RoleCollector} }
	at := func(path string) func(*testing.T, *harness) pageVisit {
		return func(t *testing.T, h *harness) pageVisit {
			v := collector(t, h)
			v.Path = path
			return v
		}
	}
	visits := map[string]func(t *testing.T, h *harness) pageVisit{
		"collection": at("/collection"),
		"item_form":  at("/collection/new"),
		"care_due":   at("/collection/care"),
		"box_list":   at("/collection/boxes"),
		"labels":     at("/collection/labels"),
		// Someone else's public item, as a visitor sees it.
		"item_show": func(t *testing.T, h *harness) pageVisit {
			owner := collSignIn(t, h)
			it := collItem(t, h, owner.ID, collection.ItemInput{CharmID: h.anyCharm(t).ID, Visibility: "public",
				Memory: "Found at the harbour market."})
			return pageVisit{Path: collItemPath(it.ID)}
		},
		"collector": func(t *testing.T, h *harness) pageVisit {
			owner := collSignIn(t, h)
			collItem(t, h, owner.ID, collection.ItemInput{CharmID: h.anyCharm(t).ID, Visibility: "public"})
			return pageVisit{Path: "/collectors/" + owner.Username}
		},
	}
	for name, v := range visits {
		pageVisits[name] = v
	}
}

// TestCollectionOwnerPages renders what only an owner sees, full of data,
// in both languages: the grid, the item page with photos, history and
// care, the edit form, a box page, the due list and a label sheet.
func TestCollectionOwnerPages(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	a := collSignIn(t, h)
	box, err := h.Collection.CreateBox(ctx, a.ID, "Blue tin", "Shelf 2")
	if err != nil {
		t.Fatal(err)
	}
	charm := h.anyCharm(t)
	it := collItem(t, h, a.ID, collection.ItemInput{CharmID: charm.ID, AcquiredOn: "2025-01-10", Source: "shop",
		PricePaid: 5900, Memory: "A gift to myself.\n\nSecond paragraph.", BoxID: box.ID})
	oneOff := collItem(t, h, a.ID, collection.ItemInput{Title: "Grandma's brass bell", Category: "metal_enamel",
		Materials: []string{"brass"}, AcquiredOn: "2024-02-01", Visibility: "public"})
	if _, err := h.Collection.AddPhotos(ctx, a.ID, it.ID, []collection.Upload{{Name: "a.png", Data: collPNG(t, 1)}, {Name: "b.png", Data: collPNG(t, 2)}}); err != nil {
		t.Fatal(err)
	}
	if err := h.Collection.SetStatus(ctx, a.ID, it.ID, "lent", "to Mei"); err != nil {
		t.Fatal(err)
	}
	paths := []string{
		"/collection", "/collection?status=lent&sort=name", "/collection?q=nothing-matches-this",
		collItemPath(it.ID), collItemPath(it.ID, "?confirm=delete&done=saved"), collItemPath(oneOff.ID),
		collItemPath(it.ID, "/edit"), collItemPath(oneOff.ID, "/edit"), "/collection/new?charm=" + strconv.FormatInt(charm.ID, 10),
		"/collection/boxes", "/collection/boxes/" + strconv.FormatInt(box.ID, 10), "/collection/care",
		"/collection/labels?all=1", "/collection/labels?boxes=" + strconv.FormatInt(box.ID, 10),
		"/collectors/" + a.Username,
	}
	for _, lang := range []string{"en", "zh-CN"} {
		for _, path := range paths {
			p := collGet(t, h, &a, path, withLang(lang)).mustStatus(t, http.StatusOK)
			p.collRendered(t, path+" ("+lang+")")
		}
	}
	t.Run("ItemPageShowsOwnersView", func(t *testing.T) {
		p := collGet(t, h, &a, collItemPath(it.ID))
		if n := p.count(".photo-list .photo"); n != 2 {
			t.Errorf("%d photos in the gallery, want 2", n)
		}
		if got := strings.Join(p.texts(".status-history li"), " | "); !strings.Contains(got, "to Mei") || !strings.Contains(got, "Lent") {
			t.Errorf("status history %q lacks the change to lent with its note", got)
		}
		if got := strings.Join(p.texts(".item-value"), ""); !strings.Contains(got, "estimate until the marketplace has sales") {
			t.Errorf("value line %q is not labelled as a list-price estimate", got)
		}
		p.mustHave(t, `a[href="/collection/labels?items=`+strconv.FormatInt(it.ID, 10)+`"]`)
		p.mustHave(t, `form[action="`+collItemPath(it.ID, "/status")+`"]`)
	})
	t.Run("OneOffShowsDueCare", func(t *testing.T) {
		p := collGet(t, h, &a, collItemPath(oneOff.ID))
		if p.count("#care .care-task.is-due") == 0 {
			t.Errorf("a brass one-off acquired long ago shows no due care task:\n%s", strings.Join(p.texts("#care"), " "))
		}
		care := collGet(t, h, &a, "/collection/care")
		care.mustHave(t, `.care-due a[href="`+collItemPath(oneOff.ID)+`"]`)
	})
	t.Run("BoxPageListsItsItems", func(t *testing.T) {
		p := collGet(t, h, &a, "/collection/boxes/"+strconv.FormatInt(box.ID, 10))
		if ids := p.attrs(".item-grid a.item-card", "href"); len(ids) != 1 || ids[0] != collItemPath(it.ID) {
			t.Errorf("box page cards %v, want only %s", ids, collItemPath(it.ID))
		}
	})
}

func TestCollectionRequiresLogin(t *testing.T) {
	h := newHarness(t)
	for _, path := range []string{"/collection", "/collection/new", "/collection/care", "/collection/boxes", "/collection/labels?all=1", "/collection/items/1/edit"} {
		p := h.get(t, path)
		if p.Status != http.StatusSeeOther || !strings.HasPrefix(p.collLocation(), "/login?next=") {
			t.Errorf("GET %s as a visitor: %d to %q, want a redirect to log in", path, p.Status, p.collLocation())
		}
	}
	p := collPost(t, h, nil, "/collection/items", url.Values{"title": {"x"}})
	if p.Status != http.StatusUnauthorized {
		t.Errorf("POST /collection/items as a visitor: %d, want 401", p.Status)
	}
}

func TestCollectionListFiltersAndPages(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) { collectionListFiltersAndPages(t, collHarnessOn(t, d)) })
}

func collectionListFiltersAndPages(t *testing.T, h *harness) {
	a := collSignIn(t, h)
	for i := range 65 {
		status := "stored"
		if i%5 == 0 {
			status = "for_trade"
		}
		collItem(t, h, a.ID, collection.ItemInput{Title: "Bead fox " + strconv.Itoa(i), Category: "beaded", Status: status})
	}
	first := collGet(t, h, &a, "/collection").mustStatus(t, http.StatusOK)
	cards := first.count(".item-grid .item-card")
	if cards == 0 || cards >= 65 {
		t.Fatalf("first page shows %d cards, want one page of the 65", cards)
	}
	next, ok := first.mustHave(t, `.pager a[rel="next"]`).Attr("href")
	if !ok || !strings.Contains(next, "cursor=") {
		t.Fatalf("next link %q has no cursor", next)
	}
	second := collGet(t, h, &a, next).mustStatus(t, http.StatusOK)
	seen := map[string]bool{}
	for _, href := range append(first.attrs(".item-card", "href"), second.attrs(".item-card", "href")...) {
		if seen[href] {
			t.Errorf("%s is on both pages", href)
		}
		seen[href] = true
	}
	if len(seen) != 65 {
		t.Errorf("two pages show %d items, want all 65", len(seen))
	}
	trade := collGet(t, h, &a, "/collection?status=for_trade")
	if n := trade.count(".item-card"); n != 13 {
		t.Errorf("status filter shows %d cards, want 13", n)
	}
	if got := strings.Join(trade.texts(".collection-count"), ""); !strings.Contains(got, "13 of 65") {
		t.Errorf("count summary %q, want 13 of 65", got)
	}
	for _, txt := range trade.texts(".item-card .item-status") {
		if txt != "For trade" {
			t.Errorf("a card under the for-trade filter shows status %q", txt)
		}
	}
	if p := collGet(t, h, &a, "/collection?status=bogus"); p.Status != http.StatusUnprocessableEntity {
		t.Errorf("unknown status filter: %d, want 422", p.Status)
	}
}
