package photo

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"image"
	"image/gif"
	"image/jpeg"
	"image/png"
	"io"
	"net/http"
	"path"
	"strings"
	"unicode/utf8"

	"github.com/charmory/charmory/internal/errs"
	"golang.org/x/image/webp"
)

// Limits on an uploaded photo. They are checked from the file's size and
// header, before anything decodes its pixels, so a small file declaring
// huge dimensions (a decompression bomb) costs nothing.
const (
	MaxBytes  = 10 << 20   // largest file accepted
	MaxPixels = 40_000_000 // largest width × height accepted
	MaxSide   = 12_000     // longest side accepted, in pixels
)

// Info describes a photo that passed Check.
type Info struct {
	ContentType string // image/jpeg, image/png, image/gif or image/webp
	Width       int
	Height      int
	SHA256      string // of the file, lowercase hex: its name in the Store
}

// format is an accepted image type: its name for messages and the decoder
// entry points for it, called directly so that a file is only ever decoded
// as the type its bytes were sniffed as.
type format struct {
	name   string
	config func(io.Reader) (image.Config, error)
	decode func(io.Reader) (image.Image, error)
}

var formats = map[string]format{
	"image/jpeg": {"JPEG", jpeg.DecodeConfig, jpeg.Decode},
	"image/png":  {"PNG", png.DecodeConfig, png.Decode},
	"image/gif":  {"GIF", gif.DecodeConfig, gif.Decode},
	"image/webp": {"WebP", webp.DecodeConfig, webp.Decode},
}

// Check decides whether data, uploaded as name, is an acceptable photo,
// reading only its size, its leading bytes and its header. Errors name the
// file: TooLarge for a file over MaxBytes; Invalid for an empty file, a
// type other than JPEG, PNG, WebP or GIF, a damaged header, or dimensions
// over MaxPixels or MaxSide.
func Check(name string, data []byte) (Info, error) {
	const op = "check photo"
	label := displayName(name)
	switch {
	case len(data) == 0:
		return Info{}, errs.Ef(op, errs.Invalid, "%s is empty", label)
	case len(data) > MaxBytes:
		return Info{}, errs.Ef(op, errs.TooLarge, "%s is %.1f MB; photos can be at most %d MB",
			label, float64(len(data))/(1<<20), MaxBytes>>20)
	}
	ct := sniff(data)
	f, ok := formats[ct]
	if !ok {
		return Info{}, errs.Ef(op, errs.Invalid, "%s is not a JPEG, PNG, WebP or GIF image", label)
	}
	cfg, err := f.config(bytes.NewReader(data))
	if err != nil {
		return Info{}, &errs.Error{Op: op, Kind: errs.Invalid, Msg: fmt.Sprintf("%s is not a readable %s image", label, f.name), Err: err}
	}
	if err := checkSize(cfg.Width, cfg.Height); err != nil {
		return Info{}, errs.Ef(op, errs.Invalid, "%s is %d×%d pixels; %s", label, cfg.Width, cfg.Height, err)
	}
	sum := sha256.Sum256(data)
	return Info{ContentType: ct, Width: cfg.Width, Height: cfg.Height, SHA256: hex.EncodeToString(sum[:])}, nil
}

// sniff returns the content type of data from its leading bytes. WebP is
// matched on its RIFF header here as well, so the answer does not depend
// on the standard library's sniffing table.
func sniff(data []byte) string {
	if len(data) >= 16 && string(data[0:4]) == "RIFF" && string(data[8:15]) == "WEBPVP8" {
		return "image/webp"
	}
	return http.DetectContentType(data)
}

// sizeError says which limit a size breaks.
type sizeError string

func (e sizeError) Error() string { return string(e) }

// checkSize applies the pixel limits to a header's dimensions. The product
// is taken in int64 so that no declared size can overflow it.
func checkSize(w, h int) error {
	switch {
	case w <= 0 || h <= 0:
		return sizeError("a photo needs at least one pixel")
	case int64(w)*int64(h) > MaxPixels:
		return sizeError(fmt.Sprintf("at most %d megapixels", MaxPixels/1_000_000))
	case w > MaxSide || h > MaxSide:
		return sizeError(fmt.Sprintf("at most %d pixels on a side", MaxSide))
	}
	return nil
}

// displayName is the uploaded name as messages show it: the base name,
// valid UTF-8, at most 80 characters; "the photo" when there is none.
func displayName(name string) string {
	name = strings.ToValidUTF8(name, "?")
	name = path.Base(strings.ReplaceAll(name, `\`, "/"))
	if name == "." || name == "/" || strings.TrimSpace(name) == "" {
		return "the photo"
	}
	if utf8.RuneCountInString(name) > 80 {
		r := []rune(name)
		name = string(r[:79]) + "…"
	}
	return name
}
