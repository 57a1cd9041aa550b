package render

import (
	"image"
	"image/color"
	"net/url"
	"strings"
)

// A charm is drawn in millimetres in a box w×h whose top edge is centred on
// the origin, where its jump ring meets the chain.

// look is what a category drawing needs: the box, the charm's colours
// (codes for gradients, flats for shading) and the outline width.
type look struct {
	w, h  float64
	codes [3]string
	c     [3]color.NRGBA
	ink   color.NRGBA // outlines: a dark shade of the main colour
	line  float64
}

func (k look) fill(i int) paint { return fillOf(k.codes[i]) }

// category is the drawing and the typical size (millimetres) of a category.
type category struct {
	w, h    float64
	colours []string // used when the charm lists none
	draw    func(k look) []shape
}

var categories = map[string]category{
	"plush":        {70, 85, []string{"pink", "white"}, drawPlush},
	"metal_enamel": {36, 42, []string{"lavender", "gold", "white"}, drawPin},
	"beaded":       {24, 70, []string{"mint", "pink", "yellow"}, drawBeads},
	"acrylic":      {50, 60, []string{"blue", "pink", "yellow"}, drawAcrylic},
	"crochet":      {50, 56, []string{"yellow", "white", "orange"}, drawCrochet},
	"leather":      {34, 70, []string{"brown", "beige"}, drawLeather},
	"cultural":     {30, 110, []string{"red", "gold"}, drawTassel},
	"functional":   {46, 60, []string{"mint", "white"}, drawPouch},
	"luxury_mini":  {56, 48, []string{"black", "gold"}, drawMiniBag},
}

// token is the drawing of a category the renderer does not know.
var token = category{40, 48, []string{"lavender", "white"}, drawToken}

func categoryOf(code string) category {
	if c, ok := categories[code]; ok {
		return c
	}
	return token
}

// mmLimit bounds a charm's stated size: anything outside is a typo.
const mmMin, mmMax = 5, 300

// charmSize is the charm's box in millimetres: its own size when given,
// the category's typical size otherwise; a missing side keeps the typical
// proportions.
func charmSize(c Charm, cat category) (w, h float64) {
	w, h = float64(c.WidthMM), float64(c.HeightMM)
	switch {
	case w <= 0 && h <= 0:
		w, h = cat.w, cat.h
	case w <= 0:
		w = h * cat.w / cat.h
	case h <= 0:
		h = w * cat.h / cat.w
	}
	return clamp(w, mmMin, mmMax), clamp(h, mmMin, mmMax)
}

// newLook picks up to three known colours, filling in from the category.
func newLook(c Charm, cat category, w, h float64) look {
	var codes []string
	for _, list := range [][]string{c.Colours, cat.colours, {"white", "grey", "black"}} {
		for _, code := range list {
			if len(codes) < 3 && known(code) && !contains(codes, code) {
				codes = append(codes, code)
			}
		}
	}
	k := look{w: w, h: h, line: clamp(min(w, h)/26, 0.5, 4)}
	for i := range 3 {
		k.codes[i], k.c[i] = codes[i], flat(codes[i])
	}
	k.ink = darker(k.c[0], 0.55)
	return k
}

// drawCharm is a charm's shapes in its own millimetre box: its photo when
// there is one (the category drawing stays as the fallback), else its
// category drawing.
func drawCharm(c Charm, w, h float64) []shape {
	cat := categoryOf(c.Category)
	alt := cat.draw(newLook(c, cat, w, h))
	href := safeURL(c.PhotoURL)
	if href == "" && !hasPixels(c.Photo) {
		return alt
	}
	r := min(w, h) * 0.18
	return []shape{{
		g:      rect(-w/2, 0, w, h, r),
		fill:   solid(hex("#e9e4dc")),
		stroke: solid(white),
		width:  clamp(min(w, h)/18, 0.8, 5),
		photo:  &photo{href: href, img: c.Photo, alt: alt},
	}}
}

// hasPixels reports whether a photo has anything to draw.
func hasPixels(img image.Image) bool {
	return img != nil && !img.Bounds().Empty()
}

// safeURL keeps links a picture may load: same-site paths, http(s) and
// inline images. Anything else (javascript:, odd schemes) is dropped.
func safeURL(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s, "\x00\n\r\t") {
		return ""
	}
	if strings.HasPrefix(s, "data:image/") {
		return s
	}
	u, err := url.Parse(s)
	if err != nil {
		return ""
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		return s
	case "":
		if strings.HasPrefix(s, "/") && !strings.HasPrefix(s, "//") {
			return s
		}
	}
	return ""
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}
