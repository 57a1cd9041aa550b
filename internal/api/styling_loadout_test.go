package api_test

import (
	"bytes"
	"fmt"
	"image/color"
	"image/png"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/api"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
)

func TestLoadouts(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newEnv(t, d)
		lion := e.mustItem(t, e.aliceKey, map[string]any{"charm_id": e.lion.ID, "title": "Alice Lion"})
		lychee := e.mustItem(t, e.aliceKey, map[string]any{"charm_id": e.lychee.ID, "memory": "A gift from Mei", "price_paid": 9900})
		crane := e.mustItem(t, e.aliceKey, map[string]any{"charm_id": e.crane.ID})
		bag := e.mustCarrier(t, e.aliceKey, map[string]any{"kind": "backpack", "name": "Backpack"})
		tote := e.mustCarrier(t, e.aliceKey, map[string]any{"kind": "tote", "name": "Tote"})

		first := e.mustLoadout(t, e.aliceKey, bag.ID, "", place{lion.ID, "zip_pull_left"}, place{crane.ID, "zip_pull_left"})
		e.later(48 * time.Hour)
		current := e.mustLoadout(t, e.aliceKey, bag.ID, "Week two", place{lion.ID, "strap_right"}, place{lychee.ID, "top_handle"})

		t.Run("SaveClosesThePreviousOne", func(t *testing.T) {
			j := e.journey(t, e.aliceKey, bag.ID)
			if len(j) != 2 || j[0].ID != current.ID || j[1].ID != first.ID {
				t.Fatalf("journey %+v, want the current loadout then the first", j)
			}
			if j[0].EndedAt != nil || j[1].EndedAt == nil || !j[1].EndedAt.Equal(j[0].StartedAt) {
				t.Errorf("current ends %v, first ends %v; want open and ended when the current began", j[0].EndedAt, j[1].EndedAt)
			}
			if got := placedIDs(&j[1]); !slices.Equal(got, []int64{lion.ID, crane.ID}) {
				t.Errorf("first loadout holds %v", got)
			}
			if c := e.getCarrier(t, e.aliceKey, bag.ID); c.Current == nil || c.Current.ID != current.ID || c.Current.Note != "Week two" {
				t.Errorf("carrier's current loadout %+v, want %d", c.Current, current.ID)
			}
			for id, want := range map[int64]string{lion.ID: "on_carrier", lychee.ID: "on_carrier", crane.ID: "stored"} {
				if got := e.getItem(t, e.aliceKey, id).Status; got != want {
					t.Errorf("item %d is %s, want %s", id, got, want)
				}
			}
		})
		t.Run("PlacementsCarryTheirItems", func(t *testing.T) {
			var l api.Loadout
			e.do(http.MethodGet, loadoutPath(current.ID, ""), e.aliceKey, nil).decode(t, http.StatusOK, &l)
			for _, p := range l.Placements {
				if p.Item == nil || p.Item.ID != p.ItemID || p.Item.Name == "" {
					t.Errorf("placement %+v lacks its item", p)
				}
			}
			if l.PictureSVGURL != loadoutPath(current.ID, "/picture.svg") {
				t.Errorf("picture URL %q", l.PictureSVGURL)
			}
		})
		t.Run("ItemOnAnotherCarrierIsAConflictNamingIt", func(t *testing.T) {
			p := e.do(http.MethodPut, carrierPath(tote.ID, "/loadout"), e.aliceKey, loadoutBody("", place{lion.ID, "handle_left"})).
				problem(t, http.StatusConflict)
			if !strings.Contains(p.Detail, "Alice Lion") {
				t.Errorf("conflict %q does not name the item", p.Detail)
			}
			if j := e.journey(t, e.aliceKey, tote.ID); len(j) != 0 {
				t.Errorf("the refused save left a loadout on the tote: %+v", j)
			}
		})
		t.Run("ConcurrentSavesHangAnItemOnOneCarrier", func(t *testing.T) {
			it := e.mustItem(t, e.aliceKey, map[string]any{"charm_id": e.berry.ID})
			a := e.mustCarrier(t, e.aliceKey, map[string]any{"kind": "keyring", "name": "Keys A"})
			b := e.mustCarrier(t, e.aliceKey, map[string]any{"kind": "keyring", "name": "Keys B"})
			body := fmt.Sprintf(`{"placements":[{"item_id":%d,"point":"main_ring"}]}`, it.ID)
			codes := make([]int, 2)
			var wg sync.WaitGroup
			for i, c := range []api.Carrier{a, b} {
				wg.Go(func() { codes[i] = e.do(http.MethodPut, carrierPath(c.ID, "/loadout"), e.aliceKey, body).Code })
			}
			wg.Wait()
			slices.Sort(codes)
			if !slices.Equal(codes, []int{http.StatusOK, http.StatusConflict}) {
				t.Errorf("statuses %v, want one 200 and one 409", codes)
			}
			on := 0
			for _, c := range []api.Carrier{a, b} {
				if slices.Contains(placedIDs(e.getCarrier(t, e.aliceKey, c.ID).Current), it.ID) {
					on++
				}
			}
			if on != 1 {
				t.Errorf("the item hangs on %d carriers, want 1", on)
			}
		})
		t.Run("Note", func(t *testing.T) {
			var l api.Loadout
			e.do(http.MethodPut, loadoutPath(first.ID, "/note"), e.aliceKey, map[string]any{"note": "Exam week"}).decode(t, http.StatusOK, &l)
			if l.Note != "Exam week" || l.ID != first.ID {
				t.Errorf("loadout %+v, want the note on the first loadout", l)
			}
		})
		t.Run("ShareAndUnshare", func(t *testing.T) {
			var link, again api.ShareLink
			e.do(http.MethodPost, loadoutPath(current.ID, "/share"), e.aliceKey, nil).decode(t, http.StatusOK, &link)
			e.do(http.MethodPost, loadoutPath(current.ID, "/share"), e.aliceKey, nil).decode(t, http.StatusOK, &again)
			if link.Token == "" || again != link || link.URL != "/s/"+link.Token || link.API != "/api/v1/styling/shared/"+link.Token {
				t.Fatalf("links %+v then %+v, want one stable link", link, again)
			}
			r := e.do(http.MethodGet, link.API, "", nil)
			var sh api.SharedLoadout
			r.decode(t, http.StatusOK, &sh)
			var names []string
			for _, it := range sh.Items {
				names = append(names, it.Name)
			}
			slices.Sort(names)
			if sh.Kind != "backpack" || sh.Note != "Week two" || !slices.Equal(names, []string{"Alice Lion", "Lychee Berry"}) {
				t.Errorf("shared %+v, want the backpack with its two items and note", sh)
			}
			for _, private := range []string{"Mei", "9900", "owner", "price", "memory"} {
				if strings.Contains(r.Body.String(), private) {
					t.Errorf("shared loadout shows %q: %s", private, r.Body.String())
				}
			}
			for _, path := range []string{sh.PictureSVGURL, sh.PicturePNGURL} {
				if r := e.do(http.MethodGet, path, "", nil); r.Code != http.StatusOK || len(r.Body.Bytes()) == 0 {
					t.Errorf("%s: %d, %d bytes", path, r.Code, len(r.Body.Bytes()))
				}
			}
			e.do(http.MethodDelete, loadoutPath(current.ID, "/share"), e.aliceKey, nil).decode(t, http.StatusNoContent, nil)
			for _, path := range []string{link.API, sh.PictureSVGURL, sh.PicturePNGURL} {
				e.do(http.MethodGet, path, "", nil).problem(t, http.StatusNotFound)
			}
		})
		t.Run("Pictures", func(t *testing.T) {
			for _, tc := range []struct {
				ext, contentType string
				magic            []byte
			}{
				{"svg", "image/svg+xml", []byte("<svg")},
				{"png", "image/png", []byte("\x89PNG\r\n\x1a\n")},
			} {
				r := e.do(http.MethodGet, loadoutPath(current.ID, "/picture."+tc.ext), e.aliceKey, nil)
				if r.Code != http.StatusOK || r.Header().Get("Content-Type") != tc.contentType {
					t.Errorf("%s: %d %s", tc.ext, r.Code, r.Header().Get("Content-Type"))
				}
				if !bytes.Contains(r.Body.Bytes()[:min(len(r.Body.Bytes()), 200)], tc.magic) {
					t.Errorf("%s starts %.40q", tc.ext, r.Body.String())
				}
			}
		})
	})
}

func TestCoach(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newEnv(t, d)
		lion := e.mustItem(t, e.aliceKey, map[string]any{"charm_id": e.lion.ID})
		crane := e.mustItem(t, e.aliceKey, map[string]any{"charm_id": e.crane.ID})
		lychee := e.mustItem(t, e.aliceKey, map[string]any{"charm_id": e.lychee.ID})
		bag := e.mustCarrier(t, e.aliceKey, map[string]any{"kind": "backpack", "name": "Backpack"})
		e.mustLoadout(t, e.aliceKey, bag.ID, "", place{lion.ID, "zip_pull_left"}, place{crane.ID, "zip_pull_right"})

		// check tests a report; available is the one item it may bring in.
		check := func(t *testing.T, r api.CoachReport, available int64) {
			t.Helper()
			if r.Score < 0 || r.Score > 100 || len(r.Findings) == 0 {
				t.Fatalf("report %+v, want a score in range and findings", r)
			}
			for _, f := range r.Findings {
				if f.Code == "" || f.Message == "" || f.Rule == "" || !slices.Contains([]string{"good", "info", "warn", "problem"}, f.Severity) {
					t.Errorf("finding %+v is incomplete", f)
				}
			}
			for _, s := range r.Suggestions {
				if s.In != 0 && s.In != available {
					t.Errorf("suggestion %+v brings in an item that is not available", s)
				}
			}
		}
		var current, draft api.CoachReport
		t.Run("ReadsTheCurrentLoadout", func(t *testing.T) {
			e.do(http.MethodPost, carrierPath(bag.ID, "/coach"), e.aliceKey, nil).decode(t, http.StatusOK, &current)
			check(t, current, lychee.ID)
		})
		t.Run("ReadsADraftWithoutSavingIt", func(t *testing.T) {
			e.do(http.MethodPost, carrierPath(bag.ID, "/coach"), e.aliceKey,
				loadoutBody("", place{lion.ID, "zip_pull_left"}, place{lychee.ID, "strap_left"})).decode(t, http.StatusOK, &draft)
			check(t, draft, crane.ID)
			if c := e.getCarrier(t, e.aliceKey, bag.ID); !slices.Equal(placedIDs(c.Current), []int64{lion.ID, crane.ID}) {
				t.Errorf("the draft was saved: %v", placedIDs(c.Current))
			}
			if len(e.journey(t, e.aliceKey, bag.ID)) != 1 {
				t.Error("the draft added a journey entry")
			}
		})
		t.Run("DraftWithAnUnknownPointIsInvalid", func(t *testing.T) {
			p := e.do(http.MethodPost, carrierPath(bag.ID, "/coach"), e.aliceKey,
				loadoutBody("", place{lion.ID, "hood"})).problem(t, http.StatusUnprocessableEntity)
			if len(p.Errors) == 0 || !strings.HasPrefix(p.Errors[0].Location, "body.") {
				t.Errorf("errors %v, want located in the body", p.locations())
			}
		})
	})
}

func TestPicturesDrawPhotos(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newEnv(t, d)
		// shared hangs one item with a photo of shade on a keyring, shares
		// it and returns how many pixels of the photo's colour the owner's
		// and a visitor's PNG show, and both SVGs.
		shared := func(t *testing.T, visibility string, shade uint8) (own, pub int, ownSVG, pubSVG string, photo api.Photo) {
			t.Helper()
			it := e.mustItem(t, e.aliceKey, map[string]any{"charm_id": e.lychee.ID, "visibility": visibility})
			var photos photoPage
			e.uploadPhotos(t, e.aliceKey, it.ID, upload{"p.png", pngImage(t, shade)}).decode(t, http.StatusCreated, &photos)
			c := e.mustCarrier(t, e.aliceKey, map[string]any{"kind": "keyring", "name": "Keys " + visibility})
			l := e.mustLoadout(t, e.aliceKey, c.ID, "", place{it.ID, "main_ring"})
			var link api.ShareLink
			e.do(http.MethodPost, loadoutPath(l.ID, "/share"), e.aliceKey, nil).decode(t, http.StatusOK, &link)
			get := func(path, token string) []byte {
				r := e.do(http.MethodGet, path, token, nil)
				if r.Code != http.StatusOK {
					t.Fatalf("%s: %d %s", path, r.Code, r.Body.String())
				}
				return r.Body.Bytes()
			}
			photoColour := color.RGBA{R: shade, G: 120, B: 200, A: 255}
			own = pixelsNear(t, get(loadoutPath(l.ID, "/picture.png"), e.aliceKey), photoColour)
			pub = pixelsNear(t, get(link.API+"/picture.png", ""), photoColour)
			return own, pub, string(get(loadoutPath(l.ID, "/picture.svg"), e.aliceKey)), string(get(link.API+"/picture.svg", "")), photos.Items[0]
		}
		t.Run("PrivatePhotosOnlyForTheOwner", func(t *testing.T) {
			own, pub, ownSVG, pubSVG, photo := shared(t, "private", 30)
			if own < 100 || pub != 0 {
				t.Errorf("the photo's colour covers %d pixels for the owner and %d for a visitor, want many and none", own, pub)
			}
			if !strings.Contains(ownSVG, photo.ThumbURL) {
				t.Errorf("the owner's SVG does not link the photo %s", photo.ThumbURL)
			}
			if strings.Contains(pubSVG, "/collection/photos/") {
				t.Error("the shared SVG links a photo")
			}
		})
		t.Run("PublicPhotosForAnyone", func(t *testing.T) {
			if own, pub, _, _, _ := shared(t, "public", 220); own < 100 || pub < 100 {
				t.Errorf("the photo's colour covers %d pixels for the owner and %d for a visitor, want many for both", own, pub)
			}
		})
	})
}

// pixelsNear counts the pixels of a PNG close to c (photos go through
// JPEG thumbnails, which shift colours a little).
func pixelsNear(t *testing.T, data []byte, c color.RGBA) int {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("decode picture: %v", err)
	}
	near := func(a uint32, b uint8) bool { d := int(a>>8) - int(b); return d > -12 && d < 12 }
	n := 0
	for y := img.Bounds().Min.Y; y < img.Bounds().Max.Y; y++ {
		for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x++ {
			r, g, b, _ := img.At(x, y).RGBA()
			if near(r, c.R) && near(g, c.G) && near(b, c.B) {
				n++
			}
		}
	}
	return n
}
