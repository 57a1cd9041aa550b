package illustration

// Pictures that are not one charm: the teaser of a blind-box series' secret
// figure and the cover of a series.

// Mystery draws a secret figure as a silhouette behind a question mark, so
// the surprise stays a surprise.
func Mystery(title string) []byte {
	c := newCanvas()
	bg := c.def("night", `<radialGradient id="night" cx="50%%" cy="40%%" r="75%%"><stop offset="0" stop-color="#4a3670"/><stop offset="1" stop-color="#1f1630"/></radialGradient>`)
	c.add(`<rect width="%d" height="%d" fill="%s"/>`, Size, Size, bg)
	c.keyring()
	c.add(`<g fill="#34264d" stroke="#7b66a6" stroke-width="2">`)
	c.add(`<circle cx="76" cy="102" r="22"/><circle cx="164" cy="102" r="22"/>`)
	c.add(`<ellipse cx="120" cy="146" rx="64" ry="58"/>`)
	c.add(`<ellipse cx="96" cy="200" rx="16" ry="9"/><ellipse cx="144" cy="200" rx="16" ry="9"/>`)
	c.add(`</g>`)
	c.add(`<text x="120" y="172" text-anchor="middle" font-family="Georgia, 'Noto Serif', serif" font-size="84" font-weight="700" fill="#f5c542">?</text>`)
	c.sparkles("secret")
	return c.svg(title)
}

// seriesColours cycle through series covers so neighbouring cards differ.
var seriesColours = []string{"pink", "mint", "lavender", "yellow", "blue", "orange", "purple", "green"}

// SeriesCover draws a series' box: a blind box shows a question mark on
// its face, a standard series a hanging tag. seed picks the colour.
func SeriesCover(seed int64, title string, blind bool) []byte {
	code := seriesColours[variant(seed, 8, len(seriesColours))]
	base := colourHex[code]
	c := newCanvas()
	c.background(palette{main: code, base: base})
	c.add(`<path d="M60 96 L120 72 L180 96 L120 120 Z" fill="%s" stroke="%s" stroke-width="1.5" stroke-linejoin="round"/>`, lighter(base, 0.35), darker(base, 0.35))
	c.add(`<path d="M60 96 L120 120 L120 214 L60 190 Z" fill="%s" stroke="%s" stroke-width="1.5" stroke-linejoin="round"/>`, base, darker(base, 0.35))
	c.add(`<path d="M180 96 L120 120 L120 214 L180 190 Z" fill="%s" stroke="%s" stroke-width="1.5" stroke-linejoin="round"/>`, darker(base, 0.18), darker(base, 0.35))
	c.add(`<path d="M90 84 L150 108 L150 202" fill="none" stroke="#ffffff" stroke-width="6" opacity=".8"/>`)
	if blind {
		c.add(`<circle cx="90" cy="158" r="22" fill="#ffffff" opacity=".9"/><text x="90" y="170" text-anchor="middle" font-family="Georgia, 'Noto Serif', serif" font-size="34" font-weight="700" fill="%s">?</text>`, darker(base, 0.45))
	} else {
		c.add(`<path d="M76 146 L88 136 L104 142 L104 176 L76 186 Z" fill="#ffffff" opacity=".9"/><circle cx="88" cy="146" r="3" fill="%s"/>`, darker(base, 0.45))
	}
	return c.svg(title)
}
