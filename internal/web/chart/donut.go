package chart

import (
	"html/template"
	"math"
)

// Slice is one part of a donut.
type Slice struct {
	Label   string
	Value   int64
	Display string // in the legend ("42%"); empty: the value
}

// DonutChart shows how a whole splits into parts: a ring of slices with a
// legend beside it, and optionally a short total in the hole.
type DonutChart struct {
	ID     string
	Title  string
	Desc   string // empty: "label: value" for every slice
	Center string // in the hole, e.g. "42 items"; may be empty
	Slices []Slice
}

// Geometry of a donut, in SVG user units.
const (
	donutWidth   = 460
	donutMinH    = 200
	donutR       = 70
	donutStroke  = 30
	donutLegendX = 212
	donutRowH    = 24
	donutLabelN  = 22
)

// SVG draws the chart. Each slice is a circle stroked with a dash as long
// as its share, which draws a full ring for a single slice too.
func (c DonutChart) SVG() template.HTML {
	var total int64
	for _, s := range c.Slices {
		if s.Value > 0 {
			total += s.Value
		}
	}
	desc := c.Desc
	if desc == "" {
		desc = summary(slicePairs(c.Slices))
	}
	h := max(donutMinH, len(c.Slices)*donutRowH+24)
	cx, cy := float64(donutMinH)/2, float64(h)/2
	cv := open("donut", c.ID, c.Title, desc, donutWidth, h)
	circ := 2 * math.Pi * donutR
	cv.put(`<circle cx="`, num(cx), `" cy="`, num(cy), `" r="`, itoa(donutR), `" fill="none" stroke="`, trackColour,
		`" stroke-width="`, itoa(donutStroke), `" class="chart-track"/>`)
	offset := 0.0
	for i, s := range c.Slices {
		if total == 0 || s.Value <= 0 {
			continue
		}
		dash := circ * float64(s.Value) / float64(total)
		cv.put(`<circle cx="`, num(cx), `" cy="`, num(cy), `" r="`, itoa(donutR), `" fill="none" stroke="`, Colour(i),
			`" stroke-width="`, itoa(donutStroke), `" stroke-dasharray="`, num(dash), " ", num(circ-dash),
			`" stroke-dashoffset="`, num(-offset), `" transform="rotate(-90 `, num(cx), " ", num(cy), `)" class="chart-slice">`,
			`<title>`, esc(s.Label+": "+sliceDisplay(s)), `</title></circle>`)
		offset += dash
	}
	if c.Center != "" {
		cv.put(`<text x="`, num(cx), `" y="`, num(cy+6), `" text-anchor="middle" font-size="17" font-weight="700" fill="`,
			inkColour, `" class="chart-center">`, esc(c.Center), `</text>`)
	}
	c.legend(cv, h)
	return cv.close()
}

// legend lists the slices beside the ring, centred on it vertically.
func (c DonutChart) legend(cv *canvas, h int) {
	y := float64(h)/2 - float64(len(c.Slices)*donutRowH)/2
	for i, s := range c.Slices {
		row := y + float64(i*donutRowH)
		cv.put(`<g class="chart-legend">`)
		cv.rect(donutLegendX, row+6, 12, 12, 3, Colour(i), "chart-swatch")
		cv.text(donutLegendX+20, row+16.5, "start", inkColour, "chart-label", fit(s.Label, donutLabelN))
		cv.text(donutWidth-8, row+16.5, "end", softColour, "chart-value", sliceDisplay(s))
		cv.put(`</g>`)
	}
}

func sliceDisplay(s Slice) string {
	if s.Display != "" {
		return s.Display
	}
	return formatter(nil)(s.Value)
}

func slicePairs(slices []Slice) [][2]string {
	out := make([][2]string, 0, len(slices))
	for _, s := range slices {
		out = append(out, [2]string{s.Label, sliceDisplay(s)})
	}
	return out
}
