package styling

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"image"
	"image/color"
	"image/png"
	"io"
	"testing"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
)

// pngOf encodes a small picture filled with c.
func pngOf(t testing.TB, c color.Color) []byte {
	t.Helper()
	m := image.NewRGBA(image.Rect(0, 0, 8, 6))
	for y := range 6 {
		for x := range 8 {
			m.Set(x, y, c)
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, m); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func shaOf(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

func TestLoadoutPhoto(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		bag := f.storeCarrier(t, f.A, "tote", "Tote")
		l := f.storeSave(t, f.A, bag, nil)
		red, blue := pngOf(t, color.RGBA{R: 255, A: 255}), pngOf(t, color.RGBA{B: 255, A: 255})

		t.Run("NoPhotoYet", func(t *testing.T) {
			if _, _, err := f.S.LoadoutPhoto(ctxBG, f.A, l.ID); !errs.Is(err, errs.NotFound) {
				t.Errorf("err = %v, want NotFound", err)
			}
		})
		t.Run("StoredAndServed", func(t *testing.T) {
			if err := f.S.SetLoadoutPhoto(ctxBG, f.A, l.ID, collection.Upload{Name: "red.png", Data: red}); err != nil {
				t.Fatal(err)
			}
			if got, _ := f.S.Loadout(ctxBG, f.A, l.ID); got.PhotoSHA != shaOf(red) {
				t.Errorf("photo sha = %q", got.PhotoSHA)
			}
			r, ct, err := f.S.LoadoutPhoto(ctxBG, f.A, l.ID)
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			data, _ := io.ReadAll(r)
			if ct != "image/png" || !bytes.Equal(data, red) {
				t.Errorf("served %s, %d bytes", ct, len(data))
			}
		})
		t.Run("ReplacingDropsTheUnusedFile", func(t *testing.T) {
			if err := f.S.SetLoadoutPhoto(ctxBG, f.A, l.ID, collection.Upload{Name: "blue.png", Data: blue}); err != nil {
				t.Fatal(err)
			}
			if f.S.photos.Has(shaOf(red)) || !f.S.photos.Has(shaOf(blue)) {
				t.Errorf("files: red kept %v, blue stored %v", f.S.photos.Has(shaOf(red)), f.S.photos.Has(shaOf(blue)))
			}
		})
		t.Run("SharedFileKept", func(t *testing.T) {
			other := f.storeSave(t, f.A, f.storeCarrier(t, f.A, "keyring", "Keys"), nil)
			for _, id := range []int64{other.ID, l.ID} {
				if err := f.S.SetLoadoutPhoto(ctxBG, f.A, id, collection.Upload{Name: "red.png", Data: red}); err != nil {
					t.Fatal(err)
				}
			}
			if !f.S.photos.Has(shaOf(red)) || f.S.photos.Has(shaOf(blue)) {
				t.Error("a file still in use was removed, or an unused one kept")
			}
			if err := f.S.DeleteCarrier(ctxBG, f.A, other.CarrierID); err != nil {
				t.Fatal(err)
			}
			if !f.S.photos.Has(shaOf(red)) {
				t.Error("deleting one carrier removed a photo another loadout uses")
			}
		})
		t.Run("RefusesNonImages", func(t *testing.T) {
			err := f.S.SetLoadoutPhoto(ctxBG, f.A, l.ID, collection.Upload{Name: "notes.txt", Data: []byte("hello there")})
			if !errs.Is(err, errs.Invalid) {
				t.Errorf("err = %v, want Invalid", err)
			}
		})
		t.Run("DeletingTheCarrierDropsItsFiles", func(t *testing.T) {
			if err := f.S.DeleteCarrier(ctxBG, f.A, bag.ID); err != nil {
				t.Fatal(err)
			}
			if f.S.photos.Has(shaOf(red)) {
				t.Error("the journey's photo file outlived its carrier")
			}
		})
		t.Run("MissingLoadout", func(t *testing.T) {
			err := f.S.SetLoadoutPhoto(ctxBG, f.A, l.ID+1000, collection.Upload{Name: "red.png", Data: red})
			if !errs.Is(err, errs.NotFound) {
				t.Errorf("err = %v, want NotFound", err)
			}
		})
	})
}
