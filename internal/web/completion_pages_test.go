package web

import (
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/collection"
)

func TestSeriesShowsADuplicate(t *testing.T) {
	h := newHarness(t)
	a := collSignIn(t, h)
	sr, figures := insightFigures(t, h)
	path := "/collection/series/" + strconv.FormatInt(sr, 10)

	collItem(t, h, a.ID, collection.ItemInput{CharmID: figures[0].ID})
	p := collGet(t, h, &a, path).mustStatus(t, http.StatusOK)
	if p.count(".spare") != 0 {
		t.Fatal("one copy is listed as a spare")
	}
	second := collItem(t, h, a.ID, collection.ItemInput{CharmID: figures[0].ID, Condition: "worn"})

	p = collGet(t, h, &a, path).mustStatus(t, http.StatusOK)
	spares := p.texts(".spare > a")
	if len(spares) != 1 || spares[0] != figures[0].Name {
		t.Fatalf("spares = %q, want [%s]", spares, figures[0].Name)
	}
	p.mustHave(t, `.spare form[action="`+collItemPath(second.ID, "/status")+`"] input[name=status][value=for_trade]`)
	owned := p.texts(".figure-owned .figure-name")
	if len(owned) != 1 || owned[0] != figures[0].Name {
		t.Fatalf("owned figures = %q", owned)
	}
	if got := p.texts(".figure-owned .badge-ok"); len(got) != 1 || !strings.Contains(got[0], "2") {
		t.Fatalf("copy badge = %q, want × 2", got)
	}
	if n := p.count(".figure-missing"); n != len(figures)-1 {
		t.Fatalf("%d missing figures, want %d", n, len(figures)-1)
	}
	p.mustHave(t, `.figure-missing form[action="/collection/wishlist"] input[name=next][value="`+path+`"]`)

	list := collGet(t, h, &a, "/collection/series").mustStatus(t, http.StatusOK)
	list.mustHave(t, `a[href="`+path+`#spares"]`)
	list.mustHave(t, `progress[max="`+strconv.Itoa(len(figures))+`"][value="1"]`)

	// Marking the spare for trade uses the item's status form.
	collPost(t, h, &a, collItemPath(second.ID, "/status"), map[string][]string{"status": {"for_trade"}})
	p = collGet(t, h, &a, path)
	if p.count(".spare form") != 0 || p.count(".spare .badge-ok") != 1 {
		t.Fatal("the spare marked for trade still offers the button")
	}
}

func TestSeriesWishFromTheGrid(t *testing.T) {
	h := newHarness(t)
	a := collSignIn(t, h)
	sr, figures := insightFigures(t, h)
	path := "/collection/series/" + strconv.FormatInt(sr, 10)
	p := collPost(t, h, &a, "/collection/wishlist", map[string][]string{
		"charm_id": {strconv.FormatInt(figures[1].ID, 10)}, "next": {path}})
	p.collRedirect(t, path+"?added=1")
	page := collGet(t, h, &a, path+"?added=1")
	page.mustHave(t, ".alert-ok")
	if n := page.count(".figure-missing form"); n != len(figures)-1 {
		t.Fatalf("%d add-to-wishlist buttons, want %d (the wished figure has none)", n, len(figures)-1)
	}
}

func TestSeriesUnknownIsNotFound(t *testing.T) {
	h := newHarness(t)
	a := collSignIn(t, h)
	collGet(t, h, &a, "/collection/series/999999999").mustStatus(t, http.StatusNotFound)
	collGet(t, h, &a, "/collection/series/abc").mustStatus(t, http.StatusNotFound)
}

// TestInsightOwnerOnly: B's series, value and balance pages are computed
// from B's items only, never A's private ones.
func TestInsightOwnerOnly(t *testing.T) {
	h := newHarness(t)
	a, b := collSignIn(t, h), collSignIn(t, h)
	sr, figures := insightFigures(t, h)
	for range 2 {
		collItem(t, h, a.ID, collection.ItemInput{CharmID: figures[0].ID, PricePaid: 5000})
	}
	if p := collGet(t, h, &b, "/collection/series"); p.count(".completion-table") != 0 {
		t.Fatal("B's series list shows A's series")
	}
	p := collGet(t, h, &b, "/collection/series/"+strconv.FormatInt(sr, 10)).mustStatus(t, http.StatusOK)
	if p.count(".figure-owned") != 0 || p.count(".spare") != 0 {
		t.Fatal("B's view of the series counts A's items")
	}
	if p := collGet(t, h, &b, "/collection/value"); p.count(".value-table") != 0 {
		t.Fatal("B's value page lists A's items")
	}
	if p := collGet(t, h, &b, "/collection/balance"); p.count("svg.chart") != 0 {
		t.Fatal("B's balance charts A's items")
	}
	if p := collGet(t, h, &a, "/collection/value"); p.count(".value-table tbody tr") != 2 {
		t.Fatal("A's value page does not list A's two items")
	}
}
