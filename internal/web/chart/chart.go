// Package chart draws small server-rendered SVG charts for the collection
// pages: horizontal share bars, a donut, monthly columns with an allowance
// line and a line chart over time. It is pure (no database, no clock, no
// JavaScript): the same input always gives the same bytes, every chart
// carries an accessible <title> and <desc>, and colours come from a fixed
// palette as fill attributes, with CSS classes for the page to refine.
//
// Callers pass text already translated and amounts already formatted; the
// package escapes all of it.
package chart

import (
	"html/template"
	"math"
	"strconv"
	"strings"
	"unicode"
)

// Palette are the fill colours slices and bars take in order; each has at
// least 3:1 contrast on white, so a shape reads without its neighbours.
var Palette = []string{
	"#b8325c", // raspberry
	"#2f6fde", // blue
	"#1d8a5b", // green
	"#c7661a", // orange
	"#7b52c7", // purple
	"#16899c", // teal
	"#a57a12", // gold
	"#6f6577", // grey: "other" sorts last
}

// Fixed colours of the frame and of the states a chart shows.
const (
	inkColour   = "#241c2b"
	softColour  = "#5b5063"
	gridColour  = "#eadfd6"
	trackColour = "#f5eee8"
	overColour  = "#a4262c"
	fontSize    = "13"
)

// Colour returns the palette colour of the i-th series or slice.
func Colour(i int) string { return Palette[i%len(Palette)] }

// canvas builds one SVG document.
type canvas struct {
	b  strings.Builder
	id string
}

// open starts the document with its accessible name and description:
// role="img" with aria-labelledby, so screen readers announce the title
// and the description instead of every shape.
func open(kind, id, title, desc string, w, h int) *canvas {
	c := &canvas{id: safeID(id)}
	c.put(`<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-`, kind, `" viewBox="0 0 `, itoa(w), " ", itoa(h),
		`" role="img" aria-labelledby="`, c.id, `-t `, c.id, `-d" font-size="`, fontSize, `">`)
	c.put(`<title id="`, c.id, `-t">`, esc(title), `</title>`)
	c.put(`<desc id="`, c.id, `-d">`, esc(desc), `</desc>`)
	return c
}

// printf appends the pieces; values must already be escaped.
func (c *canvas) put(parts ...string) {
	for _, p := range parts {
		c.b.WriteString(p)
	}
}

// text writes a text element at (x, y) with an anchor and a fill.
func (c *canvas) text(x, y float64, anchor, fill, class, s string) {
	c.put(`<text x="`, num(x), `" y="`, num(y), `"`)
	if anchor != "" && anchor != "start" {
		c.put(` text-anchor="`, anchor, `"`)
	}
	if class != "" {
		c.put(` class="`, class, `"`)
	}
	c.put(` fill="`, fill, `">`, esc(s), `</text>`)
}

// rect writes a rectangle.
func (c *canvas) rect(x, y, w, h, rx float64, fill, class string) {
	c.put(`<rect x="`, num(x), `" y="`, num(y), `" width="`, num(w), `" height="`, num(h), `"`)
	if rx > 0 {
		c.put(` rx="`, num(rx), `"`)
	}
	if class != "" {
		c.put(` class="`, class, `"`)
	}
	c.put(` fill="`, fill, `"/>`)
}

// close ends the document.
func (c *canvas) close() template.HTML {
	c.b.WriteString(`</svg>`)
	return template.HTML(c.b.String()) // every piece of text was escaped on the way in
}

// esc escapes text for an SVG element or attribute embedded in HTML.
func esc(s string) string { return template.HTMLEscapeString(s) }

// num formats a coordinate with one decimal, always the same way, so
// output is byte-for-byte stable.
func num(f float64) string {
	if f == 0 || math.IsNaN(f) || math.IsInf(f, 0) {
		return "0"
	}
	s := strconv.FormatFloat(f, 'f', 1, 64)
	s = strings.TrimSuffix(s, ".0")
	if s == "-0" {
		return "0"
	}
	return s
}

func itoa(n int) string { return strconv.Itoa(n) }

// safeID keeps an element id to letters, digits, dashes and underscores,
// so a caller's id can never break out of its attribute.
func safeID(id string) string {
	var b strings.Builder
	for _, r := range id {
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_') {
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 {
		return "chart"
	}
	return b.String()
}

// fit shortens s to about width columns, counting wide (CJK) characters
// as two, so long labels end in an ellipsis instead of running into the
// bars; the full text stays in the row's tooltip and the description.
func fit(s string, width int) string {
	cols := 0
	for i, r := range s {
		w := 1
		if isWide(r) {
			w = 2
		}
		if cols+w > width {
			return strings.TrimRightFunc(s[:i], unicode.IsSpace) + "…"
		}
		cols += w
	}
	return s
}

// isWide reports whether r takes two columns: Han, kana, Hangul and
// full-width forms.
func isWide(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) ||
		(r >= 0x3000 && r <= 0x303f) || (r >= 0xff00 && r <= 0xff60)
}

// niceMax picks the top of a value axis with four ticks: the smallest
// 1-, 2- or 5-times-a-power-of-ten step whose four steps reach max.
func niceMax(max int64) (top, step int64) {
	if max <= 0 {
		return 0, 0
	}
	raw := float64(max) / 4
	exp := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if s := int64(math.Ceil(m * exp)); s*4 >= max {
			if s < 1 {
				s = 1
			}
			return s * 4, s
		}
	}
	s := int64(math.Ceil(10 * exp))
	return s * 4, s
}

// summary joins "label: value" pairs into a description for charts whose
// caller gave none, so the numbers are never only in the picture.
func summary(pairs [][2]string) string {
	parts := make([]string, 0, len(pairs))
	for _, p := range pairs {
		parts = append(parts, p[0]+": "+p[1])
	}
	return strings.Join(parts, "; ")
}

// formatter returns f, or plain integers when f is nil.
func formatter(f func(int64) string) func(int64) string {
	if f != nil {
		return f
	}
	return func(v int64) string { return strconv.FormatInt(v, 10) }
}
