package web

import (
	"context"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/collection"
)

func TestBoxes(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	a := collSignIn(t, h)
	loc := collPost(t, h, &a, "/collection/boxes", url.Values{"name": {"Blue tin"}, "note": {"Shelf 2"}}).collRedirect(t, "/collection/boxes/")
	id, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimPrefix(loc, "/collection/boxes/"), "?done=created"), 10, 64)
	if err != nil {
		t.Fatalf("redirect %q", loc)
	}
	t.Run("TakenNameIsAConflict", func(t *testing.T) {
		p := collPost(t, h, &a, "/collection/boxes", url.Values{"name": {"Blue tin"}}).mustStatus(t, http.StatusConflict)
		if msg := strings.Join(p.texts("#e-name"), ""); !strings.Contains(msg, "already") {
			t.Errorf("name error %q", msg)
		}
		p = collPost(t, h, &a, "/collection/boxes", url.Values{"name": {"  "}}).mustStatus(t, http.StatusUnprocessableEntity)
		p.mustHave(t, "#e-name")
	})
	in := collItem(t, h, a.ID, collection.ItemInput{Title: "Bead owl", BoxID: id})
	out := collItem(t, h, a.ID, collection.ItemInput{Title: "Felt bear"})
	t.Run("ListAndPage", func(t *testing.T) {
		list := collGet(t, h, &a, "/collection/boxes")
		if got := strings.Join(list.texts(".box-card"), " "); !strings.Contains(got, "Blue tin") || !strings.Contains(got, "1 item") {
			t.Errorf("box list %q", got)
		}
		p := collGet(t, h, &a, "/collection/boxes/"+strconv.FormatInt(id, 10))
		if got := p.attrs(".item-card", "href"); len(got) != 1 || got[0] != collItemPath(in.ID) {
			t.Errorf("box page cards %v, want only %s", got, collItemPath(in.ID))
		}
		p.mustHave(t, `a[href="/collection/new?box=`+strconv.FormatInt(id, 10)+`"]`)
		form := collGet(t, h, &a, "/collection/new?box="+strconv.FormatInt(id, 10))
		form.mustHave(t, `select[name="box_id"] option[selected][value="`+strconv.FormatInt(id, 10)+`"]`)
	})
	t.Run("DeleteKeepsTheItems", func(t *testing.T) {
		collPost(t, h, &a, "/collection/boxes/"+strconv.FormatInt(id, 10)+"/delete", nil).collRedirect(t, "/collection/boxes?done=deleted")
		if _, err := h.Collection.Box(ctx, a.ID, id); err == nil {
			t.Error("the box is still there")
		}
		for _, it := range []*collection.Item{in, out} {
			if got := mustItemOf(t, h, a.ID, it.ID); got.BoxID != 0 {
				t.Errorf("item %d still names box %d", it.ID, got.BoxID)
			}
		}
	})
}

func TestLabels(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	a := collSignIn(t, h)
	box, err := h.Collection.CreateBox(ctx, a.ID, "Drawer A", "")
	if err != nil {
		t.Fatal(err)
	}
	var items []*collection.Item
	for i := range 26 {
		in := collection.ItemInput{Title: "Charm " + strconv.Itoa(i), Condition: "worn"}
		if i < 3 {
			in.BoxID = box.ID
		}
		items = append(items, collItem(t, h, a.ID, in))
	}
	itemID, boxID := strconv.FormatInt(items[0].ID, 10), strconv.FormatInt(box.ID, 10)
	t.Run("ItemsAndBoxesWithQRCodesOfTheirPages", func(t *testing.T) {
		p := collGet(t, h, &a, "/collection/labels?items="+itemID+"&boxes="+boxID).mustStatus(t, http.StatusOK)
		labels := p.Doc.Find(".label-sheet .label")
		if labels.Length() != 2 {
			t.Fatalf("%d labels, want 2", labels.Length())
		}
		for i, want := range []struct{ url, name, meta, code string }{
			{"http://example.com/collection/boxes/" + boxID, "Drawer A", "3 items", "B-" + strings.ToUpper(strconv.FormatInt(box.ID, 36))},
			{"http://example.com/collection/items/" + itemID, "Charm 0", "Worn", "I-" + strings.ToUpper(strconv.FormatInt(items[0].ID, 36))},
		} {
			l := labels.Eq(i)
			wantSVG, _ := qrSVG(want.url)
			wantPath := regexp.MustCompile(` d="([^"]*)"`).FindStringSubmatch(string(wantSVG))[1]
			if got := l.Find("svg.qr path").AttrOr("d", ""); got != wantPath {
				t.Errorf("label %d's QR code does not draw %s", i, want.url)
			}
			if got := strings.TrimSpace(l.Find(".label-name").Text()); got != want.name {
				t.Errorf("label %d name %q, want %q", i, got, want.name)
			}
			if got := strings.TrimSpace(l.Find(".label-meta").Text()); got != want.meta {
				t.Errorf("label %d meta %q, want %q", i, got, want.meta)
			}
			if got := strings.TrimSpace(l.Find(".label-code").Text()); got != want.code {
				t.Errorf("label %d code %q, want %q", i, got, want.code)
			}
		}
	})
	t.Run("AllItemsFillSheetsOf24", func(t *testing.T) {
		p := collGet(t, h, &a, "/collection/labels?all=1").mustStatus(t, http.StatusOK)
		if n := p.count(".label"); n != 26 {
			t.Errorf("%d labels for all 26 items", n)
		}
		if n := p.count(".label-sheet"); n != 2 {
			t.Errorf("%d sheets, want 2 (24 + 2)", n)
		}
	})
	t.Run("ABoxsItems", func(t *testing.T) {
		p := collGet(t, h, &a, "/collection/labels?box="+boxID).mustStatus(t, http.StatusOK)
		if n := p.count(".label"); n != 3 {
			t.Errorf("%d labels for the box's 3 items", n)
		}
	})
	t.Run("BadIDsAreNotFound", func(t *testing.T) {
		for _, q := range []string{"items=abc", "boxes=-1", "box=x", "items=999999"} {
			collGet(t, h, &a, "/collection/labels?"+q).mustStatus(t, http.StatusNotFound)
		}
	})
}
