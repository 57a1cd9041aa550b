package illustration

import (
	"fmt"
	"html"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Hard charms: enamel pins, acrylic plates, leather tags and mini bags.

// pinShapes are the outlines of enamel pins, centred on (120, 148).
var pinShapes = []string{
	"M120 206 C62 168 50 124 74 102 C94 84 114 92 120 108 C126 92 146 84 166 102 C190 124 178 168 120 206 Z", // heart
	starPath(120, 152, 72, 32),
	"M120 84 A64 64 0 1 1 119.9 84 Z",                                   // circle
	"M120 82 L180 100 C180 160 160 190 120 212 C80 190 60 160 60 100 Z", // shield
}

// starPath is a five-pointed star with outer radius r and inner radius ri.
func starPath(cx, cy, r, ri float64) string {
	var b strings.Builder
	for i := 0; i < 10; i++ {
		rad := r
		if i%2 == 1 {
			rad = ri
		}
		a := (-90 + float64(i)*36) * math.Pi / 180
		cmd := "L"
		if i == 0 {
			cmd = "M"
		}
		fmt.Fprintf(&b, "%s%s %s ", cmd, n(cx+rad*math.Cos(a)), n(cy+rad*math.Sin(a)))
	}
	b.WriteString("Z")
	return b.String()
}

// drawPin draws an enamel pin: a metal rim, the enamel fill, a motif and a
// glint, hanging from a bail.
func drawPin(c *canvas, p palette, s Spec) {
	metal := c.metal(p)
	v := variant(s.Seed, 3, len(pinShapes))
	shape := pinShapes[v]
	c.add(`<circle cx="120" cy="76" r="8" fill="none" stroke="%s" stroke-width="4"/>`, metal)
	if v == 0 {
		c.add(`<rect x="116" y="82" width="8" height="26" rx="3" fill="%s"/>`, metal)
	}
	c.add(`<path d="%s" fill="%s" stroke="%s" stroke-width="1.5" stroke-linejoin="round"/>`, shape, metal, darker("#b08a2e", 0.2))
	enamel := p.main
	if enamel == "gold" || enamel == "silver" {
		enamel = p.second
	}
	c.add(`<path d="%s" fill="%s" transform="translate(120 150) scale(.8) translate(-120 -150)"/>`, shape, c.paint(enamel))
	motif := starPath(120, 150, 24, 10)
	if v == 1 {
		motif = "M120 132 A18 18 0 1 1 119.9 132 Z"
	}
	accent := p.third
	if accent == enamel {
		accent = "white"
	}
	c.add(`<path d="%s" fill="%s" stroke="%s" stroke-width="3"/>`, motif, c.paint(accent), metal)
	c.add(`<ellipse cx="96" cy="122" rx="16" ry="7" fill="#ffffff" opacity=".4" transform="rotate(-35 96 122)"/>`)
}

// drawAcrylic draws a clear acrylic keychain plate printed with a chibi
// character, with its hole, cut edge and a glossy highlight.
func drawAcrylic(c *canvas, p palette, s Spec) {
	outline := "M58 104 Q58 80 82 80 L158 80 Q182 80 182 104 L182 190 Q182 214 158 214 L82 214 Q58 214 58 190 Z"
	if variant(s.Seed, 4, 2) == 1 {
		outline = "M120 78 A70 70 0 1 1 119.9 78 Z"
	}
	clip := c.def("plate", `<clipPath id="plate"><path d="%s"/></clipPath>`, outline)
	c.add(`<path d="%s" fill="#ffffff" fill-opacity=".92" stroke="#c9d1da" stroke-width="2"/>`, outline)
	c.add(`<g clip-path="%s">`, clip)
	c.add(`<path d="%s" fill="%s" transform="translate(120 147) scale(.9) translate(-120 -147)"/>`, outline, c.paint(p.main))
	c.add(`<path d="%s M176 120 %s" fill="#ffffff" opacity=".55"/>`, sparkle(78, 124, 9), sparkle(168, 176, 7))
	c.add(`<path d="M84 214 C88 184 152 184 156 214 Z" fill="%s"/>`, c.paint(p.third))
	c.add(`<circle cx="120" cy="154" r="32" fill="#fde3d1"/>`)
	c.add(`<path d="M86 156 C84 112 156 112 154 156 C148 136 130 130 120 142 C110 130 92 136 86 156 Z" fill="%s"/>`, c.paint(p.second))
	for _, x := range []int{108, 132} {
		c.add(`<ellipse cx="%d" cy="160" rx="4.5" ry="6" fill="#2d2a32"/><circle cx="%d" cy="157.5" r="1.6" fill="#ffffff"/>`, x, x+1)
	}
	c.add(`<ellipse cx="100" cy="170" rx="6" ry="3.5" fill="#ff7f9f" opacity=".55"/><ellipse cx="140" cy="170" rx="6" ry="3.5" fill="#ff7f9f" opacity=".55"/>`)
	c.add(`<path d="M116 171 q4 4 8 0" fill="none" stroke="#2d2a32" stroke-width="2" stroke-linecap="round"/>`)
	c.add(`<path d="M40 150 L110 60 L132 60 L62 150 Z" fill="#ffffff" opacity=".28"/>`)
	c.add(`</g>`)
	c.add(`<circle cx="120" cy="92" r="6" fill="%s" stroke="#c9d1da" stroke-width="2"/>`, mix(p.base, "#ffffff", 0.8))
	c.add(`<ellipse cx="120" cy="80" rx="7" ry="13" fill="none" stroke="%s" stroke-width="3"/>`, c.steel())
}

// drawLeatherTag draws a stitched leather tag with an eyelet and the
// embossed initial of the charm's name.
func drawLeatherTag(c *canvas, p palette, s Spec) {
	base := p.base
	sheen := c.def("leather", `<linearGradient id="leather" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="%s"/><stop offset="1" stop-color="%s"/></linearGradient>`,
		lighter(base, 0.12), darker(base, 0.22))
	outline := "M76 98 L104 80 L136 80 L164 98 L164 200 Q164 214 150 214 L90 214 Q76 214 76 200 Z"
	stitches := "M84 101 L106 87 L134 87 L156 101 L156 198 Q156 206 148 206 L92 206 Q84 206 84 198 Z"
	if variant(s.Seed, 9, 2) == 1 { // round medallion
		outline, stitches = "M120 92 A60 60 0 1 1 119.9 92 Z", "M120 100 A52 52 0 1 1 119.9 100 Z"
	}
	c.add(`<path d="%s" fill="%s" stroke="%s" stroke-width="1.5"/>`, outline, sheen, darker(base, 0.4))
	c.add(`<path d="%s" fill="none" stroke="%s" stroke-width="2" stroke-dasharray="5 4"/>`, stitches, lighter(p.alt, 0.3))
	c.add(`<circle cx="120" cy="100" r="9" fill="%s"/><circle cx="120" cy="100" r="4.5" fill="%s"/>`, c.metal(p), mix(base, "#ffffff", 0.82))
	c.add(`<ellipse cx="120" cy="84" rx="7" ry="18" fill="none" stroke="%s" stroke-width="3"/>`, c.steel())
	if r := initial(s.Name); r != "" {
		c.add(`<text x="121" y="179" text-anchor="middle" font-family="Georgia, 'Noto Serif', 'Songti SC', serif" font-size="62" font-weight="700" fill="%s" opacity=".35">%s</text>`, lighter(base, 0.6), r)
		c.add(`<text x="120" y="178" text-anchor="middle" font-family="Georgia, 'Noto Serif', 'Songti SC', serif" font-size="62" font-weight="700" fill="%s">%s</text>`, darker(base, 0.35), r)
	}
}

// initial returns the escaped first letter of a name, upper-cased.
func initial(name string) string {
	for _, r := range strings.TrimSpace(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return html.EscapeString(string(unicode.ToUpper(r)))
		}
		if r == utf8.RuneError {
			return ""
		}
	}
	return ""
}

// drawMiniBag draws a quilted mini handbag with a gold turn-lock.
func drawMiniBag(c *canvas, p palette, s Spec) {
	body := "M70 112 L170 112 L182 202 Q183 212 173 212 L67 212 Q57 212 58 202 Z"
	edge := darker(p.base, 0.35)
	if isDark(p.base) {
		edge = lighter(p.base, 0.3)
	}
	c.add(`<path d="M86 114 C84 60 156 60 154 114" fill="none" stroke="%s" stroke-width="7" stroke-linecap="round"/>`, darker(p.base, 0.15))
	c.add(`<path d="%s" fill="%s" stroke="%s" stroke-width="1.5"/>`, body, c.paint(p.main), edge)
	flap, clasp := "M70 112 L170 112 L166 148 Q120 166 74 148 Z", 148
	if variant(s.Seed, 10, 2) == 0 { // quilted
		clip := c.def("bag", `<clipPath id="bag"><path d="%s"/></clipPath>`, body)
		var quilt strings.Builder
		for x := -40; x <= 280; x += 22 {
			fmt.Fprintf(&quilt, "M%d 112 L%d 212 M%d 112 L%d 212 ", x, x+100, x+100, x)
		}
		c.add(`<path d="%s" stroke="%s" stroke-width="1.3" opacity=".6" clip-path="%s"/>`, quilt.String(), edge, clip)
	} else { // smooth leather with contrast piping and a deeper flap
		flap, clasp = "M70 112 L170 112 L167 160 Q120 186 73 160 Z", 160
		c.add(`<path d="M64 196 L176 196" stroke="%s" stroke-width="3"/>`, c.paint(p.second))
	}
	c.add(`<path d="%s" fill="%s" stroke="%s" stroke-width="1.5"/>`, flap, c.paint(p.main), edge)
	c.add(`<path d="M72 116 L168 116" stroke="#ffffff" stroke-width="2" opacity=".25"/>`)
	c.add(`<rect x="108" y="%d" width="24" height="16" rx="4" fill="%s" stroke="#8f6a1c" stroke-width="1"/><circle cx="120" cy="%d" r="4" fill="none" stroke="#8f6a1c" stroke-width="1.5"/>`, clasp, c.gold(), clasp+8)
	for _, x := range []int{76, 164} {
		c.add(`<circle cx="%d" cy="113" r="4" fill="%s"/>`, x, c.gold())
	}
}
