package photo

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"runtime"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/errs"
)

func TestCheckAccepts(t *testing.T) {
	tests := []struct {
		name, file string
		data       []byte
		ct         string
		w, h       int
	}{
		{"PNG", "charm.png", mustPNG(t, gradient(30, 20)), "image/png", 30, 20},
		{"JPEG", "charm.jpg", mustJPEG(t, gradient(64, 48)), "image/jpeg", 64, 48},
		{"GIF", "charm.gif", mustGIF(t, gradient(5, 7)), "image/gif", 5, 7},
		{"LossyWebP", "charm.webp", mustBase64(t, webpLossy), "image/webp", 1, 1},
		{"LosslessWebP", "charm.webp", mustBase64(t, webpLossless), "image/webp", 1, 1},
		{"TypeFromBytesNotName", "charm.txt", mustPNG(t, gradient(2, 2)), "image/png", 2, 2},
		{"AtThePixelLimit", "big.png", bombPNG(t, 8000, 5000), "image/png", 8000, 5000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			info, err := Check(tt.file, tt.data)
			if err != nil {
				t.Fatalf("Check: %v", err)
			}
			sum := sha256.Sum256(tt.data)
			want := Info{ContentType: tt.ct, Width: tt.w, Height: tt.h, SHA256: hex.EncodeToString(sum[:])}
			if info != want {
				t.Errorf("info = %+v, want %+v", info, want)
			}
		})
	}
}

func TestCheckRefuses(t *testing.T) {
	png := mustPNG(t, gradient(4, 4))
	tests := []struct {
		name, file string
		data       []byte
		kind       errs.Kind
		msg        string
	}{
		{"Empty", "empty.png", nil, errs.Invalid, "empty.png is empty"},
		{"Oversized", "photo.jpg", append(mustJPEG(t, gradient(8, 8)), make([]byte, 12_900_000)...), errs.TooLarge,
			"photo.jpg is 12.3 MB; photos can be at most 10 MB"},
		{"JustOverTheLimit", "photo.png", append(png, make([]byte, MaxBytes+1-len(png))...), errs.TooLarge, "photo.png is 10.0 MB"},
		{"Text", "photo.txt", []byte("hello, this is not a picture"), errs.Invalid, "photo.txt is not a JPEG, PNG, WebP or GIF image"},
		{"TextNamedJPEG", "photo.jpg", []byte("<html>no</html>"), errs.Invalid, "photo.jpg is not a JPEG, PNG, WebP or GIF image"},
		{"BMP", "photo.bmp", append([]byte("BM"), make([]byte, 60)...), errs.Invalid, "is not a JPEG, PNG, WebP or GIF image"},
		{"TruncatedHeader", "cut.png", png[:20], errs.Invalid, "cut.png is not a readable PNG image"},
		{"DecompressionBomb", "bomb.png", bombPNG(t, 50000, 50000), errs.Invalid, "bomb.png is 50000×50000 pixels; at most 40 megapixels"},
		{"JustOverThePixelLimit", "big.png", bombPNG(t, 8000, 5001), errs.Invalid, "big.png is 8000×5001 pixels; at most 40 megapixels"},
		{"TooLongASide", "strip.png", bombPNG(t, 12001, 10), errs.Invalid, "strip.png is 12001×10 pixels; at most 12000 pixels on a side"},
		{"NoPixels", "none.png", bombPNG(t, 0, 10), errs.Invalid, "none.png"},
		{"NamesOnlyTheBaseName", `C:\Users\me\secret\x.txt`, []byte("plain text"), errs.Invalid, "x.txt is not"},
		{"NoName", "", []byte("plain text"), errs.Invalid, "the photo is not"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Check(tt.file, tt.data)
			if !errs.Is(err, tt.kind) {
				t.Fatalf("err = %v, want kind %v", err, tt.kind)
			}
			if msg := errs.Message(err); !strings.Contains(msg, tt.msg) {
				t.Errorf("message %q does not contain %q", msg, tt.msg)
			}
			if msg := errs.Message(err); strings.Contains(msg, `\`) || strings.Contains(msg, "secret") {
				t.Errorf("message %q shows the uploader's folders", msg)
			}
		})
	}
}

// TestBombsDoNotAllocate proves that a small file declaring a large image
// is refused from its header: decoding it would allocate w×h×4 bytes.
func TestBombsDoNotAllocate(t *testing.T) {
	bomb := bombPNG(t, 7000, 7000) // 196 MB as pixels
	for name, fn := range map[string]func() error{
		"Check":     func() error { _, err := Check("bomb.png", bomb); return err },
		"Thumbnail": func() error { _, err := Thumbnail(bomb, 0); return err },
	} {
		t.Run(name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			err := fn()
			runtime.ReadMemStats(&after)
			if !errs.Is(err, errs.Invalid) {
				t.Fatalf("err = %v, want Invalid", err)
			}
			if n := after.TotalAlloc - before.TotalAlloc; n > 1<<20 {
				t.Errorf("refusing the bomb allocated %d bytes", n)
			}
		})
	}
}

// FuzzCheck feeds arbitrary bytes to Check and, for what it accepts and is
// small, to Thumbnail: neither may panic, and what Check accepts keeps to
// the limits.
func FuzzCheck(f *testing.F) {
	f.Add(mustPNG(f, gradient(3, 2)))
	f.Add(mustJPEG(f, gradient(9, 9)))
	f.Add(withOrientation(mustJPEG(f, gradient(4, 3)), 6, binary.LittleEndian))
	f.Add(mustGIF(f, gradient(2, 2)))
	f.Add(mustBase64(f, webpLossy))
	f.Add(mustBase64(f, webpLossless))
	f.Add(bombPNG(f, 50000, 50000))
	f.Add([]byte("RIFF\x00\x00\x00\x00WEBPVP8X"))
	f.Add([]byte("GIF89a"))
	f.Fuzz(func(t *testing.T, data []byte) {
		info, err := Check("fuzz.bin", data)
		if err != nil {
			if errs.KindOf(err) == errs.Internal {
				t.Fatalf("internal error: %v", err)
			}
			return
		}
		if _, ok := formats[info.ContentType]; !ok || info.Width <= 0 || info.Height <= 0 ||
			int64(info.Width)*int64(info.Height) > MaxPixels || info.Width > MaxSide || info.Height > MaxSide {
			t.Fatalf("accepted %+v", info)
		}
		if info.Width*info.Height <= 1<<16 {
			if th, err := Thumbnail(data, 64); err == nil && !bytes.HasPrefix(th, []byte{0xFF, 0xD8}) {
				t.Fatalf("thumbnail is not a JPEG")
			}
		}
	})
}
