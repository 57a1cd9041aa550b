package web

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"testing"

	"github.com/charmory/charmory/internal/catalog/search"
	"github.com/charmory/charmory/internal/collection"
)

// wishPath is a wish's update path with an optional suffix.
func wishPath(id int64, rest string) string {
	return "/collection/wishlist/" + strconv.FormatInt(id, 10) + rest
}

// wishesOf lists owner's wishes (open and fulfilled) through the service.
func wishesOf(t testing.TB, h *harness, owner int64) []collection.Wish {
	t.Helper()
	ws, err := h.Collection.Wishes(context.Background(), owner, owner, true)
	if err != nil {
		t.Fatal(err)
	}
	return ws
}

// insightOtherCharm is a catalog charm other than not.
func insightOtherCharm(t testing.TB, h *harness, not int64) int64 {
	t.Helper()
	res, err := h.Catalog.Search(context.Background(), search.Query{Sort: search.SortName, Limit: 2})
	if err != nil || len(res.Charms) < 2 {
		t.Fatalf("find two charms: %v", err)
	}
	if res.Charms[0].ID != not {
		return res.Charms[0].ID
	}
	return res.Charms[1].ID
}

func TestWishlistAdd(t *testing.T) {
	h := newHarness(t)
	a := collSignIn(t, h)
	charm := h.anyCharm(t)
	charmPage := "/charms/" + strconv.FormatInt(charm.ID, 10)

	t.Run("FromACharmPageGoesBackThere", func(t *testing.T) {
		p := collPost(t, h, &a, "/collection/wishlist", url.Values{"charm_id": {strconv.FormatInt(charm.ID, 10)}},
			withHeader("Referer", "http://example.com"+charmPage))
		if loc := p.collRedirect(t, charmPage); loc != charmPage+"?added=1" {
			t.Fatalf("redirect to %q, want %s?added=1", loc, charmPage)
		}
		ws := wishesOf(t, h, a.ID)
		if len(ws) != 1 || ws[0].CharmID != charm.ID || ws[0].Priority != 3 {
			t.Fatalf("wishes = %+v, want one for charm %d at priority 3", ws, charm.ID)
		}
	})
	t.Run("ASecondWishForTheSameCharmIsRefused", func(t *testing.T) {
		p := collPost(t, h, &a, "/collection/wishlist", url.Values{"charm": {charmPage}, "next": {"/collection/wishlist"}})
		p.mustStatus(t, http.StatusUnprocessableEntity)
		p.mustHave(t, "#e-charm")
		if n := len(wishesOf(t, h, a.ID)); n != 1 {
			t.Fatalf("%d wishes, want still 1", n)
		}
	})
	t.Run("TakesALinkAPriceAndANote", func(t *testing.T) {
		other := insightOtherCharm(t, h, charm.ID)
		p := collPost(t, h, &a, "/collection/wishlist", url.Values{
			"charm": {"https://charmory.example/charms/" + strconv.FormatInt(other, 10) + "?from=share"}, "priority": {"1"},
			"max_price": {"88.50"}, "currency": {"EUR"}, "note": {"gold version"}, "next": {"/collection/wishlist"}})
		p.collRedirect(t, "/collection/wishlist?added=1")
		w := wishesOf(t, h, a.ID)[0] // priority 1 sorts first
		if w.CharmID != other || w.MaxPrice != 8850 || w.Currency != "EUR" || w.Note != "gold version" {
			t.Fatalf("wish = %+v", w)
		}
		page := collGet(t, h, &a, "/collection/wishlist?added=1").mustStatus(t, http.StatusOK)
		page.mustHave(t, ".alert-ok")
		if n := page.count(".wish-list .wish"); n != 2 {
			t.Fatalf("%d wishes listed, want 2", n)
		}
	})
	t.Run("RejectsAnUnknownCharmAndABadPrice", func(t *testing.T) {
		for _, form := range []url.Values{
			{"charm": {"not a charm"}},
			{"charm": {"999999999"}},
			{"charm_id": {strconv.FormatInt(charm.ID, 10)}, "max_price": {"lots"}},
		} {
			p := collPost(t, h, &a, "/collection/wishlist", form)
			p.mustStatus(t, http.StatusUnprocessableEntity)
			p.mustHave(t, ".field-error")
		}
	})
}

func TestCharmIDOf(t *testing.T) {
	for in, want := range map[string]int64{
		"42": 42, " #42 ": 42, "/charms/42": 42, "https://x.example/charms/42/history": 42,
		"/charms/42?x=1": 42, "42abc": 0, "": 0, "charm": 0, "/charms/": 0, "99999999999999999999": 0,
	} {
		if got := charmIDOf(in); got != want {
			t.Errorf("charmIDOf(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestWishlistEditAndSharing(t *testing.T) {
	h := newHarness(t)
	a := collSignIn(t, h)
	w := insightWish(t, h, a.ID, h.anyCharm(t).ID)

	p := collPost(t, h, &a, wishPath(w.ID, ""), url.Values{"priority": {"2"}, "max_price": {"12"}, "currency": {w.Currency}, "note": {"any colour"}})
	p.collRedirect(t, "/collection/wishlist?updated=1")
	got := wishesOf(t, h, a.ID)[0]
	if got.Priority != 2 || got.MaxPrice != 1200 || got.Note != "any colour" {
		t.Fatalf("after update: %+v", got)
	}

	public := publicWishlistPath(a.Username)
	collGet(t, h, nil, public).mustStatus(t, http.StatusNotFound)
	collPost(t, h, &a, "/collection/wishlist/sharing", url.Values{"public": {"1"}}).collRedirect(t, "/collection/wishlist?public=1")
	page := collGet(t, h, nil, public).mustStatus(t, http.StatusOK)
	if names := page.texts(".wish-name"); len(names) != 1 || names[0] != w.CharmName {
		t.Fatalf("public wishlist shows %q, want [%s]", names, w.CharmName)
	}
	if page.count("form") > 2 { // the header search and the footer preferences only
		t.Fatal("the public wishlist offers forms to change it")
	}
	collGet(t, h, &a, "/collection/wishlist").mustHave(t, `.wish-url a[href="`+public+`"]`)
	collPost(t, h, &a, "/collection/wishlist/sharing", url.Values{"public": {"0"}}).collRedirect(t, "/collection/wishlist?private=1")
	collGet(t, h, nil, public).mustStatus(t, http.StatusNotFound)
	collGet(t, h, nil, "/collectors/nobody-by-this-name/wishlist").mustStatus(t, http.StatusNotFound)

	collPost(t, h, &a, wishPath(w.ID, "/delete"), nil).collRedirect(t, "/collection/wishlist?deleted=1")
	if n := len(wishesOf(t, h, a.ID)); n != 0 {
		t.Fatalf("%d wishes after delete, want 0", n)
	}
}

func TestWishlistFulfilledByANewItem(t *testing.T) {
	h := newHarness(t)
	a := collSignIn(t, h)
	w := insightWish(t, h, a.ID, h.anyCharm(t).ID)
	it := collItem(t, h, a.ID, collection.ItemInput{CharmID: w.CharmID})
	p := collGet(t, h, &a, "/collection/wishlist").mustStatus(t, http.StatusOK)
	if p.count(".wish-list .wish") != 0 {
		t.Fatal("a fulfilled wish is still listed as open")
	}
	p.mustHave(t, `.wish-done-list a[href="`+collItemPath(it.ID)+`"]`)
}

// TestWishlistOwnerOnly: B can neither see A's private wishlist nor
// change or delete A's wishes, and sees nothing of them on B's own page.
func TestWishlistOwnerOnly(t *testing.T) {
	h := newHarness(t)
	a, b := collSignIn(t, h), collSignIn(t, h)
	w := insightWish(t, h, a.ID, h.anyCharm(t).ID)

	collGet(t, h, &b, publicWishlistPath(a.Username)).mustStatus(t, http.StatusNotFound)
	collPost(t, h, &b, wishPath(w.ID, ""), url.Values{"priority": {"5"}, "max_price": {"1"}}).mustStatus(t, http.StatusNotFound)
	collPost(t, h, &b, wishPath(w.ID, "/delete"), nil).mustStatus(t, http.StatusNotFound)
	if p := collGet(t, h, &b, "/collection/wishlist"); p.count(".wish") != 0 {
		t.Fatal("B's wishlist shows A's wish")
	}
	after := wishesOf(t, h, a.ID)
	if len(after) != 1 || after[0].Priority != w.Priority || after[0].MaxPrice != w.MaxPrice {
		t.Fatalf("A's wish changed: %+v", after)
	}
}
