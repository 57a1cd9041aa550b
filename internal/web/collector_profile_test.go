package web

import (
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
)

func TestCollectorPageListsOnlyPublicItems(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) { collectorPageListsOnlyPublicItems(t, collHarnessOn(t, d)) })
}

func collectorPageListsOnlyPublicItems(t *testing.T, h *harness) {
	a, b := collSignIn(t, h), collSignIn(t, h)
	var public []string
	for i := range 3 {
		it := collItem(t, h, a.ID, collection.ItemInput{Title: "Shown charm " + strconv.Itoa(i), Visibility: "public"})
		public = append(public, collItemPath(it.ID))
	}
	collItem(t, h, a.ID, collection.ItemInput{Title: "Hidden private charm", Visibility: "private"})
	collItem(t, h, a.ID, collection.ItemInput{Title: "Hidden followers charm", Visibility: "followers"})
	collItem(t, h, b.ID, collection.ItemInput{Title: "Someone else's charm", Visibility: "public"})
	for name, viewer := range map[string]*collUser{"Visitor": nil, "OtherUser": &b, "TheCollectorThemself": &a} {
		t.Run(name, func(t *testing.T) {
			p := collGet(t, h, viewer, "/collectors/"+a.Username).mustStatus(t, http.StatusOK)
			if strings.Contains(p.Body, "Hidden") || strings.Contains(p.Body, "Someone else") {
				t.Error("the profile shows an item that is not one of the collector's public items")
			}
			got := p.attrs(".item-card", "href")
			if len(got) != 3 {
				t.Fatalf("cards %v, want the 3 public items", got)
			}
			for _, href := range got {
				if !strings.Contains(strings.Join(public, " "), href) {
					t.Errorf("card %s is not a public item", href)
				}
			}
			if c := strings.Join(p.texts(".collector-head .collection-count"), ""); !strings.Contains(c, "3 public items") {
				t.Errorf("count %q", c)
			}
		})
	}
	collGet(t, h, nil, "/collectors/no-such-collector").mustStatus(t, http.StatusNotFound)
}

func TestCharmPageOffersCollecting(t *testing.T) {
	h := newHarness(t)
	c := h.anyCharm(t)
	id := strconv.FormatInt(c.ID, 10)
	a := collSignIn(t, h)
	p := collGet(t, h, &a, "/charms/"+id).mustStatus(t, http.StatusOK)
	p.mustHave(t, `a[href="/collection/new?charm=`+id+`"]`)
	p.mustHave(t, `form[method="post"][action="/collection/wishlist"] input[name="charm_id"][value="`+id+`"]`)
	visitor := collGet(t, h, nil, "/charms/"+id).mustStatus(t, http.StatusOK)
	visitor.mustHave(t, `a[href="/collection/new?charm=`+id+`"]`)
	if visitor.count(`form[action="/collection/wishlist"]`) != 0 {
		t.Error("a visitor gets a wishlist form that can only fail; they should be sent to log in")
	}
	if p := collGet(t, h, nil, "/collection/new?charm="+id); !strings.HasPrefix(p.collLocation(), "/login?next=") {
		t.Errorf("a visitor adding to a collection goes to %q, not to log in", p.collLocation())
	}
}
