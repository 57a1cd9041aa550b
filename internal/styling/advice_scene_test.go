package styling

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"reflect"
	"testing"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/styling/render"
)

// adviceUpload is a w×h PNG photo.
func adviceUpload(t testing.TB, w, h int) collection.Upload {
	t.Helper()
	m := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			m.Set(x, y, color.RGBA{uint8(x), uint8(y), 0x80, 0xFF})
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, m); err != nil {
		t.Fatal(err)
	}
	return collection.Upload{Name: "charm.png", Data: b.Bytes()}
}

func photoURL(id int64) string { return fmt.Sprintf("/photos/%d", id) }

func TestScene(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		cs := f.charms(t, 3)
		withPhoto := f.mustItem(t, f.A, cs[0].ID)
		plain := f.mustItem(t, f.A, cs[1].ID, func(in *collection.ItemInput) { in.Title = "Plain one" })
		later := f.mustItem(t, f.A, cs[2].ID)
		photos, err := f.Col.AddPhotos(ctxBG, f.A, withPhoto.ID, []collection.Upload{adviceUpload(t, 600, 300), adviceUpload(t, 20, 20)})
		if err != nil {
			t.Fatal(err)
		}
		bag := adviceInsertCarrier(t, f, f.A, "backpack", "School bag", func(c *Carrier) { c.Colour = "pink" })
		past := adviceInsertLoadout(t, f, f.A, bag, adviceAgo(f, 30), adviceEnd(adviceAgo(f, 2)),
			PlacementInput{ItemID: later.ID, Point: "side_loop"})
		current := adviceInsertLoadout(t, f, f.A, bag, adviceAgo(f, 2), nil,
			PlacementInput{ItemID: withPhoto.ID, Point: "top_handle"}, PlacementInput{ItemID: plain.ID, Point: "zip_pull_left"})

		t.Run("DrawsCharmsInPointOrderWithPhotos", func(t *testing.T) {
			sc, err := f.S.Scene(ctxBG, f.A, current, photoURL)
			if err != nil {
				t.Fatal(err)
			}
			k, _ := KindOf("backpack")
			if sc.Title != "School bag" || sc.Kind != "backpack" || sc.Size != "L" || sc.Colour != "pink" || !reflect.DeepEqual(sc.Points, k.Points) {
				t.Errorf("scene %q %q %q %q %v", sc.Title, sc.Kind, sc.Size, sc.Colour, sc.Points)
			}
			want := []render.Charm{
				{Point: "zip_pull_left", Name: "Plain one", Category: cs[1].Category, Colours: adviceNil(cs[1].Colours), WidthMM: cs[1].WidthMM, HeightMM: cs[1].HeightMM},
				{Point: "top_handle", Name: cs[0].Name, Category: cs[0].Category, Colours: adviceNil(cs[0].Colours), WidthMM: cs[0].WidthMM, HeightMM: cs[0].HeightMM,
					PhotoURL: photoURL(photos[0].ID)},
			}
			if !reflect.DeepEqual(sc.Charms, want) {
				t.Errorf("charms\n got %+v\nwant %+v", sc.Charms, want)
			}
			if svg := render.SVG(*sc); !bytes.Contains(svg, []byte(photoURL(photos[0].ID))) {
				t.Errorf("the SVG does not use the photo")
			}
		})
		t.Run("WithoutPhotoURLsDrawsByCategory", func(t *testing.T) {
			sc, err := f.S.Scene(ctxBG, f.A, current, nil)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range sc.Charms {
				if c.PhotoURL != "" {
					t.Errorf("%s has photo %q", c.Name, c.PhotoURL)
				}
			}
		})
		t.Run("PastLoadoutOfTheJourney", func(t *testing.T) {
			sc, err := f.S.Scene(ctxBG, f.A, past, photoURL)
			if err != nil {
				t.Fatal(err)
			}
			if len(sc.Charms) != 1 || sc.Charms[0].Point != "side_loop" || sc.Charms[0].PhotoURL != "" {
				t.Errorf("charms %+v", sc.Charms)
			}
		})
		t.Run("OtherOwnersGetNotFound", func(t *testing.T) {
			for _, id := range []int64{current, past, 999999} {
				if sc, err := f.S.Scene(ctxBG, f.B, id, photoURL); !errs.Is(err, errs.NotFound) || sc != nil {
					t.Errorf("B's scene of %d: %v, %v", id, sc, err)
				}
			}
		})
		t.Run("SharedShowsOnlyPublicPhotos", func(t *testing.T) {
			adviceShare(t, f, current, "tok-current")
			sc, err := f.S.SharedScene(ctxBG, "tok-current", photoURL)
			if err != nil {
				t.Fatal(err)
			}
			if len(sc.Charms) != 2 || sc.Charms[1].PhotoURL != "" {
				t.Fatalf("private photo shared: %+v", sc.Charms)
			}
			adviceExec(t, f, `UPDATE items SET visibility = 'public' WHERE id = $1`, withPhoto.ID)
			if sc, err = f.S.SharedScene(ctxBG, "tok-current", photoURL); err != nil {
				t.Fatal(err)
			}
			if sc.Charms[1].PhotoURL != photoURL(photos[0].ID) {
				t.Errorf("public photo missing: %+v", sc.Charms[1])
			}
		})
		t.Run("SharedNeedsTheToken", func(t *testing.T) {
			for _, tok := range []string{"", "nope", "TOK-CURRENT"} {
				if sc, err := f.S.SharedScene(ctxBG, tok, photoURL); !errs.Is(err, errs.NotFound) || sc != nil {
					t.Errorf("token %q: %v, %v", tok, sc, err)
				}
			}
		})
	})
}

func TestPhotoOf(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		it := f.mustItem(t, f.A, f.charms(t, 1)[0].ID)
		photos, err := f.Col.AddPhotos(ctxBG, f.A, it.ID, []collection.Upload{adviceUpload(t, 900, 450)})
		if err != nil {
			t.Fatal(err)
		}
		id := photos[0].ID
		t.Run("OwnerGetsAThumbnailSizedImage", func(t *testing.T) {
			m, err := f.S.PhotoOf(ctxBG, f.A, id)
			if err != nil {
				t.Fatal(err)
			}
			if b := m.Bounds(); b.Dx() != 400 || b.Dy() != 200 {
				t.Errorf("bounds %v, want 400×200", b)
			}
		})
		t.Run("ThumbnailOnceMade", func(t *testing.T) {
			if err := f.Col.MakeThumbnail(ctxBG, id); err != nil {
				t.Fatal(err)
			}
			m, err := f.S.PhotoOf(ctxBG, f.A, id)
			if err != nil || m.Bounds().Dx() != 400 {
				t.Fatalf("%v, %v", m, err)
			}
		})
		t.Run("PrivateItemsPhotoIsNotFoundForOthers", func(t *testing.T) {
			for _, viewer := range []int64{f.B, 0} {
				if _, err := f.S.PhotoOf(ctxBG, viewer, id); !errs.Is(err, errs.NotFound) {
					t.Errorf("viewer %d: %v, want NotFound", viewer, err)
				}
			}
		})
		t.Run("PublicItemsPhotoIsForAnyone", func(t *testing.T) {
			adviceExec(t, f, `UPDATE items SET visibility = 'public' WHERE id = $1`, it.ID)
			if _, err := f.S.PhotoOf(ctxBG, 0, id); err != nil {
				t.Errorf("visitor: %v", err)
			}
		})
		t.Run("MissingPhoto", func(t *testing.T) {
			if _, err := f.S.PhotoOf(ctxBG, f.A, 999999); !errs.Is(err, errs.NotFound) {
				t.Errorf("got %v, want NotFound", err)
			}
		})
	})
}
