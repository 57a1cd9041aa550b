package render

import (
	"image"
	"strings"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// The PNG's caption is set in Go Regular, which covers Latin, Greek and
// Cyrillic; other scripts (Chinese among them) are not in it, so a caption
// keeps only what the font can draw.

var captionFont = sync.OnceValue(func() *opentype.Font {
	f, err := opentype.Parse(goregular.TTF)
	if err != nil {
		return nil // the embedded font is fixed: this cannot happen
	}
	return f
})

// drawable reports whether the caption font has a glyph for every rune.
func drawable(s string) bool {
	f := captionFont()
	if f == nil {
		return false
	}
	var buf sfnt.Buffer
	for _, r := range s {
		if i, err := f.GlyphIndex(&buf, r); err != nil || i == 0 {
			return false
		}
	}
	return true
}

// printable replaces runes the font lacks (and control characters) with
// a question mark.
func printable(s string) string {
	f := captionFont()
	var buf sfnt.Buffer
	return strings.Map(func(r rune) rune {
		if r < ' ' || r == 0x7f {
			return ' '
		}
		if i, err := f.GlyphIndex(&buf, r); err != nil || i == 0 {
			return '?'
		}
		return r
	}, strings.ToValidUTF8(s, "?"))
}

// text draws a caption, shortened with an ellipsis to fit the picture.
func (r *raster) text(c caption) {
	size := c.size * r.k
	f := captionFont()
	if f == nil || size < 4 {
		return
	}
	face, err := opentype.NewFace(f, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		return
	}
	defer face.Close()
	s := []rune(printable(c.s))
	limit := fixed.I(int((area.X1 - area.X0) * 0.72 * r.k))
	if c.right {
		limit = fixed.I(int((area.X1 - area.X0) * 0.2 * r.k))
	}
	for len(s) > 1 && font.MeasureString(face, string(s)) > limit {
		s = append(s[:len(s)-2], '…')
	}
	x := c.at.X*r.k + r.off.X
	if c.right {
		x -= float64(font.MeasureString(face, string(s))) / 64
	}
	d := font.Drawer{Dst: r.dst, Src: image.NewUniform(c.c), Face: face,
		Dot: fixed.Point26_6{X: fixed.Int26_6(x * 64), Y: fixed.Int26_6((c.at.Y*r.k + r.off.Y) * 64)}}
	d.DrawString(string(s))
}
