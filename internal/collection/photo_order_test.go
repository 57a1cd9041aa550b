package collection

import (
	"slices"
	"testing"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
)

func TestPhotoOrder(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		_, figures := f.blindBoxSeries(t)
		it := f.mustItem(t, f.A, figures[0].ID)
		ps := f.mustPhotos(t, f.A, it.ID, pngUpload(t, "a.png", 4, 4, 1), pngUpload(t, "b.png", 4, 4, 2), pngUpload(t, "c.png", 4, 4, 3))
		a, b, c := ps[0].ID, ps[1].ID, ps[2].ID
		elsewhere := f.mustPhotos(t, f.A, f.mustItem(t, f.A, figures[1].ID).ID, pngUpload(t, "d.png", 4, 4, 4))[0].ID

		t.Run("Reorder", func(t *testing.T) {
			if err := f.S.ReorderPhotos(ctxBG, f.A, it.ID, []int64{c, a, b}); err != nil {
				t.Fatal(err)
			}
			if got := f.photoOrder(t, f.A, it.ID); !slices.Equal(got, []int64{c, a, b}) {
				t.Errorf("order = %v, want %v", got, []int64{c, a, b})
			}
		})
		for name, ids := range map[string][]int64{
			"OneMissing":          {c, a},
			"OneTwice":            {c, a, a},
			"OneTwiceOneMissing":  {c, c, b},
			"AnotherItemsPhoto":   {c, a, b, elsewhere},
			"AnotherItemsInstead": {c, a, elsewhere},
			"None":                nil,
		} {
			t.Run("ReorderRefuses"+name, func(t *testing.T) {
				err := f.S.ReorderPhotos(ctxBG, f.A, it.ID, ids)
				if fe := errs.FieldsOf(err); len(fe) != 1 || fe[0].Field != "photos" {
					t.Fatalf("err = %v, want Invalid on photos", err)
				}
				if got := f.photoOrder(t, f.A, it.ID); !slices.Equal(got, []int64{c, a, b}) {
					t.Errorf("order changed to %v", got)
				}
			})
		}
		t.Run("SetMain", func(t *testing.T) {
			if err := f.S.SetMainPhoto(ctxBG, f.A, it.ID, b); err != nil {
				t.Fatal(err)
			}
			if got := f.photoOrder(t, f.A, it.ID); !slices.Equal(got, []int64{b, c, a}) {
				t.Errorf("order = %v, want %v", got, []int64{b, c, a})
			}
			if err := f.S.SetMainPhoto(ctxBG, f.A, it.ID, elsewhere); !errs.Is(err, errs.NotFound) {
				t.Errorf("another item's photo as main: err = %v, want NotFound", err)
			}
		})
		t.Run("DeleteRenumbers", func(t *testing.T) {
			if err := f.S.DeletePhoto(ctxBG, f.A, c); err != nil {
				t.Fatal(err)
			}
			if got := f.photoOrder(t, f.A, it.ID); !slices.Equal(got, []int64{b, a}) {
				t.Errorf("order = %v, want %v", got, []int64{b, a})
			}
			if err := f.S.DeletePhoto(ctxBG, f.A, c); !errs.Is(err, errs.NotFound) {
				t.Errorf("deleting twice: err = %v, want NotFound", err)
			}
		})
	})
}

// TestDeletePhotoKeepsSharedFiles: identical uploads share one file, which
// goes with the last photo that uses it.
func TestDeletePhotoKeepsSharedFiles(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		_, figures := f.blindBoxSeries(t)
		same := pngUpload(t, "same.png", 600, 500, 7)
		sha := shaOf(same.Data)
		mine := f.mustPhotos(t, f.A, f.mustItem(t, f.A, figures[0].ID).ID, same)[0]
		theirs := f.mustPhotos(t, f.B, f.mustItem(t, f.B, figures[0].ID).ID, same)[0]
		runThumbnailJobs(t, f)

		if err := f.S.DeletePhoto(ctxBG, f.A, mine.ID); err != nil {
			t.Fatal(err)
		}
		if !f.S.photos.Has(sha) {
			t.Fatal("the file went while B's photo still uses it")
		}
		f.readPhoto(t, f.B, theirs.ID, false)
		if _, p := f.readPhoto(t, f.B, theirs.ID, true); p.ContentType != "image/jpeg" {
			t.Errorf("B's thumbnail went: %+v", p)
		}
		if err := f.S.DeletePhoto(ctxBG, f.B, theirs.ID); err != nil {
			t.Fatal(err)
		}
		if f.S.photos.Has(sha) {
			t.Error("the file stayed after its last photo was deleted")
		}
		if _, err := f.S.photos.OpenThumb(sha); !errs.Is(err, errs.NotFound) {
			t.Errorf("the thumbnail stayed: %v", err)
		}
	})
}

// TestOtherUsersCannotReadOrChangePhotos proves owner scoping of photos:
// B gets NotFound from every write to A's items and from reading photos of
// A's private item, but may read photos of A's public item.
func TestOtherUsersCannotReadOrChangePhotos(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		_, figures := f.blindBoxSeries(t)
		priv := f.mustItem(t, f.A, figures[0].ID)
		pub := f.mustItem(t, f.A, figures[1].ID, func(in *ItemInput) { in.Visibility = "public" })
		privPhotos := f.mustPhotos(t, f.A, priv.ID, pngUpload(t, "a.png", 4, 4, 1), pngUpload(t, "b.png", 4, 4, 2))
		pubPhotos := f.mustPhotos(t, f.A, pub.ID, pngUpload(t, "c.png", 4, 4, 3), pngUpload(t, "d.png", 4, 4, 4))
		upload := pngUpload(t, "mine.png", 4, 4, 5)

		for _, item := range []struct {
			name   string
			id     int64
			photos []Photo
		}{{"Private", priv.ID, privPhotos}, {"Public", pub.ID, pubPhotos}} {
			first, second := item.photos[0].ID, item.photos[1].ID
			writes := map[string]func() error{
				"AddPhotos": func() error { _, err := f.S.AddPhotos(ctxBG, f.B, item.id, []Upload{upload}); return err },
				"Reorder":   func() error { return f.S.ReorderPhotos(ctxBG, f.B, item.id, []int64{second, first}) },
				"SetMain":   func() error { return f.S.SetMainPhoto(ctxBG, f.B, item.id, second) },
				"Delete":    func() error { return f.S.DeletePhoto(ctxBG, f.B, first) },
			}
			for name, write := range writes {
				t.Run("B cannot "+name+" on "+item.name, func(t *testing.T) {
					if err := write(); !errs.Is(err, errs.NotFound) {
						t.Fatalf("err = %v, want NotFound", err)
					}
					if got := f.photoOrder(t, f.A, item.id); !slices.Equal(got, []int64{first, second}) {
						t.Errorf("A's photos are now %v", got)
					}
				})
			}
		}
		if f.S.photos.Has(shaOf(upload.Data)) {
			t.Error("B's refused upload was left on disk")
		}
		t.Run("PrivatePhotosHidden", func(t *testing.T) {
			for _, viewer := range []int64{f.B, 0} {
				for _, thumb := range []bool{false, true} {
					if _, _, err := f.S.PhotoFile(ctxBG, viewer, privPhotos[0].ID, thumb); !errs.Is(err, errs.NotFound) {
						t.Errorf("viewer %d (thumb %v) reads A's private photo: %v", viewer, thumb, err)
					}
				}
			}
			f.readPhoto(t, f.A, privPhotos[0].ID, false)
		})
		t.Run("PublicPhotosReadable", func(t *testing.T) {
			for _, viewer := range []int64{f.B, 0} {
				f.readPhoto(t, viewer, pubPhotos[0].ID, false)
				f.readPhoto(t, viewer, pubPhotos[1].ID, true)
			}
		})
		t.Run("MissingPhoto", func(t *testing.T) {
			if _, _, err := f.S.PhotoFile(ctxBG, f.A, 987654321, false); !errs.Is(err, errs.NotFound) {
				t.Errorf("err = %v, want NotFound", err)
			}
		})
	})
}

func TestDeleteItemRemovesUnsharedPhotoFiles(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		_, figures := f.blindBoxSeries(t)
		one := f.mustItem(t, f.A, figures[0].ID)
		two := f.mustItem(t, f.A, figures[1].ID)
		own := pngUpload(t, "own.png", 40, 30, 1)
		shared := pngUpload(t, "shared.png", 40, 30, 2)
		f.mustPhotos(t, f.A, one.ID, own, shared)
		f.mustPhotos(t, f.A, two.ID, shared)
		if err := f.S.DeleteItem(ctxBG, f.A, one.ID); err != nil {
			t.Fatalf("delete item: %v", err)
		}
		if f.S.photos.Has(shaOf(own.Data)) {
			t.Error("the deleted item's own photo file is still stored")
		}
		if !f.S.photos.Has(shaOf(shared.Data)) {
			t.Error("a file another item still shows was removed")
		}
	})
}
