package illustration

// Soft charms: plush characters and crochet motifs.

// drawPlush draws a plush blob with ears, a face, blushing cheeks and paws.
func drawPlush(c *canvas, p palette, s Spec) {
	fill, edge := c.paint(p.main), darker(p.base, 0.28)
	inner := lighter(p.alt, 0.25)
	c.add(`<path d="M113 92 q7 -30 14 0" fill="none" stroke="%s" stroke-width="4"/>`, darker(p.base, 0.2))
	switch variant(s.Seed, 1, 4) {
	case 0: // bear
		for _, x := range []int{76, 164} {
			c.add(`<circle cx="%d" cy="102" r="22" fill="%s" stroke="%s" stroke-width="2"/><circle cx="%d" cy="102" r="11" fill="%s"/>`, x, fill, edge, x, inner)
		}
	case 1: // bunny
		for _, e := range [][2]int{{96, -14}, {144, 14}} {
			c.add(`<g transform="rotate(%d %d 96)"><ellipse cx="%d" cy="80" rx="15" ry="38" fill="%s" stroke="%s" stroke-width="2"/><ellipse cx="%d" cy="84" rx="7" ry="26" fill="%s"/></g>`,
				e[1], e[0], e[0], fill, edge, e[0], inner)
		}
	case 2: // cat
		c.add(`<path d="M64 122 L76 70 L114 98 Z M176 122 L164 70 L126 98 Z" fill="%s" stroke="%s" stroke-width="2" stroke-linejoin="round"/>`, fill, edge)
		c.add(`<path d="M74 108 L80 82 L100 98 Z M166 108 L160 82 L140 98 Z" fill="%s"/>`, inner)
	default: // sprout
		c.add(`<path d="M120 92 C118 78, 124 70, 122 60" fill="none" stroke="#3f8a4f" stroke-width="3"/>`)
		c.add(`<path d="M122 66 C132 52, 150 56, 152 62 C146 72, 130 74, 122 66 Z" fill="#6cc07a" stroke="#3f8a4f" stroke-width="1.5"/>`)
	}
	c.add(`<ellipse cx="120" cy="146" rx="64" ry="58" fill="%s" stroke="%s" stroke-width="2"/>`, fill, edge)
	c.add(`<ellipse cx="120" cy="178" rx="34" ry="20" fill="%s" opacity=".85"/>`, inner)
	for _, x := range []int{96, 144} {
		c.add(`<ellipse cx="%d" cy="200" rx="16" ry="9" fill="%s" stroke="%s" stroke-width="2"/>`, x, darker(p.base, 0.08), edge)
	}
	eye := "#2d2a32"
	if isDark(p.base) {
		eye = "#fbfaf7"
	}
	for _, x := range []int{98, 142} {
		c.add(`<ellipse cx="%d" cy="138" rx="6.5" ry="8.5" fill="%s"/><circle cx="%d" cy="134.5" r="2.3" fill="%s"/>`, x, eye, x+2, lighter(p.base, 0.5))
	}
	c.add(`<ellipse cx="84" cy="156" rx="10" ry="5.5" fill="#ff7f9f" opacity=".5"/><ellipse cx="156" cy="156" rx="10" ry="5.5" fill="#ff7f9f" opacity=".5"/>`)
	c.add(`<path d="M112 153 q4 5 8 0 q4 5 8 0" fill="none" stroke="%s" stroke-width="2.2" stroke-linecap="round"/>`, eye)
	c.add(`<path d="M86 110 q10 -12 24 -14" fill="none" stroke="#ffffff" stroke-width="3" stroke-linecap="round" opacity=".45"/>`)
}

// drawCrochet draws a crocheted flower or a granny square with stitches.
func drawCrochet(c *canvas, p palette, s Spec) {
	c.add(`<path d="M120 64 C106 72, 134 78, 120 90" fill="none" stroke="%s" stroke-width="4" stroke-linecap="round"/>`, darker(p.base, 0.1))
	stitch := func(h string) string { return darker(h, 0.22) }
	if variant(s.Seed, 2, 2) == 0 {
		for i := 0; i < 6; i++ {
			c.add(`<g transform="rotate(%d 120 146)"><ellipse cx="120" cy="106" rx="22" ry="34" fill="%s" stroke="%s" stroke-width="1.5"/><ellipse cx="120" cy="108" rx="12" ry="23" fill="none" stroke="%s" stroke-width="2.2" stroke-dasharray="3 3"/></g>`,
				i*60, c.paint(p.main), stitch(p.base), stitch(p.base))
		}
		c.add(`<circle cx="120" cy="146" r="26" fill="%s" stroke="%s" stroke-width="1.5"/>`, c.paint(p.second), stitch(p.alt))
		for _, r := range []int{18, 10} {
			c.add(`<circle cx="120" cy="146" r="%d" fill="none" stroke="%s" stroke-width="2.2" stroke-dasharray="3 2.5"/>`, r, stitch(p.alt))
		}
		return
	}
	codes := []string{p.main, p.second, p.third, p.main}
	flats := []string{p.base, p.alt, p.accent, p.base}
	for i, size := range []float64{116, 86, 56, 26} {
		x, y := 120-size/2, 148-size/2
		c.add(`<rect x="%s" y="%s" width="%s" height="%s" rx="%s" fill="%s" stroke="%s" stroke-width="1.5"/>`,
			n(x), n(y), n(size), n(size), n(size/9), c.paint(codes[i]), stitch(flats[i]))
		if size > 30 {
			c.add(`<rect x="%s" y="%s" width="%s" height="%s" rx="%s" fill="none" stroke="%s" stroke-width="2.2" stroke-dasharray="4 3"/>`,
				n(x+7), n(y+7), n(size-14), n(size-14), n(size/12), stitch(flats[i]))
		}
	}
}
