package render

import (
	"fmt"
	"github.com/charmory/charmory/internal/catalog/colour"
	"image/color"
	"strconv"
	"strings"
)

// colourHex is the catalog colours' display colours, shared with every
// picture that draws charms.
var colourHex = colour.Hex

// Fixed colours of the picture.
var (
	neutral    = hex("#b9b1a5") // a carrier of no known colour
	background = hex("#f7f2ec")
	ink        = hex("#2b2530")
	steel      = hex("#9aa0a9") // rings and chains
	white      = hex("#ffffff")
	none       = paint{}
)

// stop is one colour of a gradient at offset off (0..1).
type stop struct {
	off float64
	c   color.NRGBA
}

// gradients paint metals and rainbows diagonally across a shape's box,
// from its top-left to its bottom-right corner.
var gradients = map[string][]stop{
	"gold":    {{0, hex("#fbeaa0")}, {0.45, hex("#d4a93c")}, {1, hex("#8f6a1c")}},
	"silver":  {{0, hex("#f7f8fa")}, {0.5, hex("#c8ccd2")}, {1, hex("#868c95")}},
	"rainbow": {{0, hex("#e8505b")}, {0.2, hex("#f7a541")}, {0.4, hex("#f7dc5a")}, {0.6, hex("#5bbf7a")}, {0.8, hex("#4a8fd9")}, {1, hex("#8e5cc4")}},
}

// gradientNames lists gradients in a fixed order for the SVG defs.
var gradientNames = []string{"gold", "rainbow", "silver"}

// paint is a flat colour (alpha 0 means nothing) or a named gradient.
type paint struct {
	c    color.NRGBA
	grad string
}

func (p paint) visible() bool { return p.grad != "" || p.c.A > 0 }

func solid(c color.NRGBA) paint { return paint{c: c} }

// alpha is c at opacity a (0..1).
func alpha(c color.NRGBA, a float64) paint {
	c.A = uint8(clamp(a, 0, 1)*255 + 0.5)
	return paint{c: c}
}

// fillOf paints a colour code: metals and rainbow as gradients, others flat.
func fillOf(code string) paint {
	if _, ok := gradients[code]; ok {
		return paint{c: flat(code), grad: code}
	}
	return solid(flat(code))
}

// flat is the single colour of a code; unknown codes are neutral.
func flat(code string) color.NRGBA {
	if h, ok := colourHex[code]; ok {
		return hex(h)
	}
	return neutral
}

// known reports whether code is a catalog colour.
func known(code string) bool {
	_, ok := colourHex[code]
	return ok
}

// hex parses "#rrggbb"; anything else is mid grey.
func hex(h string) color.NRGBA {
	v, err := strconv.ParseUint(strings.TrimPrefix(h, "#"), 16, 32)
	if err != nil || len(h) != 7 || h[0] != '#' {
		return color.NRGBA{128, 128, 128, 255}
	}
	return color.NRGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 255}
}

// mix blends two colours: t 0 gives a, t 1 gives b.
func mix(a, b color.NRGBA, t float64) color.NRGBA {
	f := func(x, y uint8) uint8 { return uint8(float64(x)*(1-t) + float64(y)*t + 0.5) }
	return color.NRGBA{f(a.R, b.R), f(a.G, b.G), f(a.B, b.B), 255}
}

// darker and lighter shade a colour towards ink or white.
func darker(c color.NRGBA, t float64) color.NRGBA  { return mix(c, hex("#1c1420"), t) }
func lighter(c color.NRGBA, t float64) color.NRGBA { return mix(c, white, t) }

// isDark reports whether a colour needs light details drawn on it.
func isDark(c color.NRGBA) bool {
	return 0.299*float64(c.R)+0.587*float64(c.G)+0.114*float64(c.B) < 110
}

// gradientAt is the colour of a gradient at t (0..1).
func gradientAt(stops []stop, t float64) color.NRGBA {
	t = clamp(t, 0, 1)
	for i := 1; i < len(stops); i++ {
		if t <= stops[i].off {
			a, b := stops[i-1], stops[i]
			span := b.off - a.off
			if span <= 0 {
				return b.c
			}
			return mix(a.c, b.c, (t-a.off)/span)
		}
	}
	return stops[len(stops)-1].c
}

// cssColour is "#rrggbb" for SVG attributes.
func cssColour(c color.NRGBA) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

func clamp(v, lo, hi float64) float64 {
	if v != v { // NaN
		return lo
	}
	return max(lo, min(v, hi))
}
