package photo

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/color"
	"image/jpeg"
	"testing"

	"golang.org/x/image/draw"
)

func decodeJPEG(t testing.TB, b []byte) image.Image {
	t.Helper()
	m, err := jpeg.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("thumbnail is not a JPEG: %v", err)
	}
	return m
}

func TestThumbnailSize(t *testing.T) {
	tests := []struct {
		name         string
		data         []byte
		max          int
		wantW, wantH int
	}{
		{"LandscapeLongerSideIs400", mustPNG(t, gradient(1200, 800)), 0, 400, 267},
		{"PortraitLongerSideIs400", mustJPEG(t, gradient(600, 1000)), 0, 240, 400},
		{"OtherSide", mustJPEG(t, gradient(1000, 1000)), 128, 128, 128},
		{"SmallPhotoNotEnlarged", mustPNG(t, gradient(120, 90)), 0, 120, 90},
		{"ThinStripKeepsAPixel", mustPNG(t, gradient(2000, 2)), 0, 400, 1},
		{"GIF", mustGIF(t, gradient(800, 400)), 0, 400, 200},
		{"WebP", mustBase64(t, webpLossy), 0, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Thumbnail(tt.data, tt.max)
			if err != nil {
				t.Fatalf("Thumbnail: %v", err)
			}
			if got := decodeJPEG(t, b).Bounds().Size(); got != image.Pt(tt.wantW, tt.wantH) {
				t.Errorf("size = %v, want %dx%d", got, tt.wantW, tt.wantH)
			}
		})
	}
}

func TestThumbnailTransparentBecomesWhite(t *testing.T) {
	m := image.NewNRGBA(image.Rect(0, 0, 800, 800)) // all transparent
	b, err := Thumbnail(mustPNG(t, m), 0)
	if err != nil {
		t.Fatal(err)
	}
	r, g, bl, _ := decodeJPEG(t, b).At(200, 200).RGBA()
	if r>>8 < 250 || g>>8 < 250 || bl>>8 < 250 {
		t.Errorf("transparent area became %d,%d,%d, want white", r>>8, g>>8, bl>>8)
	}
}

func TestThumbnailRefusesWhatCheckRefuses(t *testing.T) {
	for name, data := range map[string][]byte{
		"Text":      []byte("not an image at all"),
		"Truncated": mustJPEG(t, gradient(50, 50))[:300],
		"Bomb":      bombPNG(t, 50000, 50000),
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := Thumbnail(data, 0); err == nil {
				t.Fatal("made a thumbnail")
			}
		})
	}
}

// TestThumbnailOrientation marks the top-left corner of a landscape photo
// red and checks where each EXIF orientation puts it.
func TestThumbnailOrientation(t *testing.T) {
	src := image.NewRGBA(image.Rect(0, 0, 80, 40))
	draw.Draw(src, src.Bounds(), image.NewUniform(color.RGBA{0, 0xC0, 0, 0xFF}), image.Point{}, draw.Src)
	draw.Draw(src, image.Rect(0, 0, 16, 16), image.NewUniform(color.RGBA{0xE0, 0, 0, 0xFF}), image.Point{}, draw.Src)
	plain := mustJPEG(t, src)
	type corner int
	const (
		topLeft corner = iota
		topRight
		bottomRight
		bottomLeft
	)
	tests := []struct {
		o       uint16
		turned  bool
		redAt   corner
		comment string
	}{
		{1, false, topLeft, "as stored"},
		{2, false, topRight, "mirrored"},
		{3, false, bottomRight, "upside down"},
		{4, false, bottomLeft, "mirrored upside down"},
		{5, true, topLeft, "transposed"},
		{6, true, topRight, "turned clockwise"},
		{7, true, bottomRight, "transversed"},
		{8, true, bottomLeft, "turned anticlockwise"},
		{9, false, topLeft, "out of range: as stored"},
	}
	for _, order := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian} {
		for _, tt := range tests {
			t.Run(order.String()+"/"+tt.comment, func(t *testing.T) {
				b, err := Thumbnail(withOrientation(plain, tt.o, order), 0)
				if err != nil {
					t.Fatal(err)
				}
				m := decodeJPEG(t, b)
				w, h := 80, 40
				if tt.turned {
					w, h = 40, 80
				}
				if m.Bounds().Size() != image.Pt(w, h) {
					t.Fatalf("size = %v, want %dx%d", m.Bounds().Size(), w, h)
				}
				at := map[corner]image.Point{topLeft: {4, 4}, topRight: {w - 5, 4}, bottomRight: {w - 5, h - 5}, bottomLeft: {4, h - 5}}
				for c, p := range at {
					r, g, _, _ := m.At(p.X, p.Y).RGBA()
					if red := r > g; red != (c == tt.redAt) {
						t.Errorf("corner %d at %v: red = %v, want red only at corner %d", c, p, red, tt.redAt)
					}
				}
			})
		}
	}
}

func TestExifOrientationIgnoresDamage(t *testing.T) {
	good := withOrientation(mustJPEG(t, gradient(8, 8)), 6, binary.BigEndian)
	for name, data := range map[string][]byte{
		"NoEXIF":         mustJPEG(t, gradient(8, 8)),
		"NotJPEG":        []byte("hello"),
		"CutInSegment":   good[:12],
		"CutInIFD":       good[:30],
		"BadLength":      append([]byte{0xFF, 0xD8, 0xFF, 0xE1, 0x00, 0x01}, good[6:]...),
		"BadByteOrder":   bytes.Replace(good, []byte("MM\x00*"), []byte("XX\x00*"), 1),
		"OnlyStartMarks": {0xFF, 0xD8, 0xFF, 0xFF, 0xFF},
	} {
		t.Run(name, func(t *testing.T) {
			if o := exifOrientation(data); o != 1 {
				t.Errorf("orientation = %d, want 1", o)
			}
		})
	}
	if o := exifOrientation(good); o != 6 {
		t.Errorf("intact EXIF: orientation = %d, want 6", o)
	}
}

// BenchmarkThumbnail makes a 400 px thumbnail of a 3000×2000 JPEG, as a
// phone photo is, with each candidate scaler; decoding and encoding are
// included because a job does both.
func BenchmarkThumbnail(b *testing.B) {
	data := mustJPEG(b, gradient(3000, 2000))
	for _, sc := range []struct {
		name   string
		scaler draw.Scaler
	}{
		{"CatmullRom", draw.CatmullRom},
		{"ApproxBiLinear", draw.ApproxBiLinear},
		{"BiLinear", draw.BiLinear},
	} {
		b.Run(sc.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := thumbnail(data, ThumbSide, sc.scaler); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkScale isolates the resampling of a decoded 3000×2000 photo:
// the kernel scalers straight from the photo, and after boxShrink as
// Thumbnail does it; DecodeOnly is the decoding cost for comparison.
func BenchmarkScale(b *testing.B) {
	data := mustJPEG(b, gradient(3000, 2000))
	src, err := jpeg.Decode(bytes.NewReader(data))
	if err != nil {
		b.Fatal(err)
	}
	w, h := fit(3000, 2000, ThumbSide)
	direct := func(sc draw.Scaler) func() {
		return func() {
			dst := image.NewRGBA(image.Rect(0, 0, w, h))
			sc.Scale(dst, dst.Bounds(), src, src.Bounds(), draw.Src, nil)
		}
	}
	for _, c := range []struct {
		name string
		run  func()
	}{
		{"DecodeOnly", func() { jpeg.Decode(bytes.NewReader(data)) }},
		{"CatmullRomDirect", direct(draw.CatmullRom)},
		{"ApproxBiLinearDirect", direct(draw.ApproxBiLinear)},
		{"BoxThenCatmullRom", func() { scale(src, ThumbSide, draw.CatmullRom) }},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				c.run()
			}
		})
	}
}
