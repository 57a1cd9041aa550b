package chart

// Geometry shared by the charts with a value axis (columns and lines), in
// SVG user units.
const (
	axesWidth  = 640
	axesHeight = 270
	axesLeft   = 78 // room for the tick labels
	axesRight  = 14
	axesTop    = 14
	axesBottom = 62 // x labels, then the legend
)

// plot is the drawing area of an axes chart and its value scale.
type plot struct {
	x0, y0, w, h float64 // top-left corner and size
	top          int64   // the value at the top edge
}

func newPlot(maxValue int64) plot {
	top, _ := niceMax(maxValue)
	return plot{
		x0: axesLeft, y0: axesTop,
		w: axesWidth - axesLeft - axesRight, h: axesHeight - axesTop - axesBottom,
		top: top,
	}
}

// y maps a value to its vertical position.
func (p plot) y(v int64) float64 {
	if p.top <= 0 {
		return p.y0 + p.h
	}
	return p.y0 + p.h - p.h*float64(v)/float64(p.top)
}

// grid draws the horizontal grid lines with their tick labels, or only the
// baseline when every value is zero.
func (p plot) grid(cv *canvas, format func(int64) string) {
	step := p.top / 4 // niceMax makes the top four whole steps
	cv.put(`<g class="chart-grid">`)
	for i := int64(0); i <= 4; i++ {
		if i > 0 && step == 0 {
			break
		}
		v := step * i
		y := p.y(v)
		cv.put(`<line x1="`, num(p.x0), `" y1="`, num(y), `" x2="`, num(p.x0+p.w), `" y2="`, num(y), `" stroke="`, gridColour, `"/>`)
		cv.text(p.x0-8, y+4.5, "end", softColour, "chart-tick", format(v))
	}
	cv.put(`</g>`)
}

// xLabels writes the labels under the slots, every k-th one when there
// are too many to fit.
func (p plot) xLabels(cv *canvas, labels []string, xOf func(i int) float64) {
	every := 1 + (len(labels)-1)/12
	for i, l := range labels {
		if i%every != 0 && i != len(labels)-1 {
			continue
		}
		cv.text(xOf(i), p.y0+p.h+18, "middle", softColour, "chart-xlabel", fit(l, 10))
	}
}

// legendItem is one entry of a legend under the plot.
type legendItem struct {
	label  string
	colour string
	dashed bool // a line sample instead of a swatch
}

// legend draws the entries in one row under the x labels.
func (p plot) legend(cv *canvas, items []legendItem) {
	x, y := p.x0, float64(axesHeight-14)
	for _, it := range items {
		cv.put(`<g class="chart-legend">`)
		if it.dashed {
			cv.put(`<line x1="`, num(x), `" y1="`, num(y-4.5), `" x2="`, num(x+18), `" y2="`, num(y-4.5), `" stroke="`, it.colour,
				`" stroke-width="2" stroke-dasharray="5 3"/>`)
		} else {
			cv.rect(x+3, y-10.5, 12, 12, 3, it.colour, "chart-swatch")
		}
		label := fit(it.label, 24)
		cv.text(x+24, y, "start", inkColour, "chart-label", label)
		cv.put(`</g>`)
		x += 24 + 7.5*float64(columns(label)) + 22
	}
}

// columns is the display width of s in columns (wide characters count two).
func columns(s string) int {
	n := 0
	for _, r := range s {
		n++
		if isWide(r) {
			n++
		}
	}
	return n
}
