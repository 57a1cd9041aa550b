package collection

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"hash/crc32"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"io"
	"log/slog"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/job"
)

// testImage is a w×h opaque image whose colours depend on seed, so that
// different seeds give different files.
func testImage(w, h, seed int) *image.RGBA {
	m := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			m.Set(x, y, color.RGBA{uint8(x + seed), uint8(y * seed), uint8(seed * 37), 0xFF})
		}
	}
	return m
}

func pngUpload(t testing.TB, name string, w, h, seed int) Upload {
	t.Helper()
	var b bytes.Buffer
	if err := png.Encode(&b, testImage(w, h, seed)); err != nil {
		t.Fatal(err)
	}
	return Upload{Name: name, Data: b.Bytes()}
}

func jpegUpload(t testing.TB, name string, w, h, seed int) Upload {
	t.Helper()
	var b bytes.Buffer
	if err := jpeg.Encode(&b, testImage(w, h, seed), nil); err != nil {
		t.Fatal(err)
	}
	return Upload{Name: name, Data: b.Bytes()}
}

// bombUpload is a valid 1×1 PNG whose header declares 50000×50000 pixels.
func bombUpload(t testing.TB) Upload {
	t.Helper()
	b := pngUpload(t, "bomb.png", 1, 1, 1).Data
	ihdr := b[12:29]
	binary.BigEndian.PutUint32(ihdr[4:], 50000)
	binary.BigEndian.PutUint32(ihdr[8:], 50000)
	binary.BigEndian.PutUint32(b[29:], crc32.ChecksumIEEE(ihdr))
	return Upload{Name: "bomb.png", Data: b}
}

func shaOf(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// mustPhotos adds files to an item of owner's.
func (f *fixture) mustPhotos(t testing.TB, owner, itemID int64, files ...Upload) []Photo {
	t.Helper()
	ps, err := f.S.AddPhotos(ctxBG, owner, itemID, files)
	if err != nil {
		t.Fatalf("add photos: %v", err)
	}
	return ps
}

// photoOrder is the ids of an item's photos as its owner reads them.
func (f *fixture) photoOrder(t testing.TB, owner, itemID int64) []int64 {
	t.Helper()
	it, err := f.S.Item(ctxBG, owner, itemID)
	if err != nil {
		t.Fatalf("item: %v", err)
	}
	var ids []int64
	for i, p := range it.Photos {
		if p.Position != i {
			t.Errorf("photo %d is at position %d, want %d", p.ID, p.Position, i)
		}
		ids = append(ids, p.ID)
	}
	if len(ids) > 0 && it.MainPhoto != ids[0] {
		t.Errorf("main photo = %d, want the first, %d", it.MainPhoto, ids[0])
	}
	return ids
}

// readPhoto reads a photo file as viewer sees it.
func (f *fixture) readPhoto(t testing.TB, viewer, photoID int64, thumb bool) ([]byte, *Photo) {
	t.Helper()
	r, p, err := f.S.PhotoFile(ctxBG, viewer, photoID, thumb)
	if err != nil {
		t.Fatalf("photo file %d: %v", photoID, err)
	}
	defer r.Close()
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return b, p
}

func photoTestCount(t testing.TB, d *db.DB, query string, args ...any) int {
	t.Helper()
	var n int
	if err := d.R.QueryRowContext(ctxBG, query, args...).Scan(&n); err != nil {
		t.Fatalf("count: %v", err)
	}
	return n
}

func TestAddPhotos(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		_, figures := f.blindBoxSeries(t)
		it := f.mustItem(t, f.A, figures[0].ID)

		t.Run("AddsManyAtOnceAfterTheExistingOnes", func(t *testing.T) {
			front, back := pngUpload(t, "front.png", 80, 60, 1), jpegUpload(t, "back.jpg", 30, 20, 2)
			ps := f.mustPhotos(t, f.A, it.ID, front, back)
			if len(ps) != 2 || ps[0].Position != 0 || ps[1].Position != 1 {
				t.Fatalf("photos = %+v", ps)
			}
			want := Photo{ID: ps[0].ID, ItemID: it.ID, SHA256: shaOf(front.Data), ContentType: "image/png",
				Width: 80, Height: 60, Bytes: int64(len(front.Data)), CreatedAt: f.Now}
			if ps[0] != want {
				t.Errorf("first photo = %+v, want %+v", ps[0], want)
			}
			if ps[1].ContentType != "image/jpeg" || ps[1].Width != 30 || ps[1].Height != 20 {
				t.Errorf("second photo = %+v", ps[1])
			}
			side := f.mustPhotos(t, f.A, it.ID, pngUpload(t, "side.png", 10, 10, 3))
			if side[0].Position != 2 {
				t.Errorf("third photo at position %d, want 2", side[0].Position)
			}
			if got := f.photoOrder(t, f.A, it.ID); len(got) != 3 || got[0] != ps[0].ID || got[2] != side[0].ID {
				t.Errorf("item photos = %v", got)
			}
			if b, _ := f.readPhoto(t, f.A, ps[0].ID, false); !bytes.Equal(b, front.Data) {
				t.Error("stored file differs from the upload")
			}
		})
		t.Run("EnqueuesOneThumbnailJobPerPhoto", func(t *testing.T) {
			ps := f.mustPhotos(t, f.A, it.ID, pngUpload(t, "a.png", 5, 5, 4), pngUpload(t, "b.png", 5, 5, 5))
			for _, p := range ps {
				payload, _ := json.Marshal(thumbPayload{PhotoID: p.ID})
				if n := photoTestCount(t, d, `SELECT COUNT(*) FROM jobs WHERE kind = $1 AND payload = $2`, JobThumbnail, string(payload)); n != 1 {
					t.Errorf("%d thumbnail jobs for photo %d, want 1", n, p.ID)
				}
			}
		})

		other := f.mustItem(t, f.A, figures[1].ID)
		good := pngUpload(t, "good.png", 9, 9, 6)
		refused := []struct {
			name  string
			files []Upload
			kind  errs.Kind
			msg   string
		}{
			{"WrongType", []Upload{good, {Name: "notes.txt", Data: []byte("not a photo")}}, errs.Invalid,
				"notes.txt is not a JPEG, PNG, WebP or GIF image"},
			{"OversizedFile", []Upload{good, {Name: "huge.jpg", Data: append(jpegUpload(t, "", 8, 8, 1).Data, make([]byte, 11<<20)...)}},
				errs.TooLarge, "huge.jpg is 11.0 MB; photos can be at most 10 MB"},
			{"DecompressionBomb", []Upload{good, bombUpload(t)}, errs.Invalid, "bomb.png is 50000×50000 pixels; at most 40 megapixels"},
			{"EmptyFile", []Upload{{Name: "blank.png"}}, errs.Invalid, "blank.png is empty"},
			{"NoFiles", nil, errs.Invalid, ""},
		}
		for _, tt := range refused {
			t.Run("Refuses"+tt.name+"AndAddsNothing", func(t *testing.T) {
				_, err := f.S.AddPhotos(ctxBG, f.A, other.ID, tt.files)
				if !errs.Is(err, tt.kind) || !strings.Contains(errs.Message(err), tt.msg) {
					t.Fatalf("err = %v (%s), want %v naming %q", err, errs.Message(err), tt.kind, tt.msg)
				}
				if n := len(f.photoOrder(t, f.A, other.ID)); n != 0 {
					t.Errorf("item has %d photos after a refused batch", n)
				}
				if f.S.photos.Has(shaOf(good.Data)) {
					t.Error("the good file of a refused batch was stored")
				}
			})
		}
		t.Run("AtMostTwentyPerItem", func(t *testing.T) {
			var batch []Upload
			for i := range MaxPhotosPerItem - 1 {
				batch = append(batch, pngUpload(t, "p.png", 4, 4, 100+i))
			}
			f.mustPhotos(t, f.A, other.ID, batch...)
			two := []Upload{pngUpload(t, "x.png", 4, 4, 200), pngUpload(t, "y.png", 4, 4, 201)}
			_, err := f.S.AddPhotos(ctxBG, f.A, other.ID, two)
			if fe := errs.FieldsOf(err); len(fe) != 1 || fe[0].Field != "photos" {
				t.Fatalf("21st and 22nd photos: err = %v, want Invalid on photos", err)
			}
			f.mustPhotos(t, f.A, other.ID, two[0])
			if _, err := f.S.AddPhotos(ctxBG, f.A, other.ID, two[1:]); !errs.Is(err, errs.Invalid) {
				t.Fatalf("21st photo: err = %v, want Invalid", err)
			}
			if f.S.photos.Has(shaOf(two[1].Data)) {
				t.Error("the refused 21st photo stayed on disk")
			}
			if n := len(f.photoOrder(t, f.A, other.ID)); n != MaxPhotosPerItem {
				t.Errorf("item has %d photos, want %d", n, MaxPhotosPerItem)
			}
			tooMany := make([]Upload, MaxPhotosPerItem+1)
			if _, err := f.S.AddPhotos(ctxBG, f.A, it.ID, tooMany); !errs.Is(err, errs.Invalid) {
				t.Errorf("a batch of 21: err = %v, want Invalid", err)
			}
		})
		t.Run("MissingItem", func(t *testing.T) {
			_, err := f.S.AddPhotos(ctxBG, f.A, 987654321, []Upload{good})
			if !errs.Is(err, errs.NotFound) {
				t.Fatalf("err = %v, want NotFound", err)
			}
			if f.S.photos.Has(shaOf(good.Data)) {
				t.Error("the file stayed on disk after the insert failed")
			}
		})
	})
}

// runThumbnailJobs runs the queue with the thumbnail handler as the app
// registers it, and returns how many jobs ran.
func runThumbnailJobs(t testing.TB, f *fixture) int {
	t.Helper()
	q, err := job.New(f.DB, job.Options{Log: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	q.Register(JobThumbnail, func(ctx context.Context, payload []byte) error {
		var p thumbPayload
		if err := json.Unmarshal(payload, &p); err != nil {
			return job.Permanent(err)
		}
		return f.S.MakeThumbnail(ctx, p.PhotoID)
	})
	n, err := q.RunUntilIdle(ctxBG)
	if err != nil {
		t.Fatalf("run jobs: %v", err)
	}
	return n
}

func TestThumbnailsAreMadeByTheJobQueue(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		_, figures := f.blindBoxSeries(t)
		it := f.mustItem(t, f.A, figures[0].ID)
		big, small := pngUpload(t, "big.png", 800, 600, 1), jpegUpload(t, "small.jpg", 300, 200, 2)
		ps := f.mustPhotos(t, f.A, it.ID, big, small)

		t.Run("OriginalServedUntilTheThumbnailIsMade", func(t *testing.T) {
			b, p := f.readPhoto(t, f.A, ps[0].ID, true)
			if !bytes.Equal(b, big.Data) || p.ContentType != "image/png" || p.ThumbReady {
				t.Errorf("before the job: %d bytes, %+v", len(b), p)
			}
		})
		if n := runThumbnailJobs(t, f); n != 2 {
			t.Fatalf("ran %d jobs, want 2", n)
		}
		if n := photoTestCount(t, d, `SELECT COUNT(*) FROM jobs WHERE kind = $1 AND status = 'done'`, JobThumbnail); n != 2 {
			t.Errorf("%d thumbnail jobs done, want 2", n)
		}
		for i, want := range []image.Point{{400, 300}, {300, 200}} {
			b, p := f.readPhoto(t, f.A, ps[i].ID, true)
			if !p.ThumbReady || p.ContentType != "image/jpeg" {
				t.Errorf("photo %d after the job: %+v", i, p)
			}
			m, err := jpeg.Decode(bytes.NewReader(b))
			if err != nil {
				t.Fatalf("thumbnail %d does not decode: %v", i, err)
			}
			if m.Bounds().Size() != want {
				t.Errorf("thumbnail %d is %v, want %v", i, m.Bounds().Size(), want)
			}
			if orig, _ := f.readPhoto(t, f.A, ps[i].ID, false); len(orig) != len([]Upload{big, small}[i].Data) {
				t.Errorf("original %d is no longer served", i)
			}
		}
		t.Run("RunningAgainChangesNothing", func(t *testing.T) {
			if err := f.S.MakeThumbnail(ctxBG, ps[0].ID); err != nil {
				t.Fatal(err)
			}
		})
		t.Run("SameFileOnAnotherItemGetsItsThumbnail", func(t *testing.T) {
			again := f.mustPhotos(t, f.A, f.mustItem(t, f.A, figures[1].ID).ID, big)
			runThumbnailJobs(t, f)
			if _, p := f.readPhoto(t, f.A, again[0].ID, true); !p.ThumbReady {
				t.Errorf("shared photo has no thumbnail: %+v", p)
			}
		})
		t.Run("DeletedPhotoFailsPermanently", func(t *testing.T) {
			err := f.S.MakeThumbnail(ctxBG, 987654321)
			if !job.IsPermanent(err) || !errs.Is(err, errs.NotFound) {
				t.Fatalf("err = %v, want a permanent NotFound", err)
			}
		})
	})
}
