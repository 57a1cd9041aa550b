// Package illustration draws Charmory's generated SVG pictures of charms:
// a plush blob with a face, an enamel pin, a bead strand, an acrylic plate
// and so on, in the charm's colours and hanging from a keyring. It is pure
// (no database, no clock): the same Spec always gives the same bytes, so
// pictures can be cached by the charm's version and checked by golden files.
package illustration

import (
	"bytes"
	"fmt"
	"html"
	"strings"
)

// Version changes whenever the drawings change, so that caches keyed on a
// charm's version alone are refreshed too.
const Version = "1"

// Size is the width and height of every picture, in SVG user units.
const Size = 240

// Spec is what a picture is drawn from.
type Spec struct {
	Seed     int64    // usually the charm id: picks variants (ears, shapes) deterministically
	Name     string   // the accessible title
	Category string   // catalog category code; unknown codes draw an acrylic plate
	Colours  []string // catalog colour codes, most prominent first
	Rarity   string   // "chase" and "secret" add sparkles
}

// drawers maps a category to the function that draws its object below the
// keyring; each reads its colours from the palette p.
var drawers = map[string]func(c *canvas, p palette, s Spec){
	"plush":        drawPlush,
	"metal_enamel": drawPin,
	"beaded":       drawBeads,
	"acrylic":      drawAcrylic,
	"functional":   drawFunctional,
	"crochet":      drawCrochet,
	"leather":      drawLeatherTag,
	"cultural":     drawCultural,
	"luxury_mini":  drawMiniBag,
}

// Charm draws a charm hanging from a keyring.
func Charm(s Spec) []byte {
	draw, ok := drawers[s.Category]
	if !ok {
		draw = drawAcrylic
	}
	p := newPalette(s.Category, s.Colours)
	c := newCanvas()
	c.background(p)
	c.keyring()
	draw(c, p, s)
	c.sparkles(s.Rarity)
	return c.svg(s.Name)
}

// Category draws the representative picture of a category, in the colours
// its charms most often come in (home page tiles).
func Category(category, title string) []byte {
	return Charm(Spec{Seed: 7, Name: title, Category: category, Colours: categoryColours[category]})
}

// categoryColours are the typical colours of each category's tile.
var categoryColours = map[string][]string{
	"plush":        {"pink", "white"},
	"metal_enamel": {"lavender", "gold", "white"},
	"beaded":       {"mint", "pink", "yellow"},
	"acrylic":      {"blue", "pink", "yellow"},
	"functional":   {"mint", "white"},
	"crochet":      {"yellow", "white", "orange"},
	"leather":      {"brown", "beige"},
	"cultural":     {"gold", "green"},
	"luxury_mini":  {"black", "gold"},
}

// canvas collects the definitions and shapes of one picture.
type canvas struct {
	defs bytes.Buffer
	body bytes.Buffer
	ids  map[string]bool
}

func newCanvas() *canvas { return &canvas{ids: map[string]bool{}} }

// add writes one or more shapes to the body.
func (c *canvas) add(format string, args ...any) {
	fmt.Fprintf(&c.body, format, args...)
	c.body.WriteByte('\n')
}

// def adds a definition with id once and returns its url() reference.
func (c *canvas) def(id, format string, args ...any) string {
	if !c.ids[id] {
		c.ids[id] = true
		fmt.Fprintf(&c.defs, format, args...)
		c.defs.WriteByte('\n')
	}
	return "url(#" + id + ")"
}

// svg assembles the document.
func (c *canvas) svg(title string) []byte {
	var b bytes.Buffer
	t := html.EscapeString(strings.TrimSpace(title))
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="%d" height="%d" role="img" aria-label="%s">`+"\n", Size, Size, Size, Size, t)
	fmt.Fprintf(&b, "<title>%s</title>\n", t)
	if c.defs.Len() > 0 {
		b.WriteString("<defs>\n")
		b.Write(c.defs.Bytes())
		b.WriteString("</defs>\n")
	}
	b.Write(c.body.Bytes())
	b.WriteString("</svg>\n")
	return b.Bytes()
}

// background paints a soft tint of the main colour and a floor shadow.
func (c *canvas) background(p palette) {
	bg := c.def("bg", `<radialGradient id="bg" cx="50%%" cy="42%%" r="70%%"><stop offset="0" stop-color="%s"/><stop offset="1" stop-color="%s"/></radialGradient>`,
		mix(p.base, "#ffffff", 0.88), mix(p.base, "#ffffff", 0.72))
	c.add(`<rect width="%d" height="%d" fill="%s"/>`, Size, Size, bg)
	c.add(`<ellipse cx="120" cy="222" rx="58" ry="7" fill="%s" opacity=".35"/>`, mix(p.base, "#241c2b", 0.6))
}

// keyring draws the split ring and a short chain down to the object's
// attachment point at (120, 66).
func (c *canvas) keyring() {
	steel := c.steel()
	c.add(`<circle cx="120" cy="28" r="16" fill="none" stroke="%s" stroke-width="5"/>`, steel)
	c.add(`<path d="M108 19 a16 16 0 0 1 9 -7" fill="none" stroke="#ffffff" stroke-width="1.6" opacity=".8"/>`)
	c.add(`<ellipse cx="120" cy="50" rx="4" ry="7" fill="none" stroke="%s" stroke-width="3"/>`, steel)
	c.add(`<ellipse cx="120" cy="61" rx="4" ry="7" fill="none" stroke="%s" stroke-width="3" transform="rotate(90 120 61)"/>`, steel)
}

// steel is the gradient of the keyring and jump rings.
func (c *canvas) steel() string {
	return c.def("steel", `<linearGradient id="steel" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#f4f5f7"/><stop offset=".5" stop-color="#b7bcc4"/><stop offset="1" stop-color="#7d838c"/></linearGradient>`)
}

// sparkles marks chase and secret figures.
func (c *canvas) sparkles(rarity string) {
	var at [][3]float64
	switch rarity {
	case "secret":
		c.add(`<rect width="%d" height="%d" fill="#6b4bb3" opacity=".10"/>`, Size, Size)
		at = [][3]float64{{36, 70, 13}, {206, 96, 10}, {196, 188, 14}, {48, 176, 8}}
	case "chase":
		at = [][3]float64{{40, 80, 11}, {200, 176, 10}}
	default:
		return
	}
	for _, s := range at {
		c.add(`<path d="%s" fill="#f5c542" stroke="#b8860b" stroke-width=".8"/>`, sparkle(s[0], s[1], s[2]))
	}
}

// sparkle is a four-pointed star path centred on (x, y) with radius r.
func sparkle(x, y, r float64) string {
	k := r * 0.28
	return fmt.Sprintf("M%s %s Q%s %s %s %s Q%s %s %s %s Q%s %s %s %s Q%s %s %s %sZ",
		n(x), n(y-r), n(x+k), n(y-k), n(x+r), n(y), n(x+k), n(y+k), n(x), n(y+r), n(x-k), n(y+k), n(x-r), n(y), n(x-k), n(y-k), n(x), n(y-r))
}

// n formats a coordinate with at most one decimal, the same on every run.
func n(v float64) string {
	s := fmt.Sprintf("%.1f", v)
	s = strings.TrimSuffix(s, ".0")
	if s == "-0" {
		return "0"
	}
	return s
}

// variant picks one of k variants from the seed, mixing the bits so that
// consecutive ids do not walk through variants in order.
func variant(seed int64, salt uint64, k int) int {
	x := uint64(seed) + salt*0x9e3779b97f4a7c15
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return int(x % uint64(k))
}
