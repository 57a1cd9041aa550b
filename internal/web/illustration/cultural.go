package illustration

import (
	"fmt"
	"strings"
)

// Cultural and museum charms: a galloping bronze horse, a blue-and-white
// vase and a Chinese knot with its tassel, each on a red silk cord.

func drawCultural(c *canvas, p palette, s Spec) {
	switch variant(s.Seed, 7, 3) {
	case 0:
		drawHorse(c, p)
	case 1:
		drawVase(c, p)
	default:
		drawKnot(c, p)
	}
}

// cord draws the red silk cord from the chain down to y, with a knot.
func (c *canvas) cord(toX, toY float64) {
	c.add(`<path d="M120 66 Q%s %s %s %s" fill="none" stroke="#a3242f" stroke-width="3" stroke-linecap="round"/><circle cx="%s" cy="%s" r="4" fill="#a3242f"/>`,
		n((120+toX)/2+6), n((66+toY)/2), n(toX), n(toY), n((120+toX)/2+2), n((66+toY)/2))
}

// drawHorse draws a stylised galloping bronze horse treading on a swallow.
func drawHorse(c *canvas, p palette) {
	bronze := c.def("bronze", `<linearGradient id="bronze" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#d6a464"/><stop offset=".5" stop-color="#9a6532"/><stop offset="1" stop-color="#5e3b1b"/></linearGradient>`)
	c.cord(118, 120)
	c.add(`<g fill="%s" stroke="#4a2e14" stroke-width="1.2" stroke-linejoin="round">`, bronze)
	c.add(`<path d="M72 132 C58 124 50 108 56 90 C62 106 70 116 82 124 Z"/>`)
	c.add(`<path d="M150 146 L170 160 L194 154" fill="none" stroke="%s" stroke-width="9" stroke-linecap="round"/>`, bronze)
	c.add(`<path d="M96 146 L80 166 L60 170" fill="none" stroke="%s" stroke-width="9" stroke-linecap="round"/>`, bronze)
	c.add(`<ellipse cx="118" cy="138" rx="50" ry="21" transform="rotate(-8 118 138)"/>`)
	c.add(`<path d="M146 132 C154 114 162 100 172 92 L186 100 C178 110 170 126 164 142 Z"/>`)
	c.add(`<path d="M170 90 C180 83 193 88 204 99 L199 107 C190 105 182 104 175 102 Z"/><path d="M173 91 L175 79 L181 89 Z"/>`)
	c.add(`<path d="M142 150 L150 174 L170 180" fill="none" stroke="%s" stroke-width="9" stroke-linecap="round"/>`, bronze)
	c.add(`<path d="M104 150 L112 176 L116 190" fill="none" stroke="%s" stroke-width="9" stroke-linecap="round"/>`, bronze)
	c.add(`</g>`)
	c.add(`<path d="M168 94 C160 100 152 110 148 122" fill="none" stroke="#5e3b1b" stroke-width="4" stroke-linecap="round"/>`)
	c.add(`<path d="M94 200 C106 190 124 190 138 196 L154 186 L146 201 C130 208 110 208 94 200 Z M112 195 L100 184 L122 192 Z" fill="%s" stroke="#4a2e14" stroke-width="1"/>`, bronze)
	for _, s := range [][3]int{{104, 132, 6}, {134, 142, 5}, {88, 140, 4}, {160, 118, 3}} {
		c.add(`<circle cx="%d" cy="%d" r="%d" fill="#6fa58f" opacity=".45"/>`, s[0], s[1], s[2])
	}
	c.add(`<path d="M92 126 C104 120 124 118 140 122" fill="none" stroke="#f1cf93" stroke-width="2.5" stroke-linecap="round" opacity=".6"/>`)
}

// drawVase draws a blue-and-white meiping vase with a lotus and bands.
func drawVase(c *canvas, p palette) {
	blue := "#2c4a9a"
	if p.main == "blue" || p.main == "navy" {
		blue = darker(p.base, 0.15)
	}
	outline := "M112 86 L128 86 L128 96 C150 100 166 114 164 134 C162 164 146 186 140 204 L140 210 L100 210 L100 204 C94 186 78 164 76 134 C74 114 90 100 112 96 Z"
	clip := c.def("vase", `<clipPath id="vase"><path d="%s"/></clipPath>`, outline)
	c.cord(120, 88)
	c.add(`<path d="%s" fill="#f7f5ef" stroke="#bdb6a6" stroke-width="1.5"/>`, outline)
	c.add(`<g clip-path="%s" fill="none" stroke="%s">`, clip, blue)
	c.add(`<path d="M60 112 L180 112 M60 120 L180 120" stroke-width="2.5"/>`)
	var waves strings.Builder
	for x := 60; x < 180; x += 12 {
		fmt.Fprintf(&waves, "M%d 198 q6 -8 12 0 ", x)
	}
	c.add(`<path d="%s M60 190 L180 190" stroke-width="2"/>`, waves.String())
	c.add(`<circle cx="120" cy="152" r="9" fill="%s" stroke="none"/>`, blue)
	for i := 0; i < 8; i++ {
		c.add(`<ellipse cx="120" cy="136" rx="6" ry="10" stroke-width="2.2" transform="rotate(%d 120 152)"/>`, i*45)
	}
	c.add(`<path d="M84 150 C92 136 100 166 106 150 M134 150 C140 166 148 136 156 150" stroke-width="2.4" stroke-linecap="round"/>`)
	c.add(`</g>`)
	c.add(`<path d="M90 118 C86 132 86 150 92 166" fill="none" stroke="#ffffff" stroke-width="4" stroke-linecap="round" opacity=".7"/>`)
}

// drawKnot draws a Chinese knot with a bead and a tassel.
func drawKnot(c *canvas, p palette) {
	red := "#c8102e"
	if p.main != "gold" && p.main != "green" && p.main != "white" {
		red = p.base
	}
	dark := darker(red, 0.3)
	c.cord(120, 88)
	for _, e := range [][2]int{{120, 90}, {158, 128}, {120, 166}, {82, 128}} {
		c.add(`<circle cx="%d" cy="%d" r="10" fill="none" stroke="%s" stroke-width="5"/>`, e[0], e[1], red)
	}
	c.add(`<path d="M120 94 L154 128 L120 162 L86 128 Z" fill="%s" stroke="%s" stroke-width="1.5"/>`, red, dark)
	var weave strings.Builder
	for i := 1; i < 5; i++ {
		d := float64(i) * 34 / 5
		fmt.Fprintf(&weave, "M%s %s L%s %s M%s %s L%s %s ", n(120-d), n(94+d), n(154-d), n(128+d), n(120+d), n(94+d), n(86+d), n(128+d))
	}
	c.add(`<path d="%s" stroke="%s" stroke-width="2.4"/>`, weave.String(), dark)
	c.add(`<circle cx="120" cy="174" r="8" fill="%s"/><rect x="113" y="182" width="14" height="8" rx="2" fill="%s"/>`, c.paint("gold"), c.gold())
	var tassel strings.Builder
	for i := -5; i <= 5; i++ {
		fmt.Fprintf(&tassel, "M%d 190 Q%d 206 %d 224 ", 120+i, 120+i*2, 120+i*3)
	}
	c.add(`<path d="%s" fill="none" stroke="%s" stroke-width="2.2" stroke-linecap="round"/>`, tassel.String(), red)
}
