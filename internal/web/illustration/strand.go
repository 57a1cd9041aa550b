package illustration

import (
	"fmt"
	"math"
	"strings"
	"unicode"
)

// Strung and functional charms: bead strands, pouches and tracker holders.

// drawBeads draws a loop of beads hanging from the chain, with a focal
// bead and a tassel; some strands spell the start of the name in letter
// beads along the bottom of the loop.
func drawBeads(c *canvas, p palette, s Spec) {
	const count = 18
	type bead struct{ x, y, r float64 }
	beads := make([]bead, 0, count)
	for i := 1; i < count; i++ {
		a := -math.Pi/2 + float64(i)*2*math.Pi/count
		r := 8.0
		if i%2 == 0 {
			r = 9.5
		}
		beads = append(beads, bead{120 + 40*math.Cos(a), 120 + 50*math.Sin(a), r})
	}
	c.add(`<ellipse cx="120" cy="120" rx="40" ry="50" fill="none" stroke="#8a8f98" stroke-width="1.5"/><path d="M120 66 L120 70 M120 170 L120 180" stroke="#8a8f98" stroke-width="1.5"/>`)
	letters := beadLetters(s.Name)
	if variant(s.Seed, 5, 2) == 0 {
		letters = ""
	}
	// Letters sit around the bottom, where the index runs right to left.
	first := (count-1)/2 - len(letters)/2
	cycle := []string{p.main, p.third, p.main, p.second}
	shift := variant(s.Seed, 11, len(cycle))
	for i, b := range beads {
		if li := i - first; li >= 0 && li < len(letters) {
			c.add(`<rect x="%s" y="%s" width="14" height="15" rx="3" fill="#fbfaf7" stroke="#c9c4d0" stroke-width="1"/><text x="%s" y="%s" text-anchor="middle" font-family="Arial, sans-serif" font-size="10" font-weight="700" fill="%s">%c</text>`,
				n(b.x-7), n(b.y-7.5), n(b.x), n(b.y+3.5), darker(p.base, 0.45), letters[len(letters)-1-li])
			continue
		}
		c.bead(b.x, b.y, b.r, cycle[(i+shift)%len(cycle)])
	}
	c.bead(120, 186, 14, p.second)
	c.add(`<rect x="112" y="198" width="16" height="7" rx="3" fill="%s"/>`, c.gold())
	var tassel strings.Builder
	for i := -4; i <= 4; i++ {
		fmt.Fprintf(&tassel, "M%d 205 Q%d 214 %d 226 ", 120+i, 120+i*2, 120+i*4)
	}
	c.add(`<path d="%s" fill="none" stroke="%s" stroke-width="2.2" stroke-linecap="round"/>`, tassel.String(), c.paint(p.main))
}

// bead draws one glossy round bead.
func (c *canvas) bead(x, y, r float64, code string) {
	c.add(`<circle cx="%s" cy="%s" r="%s" fill="%s" stroke="%s" stroke-width="1"/><circle cx="%s" cy="%s" r="%s" fill="#ffffff" opacity=".7"/>`,
		n(x), n(y), n(r), c.paint(code), darker(colourHex[code], 0.25), n(x-r*0.35), n(y-r*0.35), n(r*0.28))
}

// beadLetters returns up to four ASCII letters or digits of a name.
func beadLetters(name string) string {
	var b strings.Builder
	for _, r := range strings.ToUpper(name) {
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			b.WriteRune(r)
			if b.Len() == 4 {
				break
			}
		}
	}
	return b.String()
}

// drawFunctional draws a zipped mini pouch or a tracker-tag holder.
func drawFunctional(c *canvas, p palette, s Spec) {
	edge := darker(p.base, 0.3)
	if variant(s.Seed, 6, 2) == 0 {
		c.add(`<path d="M110 104 L110 80 Q120 62 130 80 L130 104" fill="none" stroke="%s" stroke-width="6" stroke-linejoin="round"/>`, darker(p.base, 0.18))
		c.add(`<path d="M62 114 Q62 100 76 100 L164 100 Q178 100 178 114 L182 196 Q182 212 166 212 L74 212 Q58 212 58 196 Z" fill="%s" stroke="%s" stroke-width="1.5"/>`, c.paint(p.main), edge)
		c.add(`<path d="M64 118 L176 118" stroke="%s" stroke-width="7"/><path d="M64 118 L176 118" stroke="#e4e6ea" stroke-width="4" stroke-dasharray="2 2"/>`, darker(p.base, 0.35))
		c.add(`<rect x="148" y="111" width="15" height="13" rx="3" fill="%s"/><rect x="151" y="122" width="9" height="26" rx="4.5" fill="%s" stroke="#868c95" stroke-width="1"/>`, c.paint("silver"), c.paint("silver"))
		c.add(`<rect x="82" y="146" width="52" height="38" rx="8" fill="%s"/><rect x="87" y="151" width="42" height="28" rx="5" fill="none" stroke="%s" stroke-width="1.6" stroke-dasharray="4 3"/>`,
			c.paint(p.second), darker(p.alt, 0.3))
		return
	}
	c.add(`<rect x="108" y="70" width="24" height="52" rx="10" fill="%s" stroke="%s" stroke-width="1.5"/><circle cx="120" cy="86" r="4" fill="%s"/>`, c.paint(p.main), edge, c.paint("silver"))
	c.add(`<circle cx="120" cy="154" r="54" fill="%s" stroke="%s" stroke-width="1.5"/>`, c.paint(p.main), edge)
	c.add(`<circle cx="120" cy="154" r="36" fill="#f3f4f6" stroke="#d5d8dd" stroke-width="2.5"/><circle cx="120" cy="154" r="26" fill="none" stroke="#e2e5ea" stroke-width="1.5"/>`)
	c.add(`<path d="M100 140 A26 26 0 0 1 122 128" fill="none" stroke="#ffffff" stroke-width="4" stroke-linecap="round"/>`)
	c.add(`<path d="M112 160 a10 10 0 0 1 16 0 M107 154 a17 17 0 0 1 26 0" fill="none" stroke="#b4b9c2" stroke-width="2.2" stroke-linecap="round"/><circle cx="120" cy="165" r="2.6" fill="#b4b9c2"/>`)
}
