package photo

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"

	"github.com/charmory/charmory/internal/errs"
	"golang.org/x/image/draw"
)

// ThumbSide is the longer side of a thumbnail, in pixels, unless Thumbnail
// is asked for another.
const ThumbSide = 400

// thumbQuality is the JPEG quality of thumbnails: small files without
// visible blocking at thumbnail size.
const thumbQuality = 82

// thumbScaler resamples photos down to thumbnails. CatmullRom looks best;
// BenchmarkThumbnail compares it with ApproxBiLinear, which is faster but
// aliases fine patterns (knitted and beaded charms show it).
var thumbScaler draw.Scaler = draw.CatmullRom

// Thumbnail decodes a photo that passed Check and returns a JPEG whose
// longer side is side pixels (ThumbSide when side ≤ 0), turned upright by
// the JPEG's EXIF orientation. Smaller photos are not enlarged.
// Transparent areas become white. Errors: Invalid for a file that does not
// decode or breaks the limits of Check.
func Thumbnail(data []byte, side int) ([]byte, error) {
	return thumbnail(data, side, thumbScaler)
}

func thumbnail(data []byte, side int, scaler draw.Scaler) ([]byte, error) {
	const op = "make thumbnail"
	if side <= 0 {
		side = ThumbSide
	}
	ct := sniff(data)
	f, ok := formats[ct]
	if !ok {
		return nil, errs.E(op, errs.Invalid, "not a JPEG, PNG, WebP or GIF image")
	}
	// The header is checked again here so that no caller can make this
	// function allocate for a decompression bomb.
	cfg, err := f.config(bytes.NewReader(data))
	if err != nil {
		return nil, &errs.Error{Op: op, Kind: errs.Invalid, Msg: "unreadable " + f.name + " header", Err: err}
	}
	if err := checkSize(cfg.Width, cfg.Height); err != nil {
		return nil, errs.E(op, errs.Invalid, err.Error())
	}
	src, err := f.decode(bytes.NewReader(data))
	if err != nil {
		return nil, &errs.Error{Op: op, Kind: errs.Invalid, Msg: "unreadable " + f.name + " image", Err: err}
	}
	dst := scale(src, side, scaler)
	if ct == "image/jpeg" {
		dst = orient(dst, exifOrientation(data))
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, dst, &jpeg.Options{Quality: thumbQuality}); err != nil {
		return nil, errs.Wrap(op, err)
	}
	return buf.Bytes(), nil
}

// scale draws src onto a white RGBA image whose longer side is at most
// side, keeping the aspect ratio and never enlarging.
func scale(src image.Image, side int, scaler draw.Scaler) *image.RGBA {
	sb := src.Bounds()
	w, h := fit(sb.Dx(), sb.Dy(), side)
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	op := draw.Src
	if o, ok := src.(interface{ Opaque() bool }); !ok || !o.Opaque() {
		// JPEG has no alpha: compose over white, as the page behind
		// a transparent charm cut-out usually is.
		draw.Draw(dst, dst.Bounds(), image.NewUniform(color.White), image.Point{}, draw.Src)
		op = draw.Over
	}
	if w == sb.Dx() && h == sb.Dy() {
		draw.Draw(dst, dst.Bounds(), src, sb.Min, op)
		return dst
	}
	if k := max(sb.Dx(), sb.Dy()) / (2 * side); k >= 2 {
		src = boxShrink(src, k)
		sb = src.Bounds()
	}
	scaler.Scale(dst, dst.Bounds(), src, sb, op, nil)
	return dst
}

// boxShrink averages k×k blocks of src, dropping the last partial row and
// column of blocks (under k pixels). The kernel scaler then works from an
// image two to four times the thumbnail's size instead of the whole photo,
// which BenchmarkThumbnail shows is several times faster for the same
// look: a box average is a proper low-pass filter, unlike skipping pixels.
// Rows are converted k at a time so a large photo is never copied whole.
func boxShrink(src image.Image, k int) *image.RGBA {
	sb := src.Bounds()
	w, h := sb.Dx()/k, sb.Dy()/k
	out := image.NewRGBA(image.Rect(0, 0, w, h))
	strip := image.NewRGBA(image.Rect(0, 0, w*k, k))
	sums := make([]uint32, w*4)
	n := uint32(k * k)
	for oy := range h {
		draw.Draw(strip, strip.Bounds(), src, image.Pt(sb.Min.X, sb.Min.Y+oy*k), draw.Src)
		clear(sums)
		for y := range k {
			row := strip.Pix[y*strip.Stride:]
			i := 0
			for ox := range w {
				var r, g, b, a uint32
				for range k {
					r += uint32(row[i])
					g += uint32(row[i+1])
					b += uint32(row[i+2])
					a += uint32(row[i+3])
					i += 4
				}
				s := sums[ox*4 : ox*4+4]
				s[0], s[1], s[2], s[3] = s[0]+r, s[1]+g, s[2]+b, s[3]+a
			}
		}
		line := out.Pix[oy*out.Stride : oy*out.Stride+w*4]
		for i, v := range sums {
			line[i] = uint8((v + n/2) / n)
		}
	}
	return out
}

// fit returns w×h scaled so that the longer side is side, rounded, and at
// least one pixel on each side; sizes within side are kept.
func fit(w, h, side int) (int, int) {
	long := max(w, h)
	if long <= side {
		return w, h
	}
	sw := (w*side + long/2) / long
	sh := (h*side + long/2) / long
	return max(sw, 1), max(sh, 1)
}
