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

	"github.com/charmory/charmory/internal/collection"
)

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
	t.Run("AServerWideCapIsTheOneNamed", func(t *testing.T) {
		// The app may cap every request body below our own limit.
		orig := h.Handler
		t.Cleanup(func() { h.Handler = orig })
		h.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
			orig.ServeHTTP(w, r)
		})
		p := collUpload(t, h, &a, collItemPath(it.ID, "/photos"), nil, collFile{Name: "big.jpg", Data: bytes.Repeat([]byte{1}, 2<<20)}).
			mustStatus(t, http.StatusRequestEntityTooLarge)
		if msg := strings.Join(p.texts("#e-photos"), ""); !strings.Contains(msg, "at most 1 MB") {
			t.Errorf("message %q does not name the 1 MB cap", msg)
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
