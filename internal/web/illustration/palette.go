package illustration

import (
	"fmt"
	"github.com/charmory/charmory/internal/catalog/colour"
	"strconv"
)

// colourHex is the catalog colours' display colours, shared with every
// picture that draws charms.
var colourHex = colour.Hex

// Swatch returns a CSS background value showing a colour code: a colour,
// or a gradient for rainbow, gold and silver. Unknown codes are grey.
func Swatch(code string) string {
	switch code {
	case "rainbow":
		return "linear-gradient(135deg, #e8505b, #f7a541, #f7dc5a, #5bbf7a, #4a8fd9, #8e5cc4)"
	case "gold":
		return "linear-gradient(135deg, #f6e27a, #d4a93c 55%, #9c7420)"
	case "silver":
		return "linear-gradient(135deg, #f4f5f7, #c8ccd2 55%, #8a9099)"
	}
	if h, ok := colourHex[code]; ok {
		return h
	}
	return "#a7a3ab"
}

// palette is a picture's colours: codes (for gradients) and flat hex values.
type palette struct {
	main, second, third string // colour codes
	base, alt, accent   string // their flat hex values
}

// newPalette keeps the known colour codes and fills in missing ones from
// the category's typical colours.
func newPalette(category string, colours []string) palette {
	var codes []string
	for _, c := range colours {
		if _, ok := colourHex[c]; ok {
			codes = append(codes, c)
		}
	}
	for _, c := range append(categoryColours[category], "pink", "white", "yellow") {
		if len(codes) >= 3 {
			break
		}
		if !contains(codes, c) {
			codes = append(codes, c)
		}
	}
	return palette{
		main: codes[0], second: codes[1], third: codes[2],
		base: colourHex[codes[0]], alt: colourHex[codes[1]], accent: colourHex[codes[2]],
	}
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// paint returns a fill for a colour code: a flat colour or a gradient.
func (c *canvas) paint(code string) string {
	switch code {
	case "rainbow":
		return c.def("rainbow", `<linearGradient id="rainbow" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#e8505b"/><stop offset=".2" stop-color="#f7a541"/><stop offset=".4" stop-color="#f7dc5a"/><stop offset=".6" stop-color="#5bbf7a"/><stop offset=".8" stop-color="#4a8fd9"/><stop offset="1" stop-color="#8e5cc4"/></linearGradient>`)
	case "gold":
		return c.gold()
	case "silver":
		return c.def("silver", `<linearGradient id="silver" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#f7f8fa"/><stop offset=".5" stop-color="#c8ccd2"/><stop offset="1" stop-color="#868c95"/></linearGradient>`)
	}
	return colourHex[code]
}

// gold is the polished-metal gradient of rims, clasps and findings.
func (c *canvas) gold() string {
	return c.def("gold", `<linearGradient id="gold" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#fbeaa0"/><stop offset=".45" stop-color="#d4a93c"/><stop offset="1" stop-color="#8f6a1c"/></linearGradient>`)
}

// metal returns the rim metal that suits the palette: silver when the
// charm lists silver or grey, gold otherwise.
func (c *canvas) metal(p palette) string {
	for _, code := range []string{p.main, p.second, p.third} {
		if code == "silver" || code == "grey" {
			return c.paint("silver")
		}
	}
	return c.gold()
}

// mix blends two hex colours: t 0 gives a, t 1 gives b.
func mix(a, b string, t float64) string {
	ar, ag, ab := rgb(a)
	br, bg, bb := rgb(b)
	f := func(x, y int) int { return int(float64(x)*(1-t) + float64(y)*t + 0.5) }
	return fmt.Sprintf("#%02x%02x%02x", f(ar, br), f(ag, bg), f(ab, bb))
}

// darker and lighter shade a colour towards ink or white.
func darker(h string, t float64) string  { return mix(h, "#1c1420", t) }
func lighter(h string, t float64) string { return mix(h, "#ffffff", t) }

// isDark reports whether a colour needs light details drawn on it.
func isDark(h string) bool {
	r, g, b := rgb(h)
	return 0.299*float64(r)+0.587*float64(g)+0.114*float64(b) < 110
}

func rgb(h string) (int, int, int) {
	if len(h) != 7 || h[0] != '#' {
		return 128, 128, 128
	}
	v, err := strconv.ParseUint(h[1:], 16, 32)
	if err != nil {
		return 128, 128, 128
	}
	return int(v >> 16 & 0xff), int(v >> 8 & 0xff), int(v & 0xff)
}
