// Package render draws a loadout: the carrier's silhouette by kind with
// each charm hanging at its attachment point, as SVG for pages and as PNG
// (pure Go) for sharing. It has no database.
//
// Both outputs come from one drawing (a short list of shapes built from
// the Scene), so the page and the sharing card show the same picture; the
// PNG adds a caption line.
package render

import (
	"bytes"
	"image"
	"image/png"

	"github.com/charmory/charmory/internal/errs"
)

// Scene is what to draw.
type Scene struct {
	Title  string   // accessible title
	Kind   string   // carrier kind: backpack, tote, crossbody, belt_loop, shoelaces, glasses, lanyard, headphone_case, phone_case, water_bottle, keyring
	Size   string   // S, M or L
	Colour string   // catalog colour code of the carrier
	Points []string // attachment points, in order
	Charms []Charm
}

// Charm is one piece hanging at a point.
type Charm struct {
	Point    string // one of Scene.Points
	Name     string
	Category string   // catalog category: drawn by category when there is no photo
	Colours  []string // catalog colour codes
	WidthMM  int      // 0: typical for the category
	HeightMM int
	PhotoURL string      // SVG: an <image> of the item's photo thumbnail when set
	Photo    image.Image // PNG: drawn from the photo when set
}

// Default size of the PNG: the Open Graph card.
const (
	CardWidth  = 1200
	CardHeight = 630
)

// maxSide bounds a PNG's sides so a request cannot ask for gigapixels.
const maxSide = 4096

// SVG renders the scene as a standalone SVG document (viewBox 0 0 1200
// 630). The same scene always gives the same bytes.
func SVG(s Scene) []byte { return compose(s).svg() }

// PNG renders the scene as a w×h PNG (1200×630 for sharing cards; a side
// of 0 takes the card's). Errors: Invalid (a negative side or one over
// 4096 pixels).
func PNG(s Scene, w, h int) ([]byte, error) {
	const op = "render.PNG"
	if w == 0 {
		w = CardWidth
	}
	if h == 0 {
		h = CardHeight
	}
	if w < 0 || h < 0 || w > maxSide || h > maxSide {
		return nil, errs.E(op, errs.Invalid, "the picture size is out of range")
	}
	r := newRaster(w, h)
	r.draw(compose(s))
	var b bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&b, r.dst); err != nil {
		return nil, errs.Wrap(op, err)
	}
	return b.Bytes(), nil
}
