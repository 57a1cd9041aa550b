package web

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
)

// itemForm is a filled add form for a catalog charm.
func itemForm(charmID int64, condition string) url.Values {
	return url.Values{
		"charm_id": {strconv.FormatInt(charmID, 10)}, "condition": {condition}, "acquired_on": {"2026-01-15"},
		"source": {"blind_box"}, "price_paid": {"59.90"}, "currency": {"CNY"}, "memory": {"Pulled at the Lantern Night drop."},
		"status": {"stored"}, "visibility": {"private"},
	}
}

// createdID reads the new item's id from the redirect to its page.
func createdID(t *testing.T, p *page) int64 {
	t.Helper()
	loc := p.collRedirect(t, "/collection/items/")
	id, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimPrefix(loc, "/collection/items/"), "?done=created"), 10, 64)
	if err != nil {
		t.Fatalf("redirect %q names no item", loc)
	}
	return id
}

func TestItemAddTwoCopies(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) { itemAddTwoCopies(t, collHarnessOn(t, d)) })
}

func itemAddTwoCopies(t *testing.T, h *harness) {
	a := collSignIn(t, h)
	charm := h.anyCharm(t)
	form := collGet(t, h, &a, "/collection/new?charm="+strconv.FormatInt(charm.ID, 10)).mustStatus(t, http.StatusOK)
	if v, _ := form.mustHave(t, `input[name="charm_id"]`).Attr("value"); v != strconv.FormatInt(charm.ID, 10) {
		t.Fatalf("the add form is not prefilled with the charm: %q", v)
	}
	form.mustHave(t, `form[enctype="multipart/form-data"] input[type="file"][name="photos"][multiple][accept="image/*"]`)

	first := createdID(t, collUpload(t, h, &a, "/collection/items", itemForm(charm.ID, "mint"),
		collFile{Name: "front.png", Data: collPNG(t, 1)}, collFile{Name: "back.png", Data: collPNG(t, 2)}))
	second := createdID(t, collPost(t, h, &a, "/collection/items", itemForm(charm.ID, "opened")))
	if first == second {
		t.Fatal("the second copy did not become an item of its own")
	}
	one, two := mustItemOf(t, h, a.ID, first), mustItemOf(t, h, a.ID, second)
	if one.Condition != "mint" || two.Condition != "opened" || one.CharmID != charm.ID || two.CharmID != charm.ID {
		t.Errorf("copies: %s/%d and %s/%d", one.Condition, one.CharmID, two.Condition, two.CharmID)
	}
	if one.PricePaid != 5990 || one.Currency != "CNY" || one.Source != "blind_box" || one.AcquiredOn != "2026-01-15" {
		t.Errorf("first copy stored %d %s from %s on %s", one.PricePaid, one.Currency, one.Source, one.AcquiredOn)
	}
	if len(one.Photos) != 2 || len(two.Photos) != 0 {
		t.Errorf("photos: %d and %d, want 2 and 0", len(one.Photos), len(two.Photos))
	}
	page := collGet(t, h, &a, collItemPath(first, "?done=created")).mustStatus(t, http.StatusOK)
	page.mustHave(t, ".alert-ok")
	page.mustHave(t, `a[href="/collection/new?charm=`+strconv.FormatInt(charm.ID, 10)+`"]`)
	list := collGet(t, h, &a, "/collection")
	if got := list.attrs(".item-card", "href"); len(got) != 2 {
		t.Errorf("collection page cards %v, want both copies", got)
	}
}

func TestItemFormErrors(t *testing.T) {
	h := newHarness(t)
	a := collSignIn(t, h)
	cases := []struct {
		name  string
		form  url.Values
		field string
		want  string // in the message, English
	}{
		{"OneOffNeedsAName", url.Values{"title": {""}, "condition": {"mint"}, "currency": {"CNY"}}, "title", "name"},
		{"PriceWithTooManyDecimals", url.Values{"title": {"Bell"}, "price_paid": {"12.345"}, "currency": {"CNY"}}, "price_paid", "59.90"},
		{"FutureDate", url.Values{"title": {"Bell"}, "acquired_on": {"2999-01-01"}, "currency": {"CNY"}}, "acquired_on", "future"},
		{"UnknownMaterial", url.Values{"title": {"Bell"}, "materials": {"kryptonite"}, "currency": {"CNY"}}, "materials", "kryptonite"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := collPost(t, h, &a, "/collection/items", c.form).mustStatus(t, http.StatusUnprocessableEntity)
			msg := strings.Join(p.texts("#e-"+c.field+", .has-error .field-error"), " ")
			if !strings.Contains(msg, c.want) {
				t.Errorf("field %s error %q lacks %q", c.field, msg, c.want)
			}
			if v, _ := p.mustHave(t, `input[name="title"]`).Attr("value"); v != c.form.Get("title") {
				t.Errorf("the form lost the typed name: %q", v)
			}
			p.collRendered(t, c.name)
		})
	}
	t.Run("InTheVisitorsLanguage", func(t *testing.T) {
		p := collPost(t, h, &a, "/collection/items", url.Values{"title": {""}, "currency": {"CNY"}}, withLang("zh-CN")).
			mustStatus(t, http.StatusUnprocessableEntity)
		if got := strings.Join(p.texts("#e-title"), ""); got != "请为非图鉴物品填写名称。" {
			t.Errorf("Chinese title error %q", got)
		}
	})
	if n, _ := h.Collection.CountItems(context.Background(), a.ID, a.ID); n != 0 {
		t.Errorf("%d items saved from invalid forms", n)
	}
}

func TestItemEdit(t *testing.T) {
	h := newHarness(t)
	a := collSignIn(t, h)
	it := collItem(t, h, a.ID, collection.ItemInput{Title: "Knitted cat", Category: "plush", Materials: []string{"wool_yarn"}})
	edit := collGet(t, h, &a, collItemPath(it.ID, "/edit")).mustStatus(t, http.StatusOK)
	form := url.Values{}
	edit.Doc.Find("form.item-form input, form.item-form select, form.item-form textarea").Each(func(_ int, s *goquery.Selection) {
		name, _ := s.Attr("name")
		switch {
		case name == "":
		case s.Is("select"):
			form.Set(name, s.Find("option[selected]").AttrOr("value", ""))
		case s.Is("textarea"):
			form.Set(name, s.Text())
		case s.Is("[type=checkbox], [type=radio]"):
			if _, on := s.Attr("checked"); on {
				form.Add(name, s.AttrOr("value", ""))
			}
		default:
			form.Set(name, s.AttrOr("value", ""))
		}
	})
	if form.Get("version") != strconv.Itoa(it.Version) || form.Get("title") != "Knitted cat" {
		t.Fatalf("edit form: %v", form)
	}
	stale := url.Values{}
	for k, v := range form {
		stale[k] = v
	}
	form.Set("title", "Knitted cat Momo")
	form.Set("status_note", "named her")
	collPost(t, h, &a, collItemPath(it.ID), form).collRedirect(t, collItemPath(it.ID, "?done=saved"))
	if got := mustItemOf(t, h, a.ID, it.ID); got.Title != "Knitted cat Momo" || len(got.Materials) != 1 || got.Materials[0] != "wool_yarn" {
		t.Errorf("after saving: %q %v", got.Title, got.Materials)
	}
	t.Run("StaleVersionIsAConflict", func(t *testing.T) {
		stale.Set("title", "An older edit")
		p := collPost(t, h, &a, collItemPath(it.ID), stale).mustStatus(t, http.StatusConflict)
		if msg := strings.Join(p.texts(".alert-error"), ""); !strings.Contains(msg, "changed elsewhere") {
			t.Errorf("conflict message %q", msg)
		}
		if got := mustItemOf(t, h, a.ID, it.ID).Title; got != "Knitted cat Momo" {
			t.Errorf("a stale form overwrote the item: %q", got)
		}
	})
}
