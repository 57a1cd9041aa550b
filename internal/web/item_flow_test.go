package web

import (
	"bytes"
	"context"
	"encoding/binary"
	"hash/crc32"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/charmory/charmory/internal/collection"
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
	h := newHarness(t)
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

func TestItemPhotoUploads(t *testing.T) {
	h := newHarness(t)
	a := collSignIn(t, h)
	it := collItem(t, h, a.ID, collection.ItemInput{Title: "Felt fox", Category: "plush"})
	t.Run("WrongTypeShowsTheError", func(t *testing.T) {
		p := collUpload(t, h, &a, collItemPath(it.ID, "/photos"), nil,
			collFile{Name: "fox.png", Data: collPNG(t, 1)}, collFile{Name: "notes.txt", Data: []byte("not a picture at all")}).
			mustStatus(t, http.StatusUnprocessableEntity)
		msg := strings.Join(p.texts("#e-photos"), "")
		if !strings.Contains(msg, "notes.txt") || !strings.Contains(msg, "JPEG") {
			t.Errorf("upload error %q does not name the file and the accepted types", msg)
		}
		if n := len(mustItemOf(t, h, a.ID, it.ID).Photos); n != 0 {
			t.Errorf("%d photos saved from a refused upload; all or none", n)
		}
	})
	t.Run("DecompressionBombIsRefused", func(t *testing.T) {
		p := collUpload(t, h, &a, collItemPath(it.ID, "/photos"), nil, collFile{Name: "bomb.png", Data: pngBomb(t)}).
			mustStatus(t, http.StatusUnprocessableEntity)
		if msg := strings.Join(p.texts("#e-photos"), ""); !strings.Contains(msg, "bomb.png") || !strings.Contains(msg, "pixels") {
			t.Errorf("bomb error %q", msg)
		}
	})
	t.Run("TooLargeRequestShowsTheLimit", func(t *testing.T) {
		big := bytes.Repeat([]byte{0xff}, maxUploadBytes+1024)
		p := collUpload(t, h, &a, collItemPath(it.ID, "/photos"), nil, collFile{Name: "huge.jpg", Data: big}).
			mustStatus(t, http.StatusRequestEntityTooLarge)
		if msg := strings.Join(p.texts("#e-photos"), ""); !strings.Contains(msg, "25 MB") {
			t.Errorf("too-large message %q does not state the limit", msg)
		}
	})
	t.Run("CreateWithBadPhotoKeepsTheItem", func(t *testing.T) {
		p := collUpload(t, h, &a, "/collection/items", url.Values{"title": {"Paper crane"}, "currency": {"CNY"}},
			collFile{Name: "crane.gif", Data: []byte("GIF89a broken")}).mustStatus(t, http.StatusUnprocessableEntity)
		msg := strings.Join(p.texts("#e-photos"), "")
		if !strings.Contains(msg, "saved") || !strings.Contains(msg, "crane.gif") {
			t.Errorf("message %q should say the item was saved and which photo was not", msg)
		}
		if p.count("h1") == 0 || !strings.Contains(strings.Join(p.texts("h1"), ""), "Paper crane") {
			t.Errorf("not the new item's page: %v", p.texts("h1"))
		}
	})
	t.Run("GoodPhotosAreServedPrivately", func(t *testing.T) {
		collUpload(t, h, &a, collItemPath(it.ID, "/photos"), nil, collFile{Name: "a.png", Data: collPNG(t, 5)}, collFile{Name: "b.png", Data: collPNG(t, 6)}).
			collRedirect(t, collItemPath(it.ID, "?done=photos"))
		photos := mustItemOf(t, h, a.ID, it.ID).Photos
		if len(photos) != 2 {
			t.Fatalf("%d photos, want 2", len(photos))
		}
		path := "/collection/photos/" + strconv.FormatInt(photos[0].ID, 10)
		p := collGet(t, h, &a, path).mustStatus(t, http.StatusOK)
		if p.Header.Get("Content-Type") != "image/png" || p.Header.Get("ETag") != `"`+photos[0].SHA256+`"` ||
			!strings.HasPrefix(p.Header.Get("Cache-Control"), "private") || p.Body != string(collPNG(t, 5)) {
			t.Errorf("photo served as %q, ETag %q, Cache-Control %q, %d bytes", p.Header.Get("Content-Type"),
				p.Header.Get("ETag"), p.Header.Get("Cache-Control"), len(p.Body))
		}
		collGet(t, h, &a, path, withHeader("If-None-Match", p.Header.Get("ETag"))).mustStatus(t, http.StatusNotModified)
		thumb := collGet(t, h, &a, path+"/thumb").mustStatus(t, http.StatusOK)
		if !strings.HasPrefix(thumb.Header.Get("Content-Type"), "image/") {
			t.Errorf("thumbnail served as %q", thumb.Header.Get("Content-Type"))
		}
		collGet(t, h, nil, path).mustStatus(t, http.StatusNotFound)
	})
}

// pngBomb is a tiny PNG whose header declares 50,000 × 50,000 pixels.
func pngBomb(t *testing.T) []byte {
	t.Helper()
	data := collPNG(t, 3)
	// IHDR: length at 8, type at 12, width and height at 16 and 20, CRC at 29.
	binary.BigEndian.PutUint32(data[16:], 50_000)
	binary.BigEndian.PutUint32(data[20:], 50_000)
	binary.BigEndian.PutUint32(data[29:], crc32.ChecksumIEEE(data[12:29]))
	return data
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

func TestItemStatusPhotosAndDelete(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	a := collSignIn(t, h)
	it := collItem(t, h, a.ID, collection.ItemInput{Title: "Brass key", Category: "metal_enamel", Materials: []string{"brass"}, AcquiredOn: "2025-01-01"})
	t.Run("StatusChangeKeepsADatedHistory", func(t *testing.T) {
		collPost(t, h, &a, collItemPath(it.ID, "/status"), url.Values{"status": {"lent"}, "note": {"to Mei for her trip"}}).
			collRedirect(t, collItemPath(it.ID, "?done=status"))
		p := collGet(t, h, &a, collItemPath(it.ID))
		rows := p.texts(".status-history li")
		if len(rows) != 2 || !strings.Contains(rows[0], "Lent") || !strings.Contains(rows[0], "to Mei for her trip") || !strings.Contains(rows[1], "Stored") {
			t.Errorf("history %q, want lent (with the note) above stored", rows)
		}
		if n := p.count(".status-history time[datetime]"); n != 2 {
			t.Errorf("%d dated history rows, want 2", n)
		}
	})
	t.Run("CareDoneToday", func(t *testing.T) {
		collPost(t, h, &a, collItemPath(it.ID, "/care"), url.Values{"task": {"polish_metal"}, "back": {"/collection/care?done=care"}}).
			collRedirect(t, "/collection/care?done=care")
		care, err := h.Collection.ItemCare(ctx, a.ID, it.ID)
		if err != nil || len(care) == 0 || care[0].LastDone == "" || care[0].Due {
			t.Errorf("care after done: %+v, %v", care, err)
		}
		collPost(t, h, &a, collItemPath(it.ID, "/care"), url.Values{"task": {"x"}, "back": {"https://evil.example/"}}).
			mustStatus(t, http.StatusUnprocessableEntity)
	})
	t.Run("PhotosReorderMainDelete", func(t *testing.T) {
		for i := range 3 {
			collUpload(t, h, &a, collItemPath(it.ID, "/photos"), nil, collFile{Name: "p.png", Data: collPNG(t, 10+i)}).
				collRedirect(t, collItemPath(it.ID))
		}
		ids := func() []int64 {
			var out []int64
			for _, ph := range mustItemOf(t, h, a.ID, it.ID).Photos {
				out = append(out, ph.ID)
			}
			return out
		}
		start := ids()
		p := collGet(t, h, &a, collItemPath(it.ID))
		later, _ := p.mustHave(t, `.photo-list .photo:first-child input[name="order"]`).Attr("value")
		collPost(t, h, &a, collItemPath(it.ID, "/photos/order"), url.Values{"order": {later}}).collRedirect(t, collItemPath(it.ID))
		if got := ids(); got[0] != start[1] || got[1] != start[0] || got[2] != start[2] {
			t.Errorf("after moving the first later: %v from %v", got, start)
		}
		collPost(t, h, &a, collItemPath(it.ID, "/photos/"+strconv.FormatInt(start[2], 10)+"/main"), nil).collRedirect(t, collItemPath(it.ID))
		if got := ids(); got[0] != start[2] {
			t.Errorf("main photo %d, want %d", got[0], start[2])
		}
		collPost(t, h, &a, collItemPath(it.ID, "/photos/"+strconv.FormatInt(start[2], 10)+"/delete"), nil).collRedirect(t, collItemPath(it.ID))
		if got := ids(); len(got) != 2 || got[0] == start[2] {
			t.Errorf("after deleting the main photo: %v", got)
		}
		card := collGet(t, h, &a, "/collection").mustHave(t, ".item-card img").AttrOr("src", "")
		if want := "/collection/photos/" + strconv.FormatInt(ids()[0], 10) + "/thumb"; card != want {
			t.Errorf("card shows %q, want the main photo's thumbnail %q", card, want)
		}
	})
	t.Run("DeleteAsksFirst", func(t *testing.T) {
		p := collGet(t, h, &a, collItemPath(it.ID, "?confirm=delete"))
		p.mustHave(t, `.item-confirm form[action="`+collItemPath(it.ID, "/delete")+`"]`)
		collPost(t, h, &a, collItemPath(it.ID, "/delete"), nil).collRedirect(t, "/collection?done=deleted")
		collGet(t, h, &a, collItemPath(it.ID)).mustStatus(t, http.StatusNotFound)
	})
}
