package chart

import "html/template"

// Bar is one row of a bar chart.
type Bar struct {
	Label   string // left of the bar
	Value   int64  // its length
	Display string // right of the bar ("42%", "¥120.00"); empty: the value
}

// BarChart is a horizontal bar chart: one labelled row per bar on a light
// track, the usual way to show shares that do not need to add up to a
// whole (a piece can be brass and enamel at once).
type BarChart struct {
	ID    string // unique on the page: prefixes the ids of <title> and <desc>
	Title string
	Desc  string // empty: "label: value" for every bar
	Max   int64  // the value of a full track; 0: the largest value
	Bars  []Bar
}

// Geometry of a bar chart, in SVG user units.
const (
	barsWidth  = 480 // small, so the text stays legible in a half-width panel
	barsLabelW = 150 // right edge of the labels
	barsValueW = 72  // room right of the track for the value
	barsRowH   = 28
	barsBarH   = 14
	barsPad    = 6
	barsLabelN = 20 // label width in columns
)

// SVG draws the chart.
func (c BarChart) SVG() template.HTML {
	full := c.Max
	for _, b := range c.Bars {
		full = max(full, b.Value)
	}
	desc := c.Desc
	if desc == "" {
		desc = summary(barPairs(c.Bars))
	}
	h := 2*barsPad + len(c.Bars)*barsRowH
	cv := open("bars", c.ID, c.Title, desc, barsWidth, h)
	trackX := float64(barsLabelW + 10)
	trackW := float64(barsWidth-barsValueW) - trackX
	for i, b := range c.Bars {
		y := float64(barsPad + i*barsRowH)
		mid := y + barsRowH/2
		display := barDisplay(b)
		cv.put(`<g class="chart-row"><title>`, esc(b.Label+": "+display), `</title>`)
		cv.text(barsLabelW, mid+4.5, "end", inkColour, "chart-label", fit(b.Label, barsLabelN))
		cv.rect(trackX, mid-barsBarH/2, trackW, barsBarH, 4, trackColour, "chart-track")
		if full > 0 && b.Value > 0 {
			w := max(trackW*float64(b.Value)/float64(full), 3)
			cv.rect(trackX, mid-barsBarH/2, w, barsBarH, 4, Colour(i), "chart-bar")
		}
		cv.text(trackX+trackW+8, mid+4.5, "start", softColour, "chart-value", display)
		cv.put(`</g>`)
	}
	return cv.close()
}

func barDisplay(b Bar) string {
	if b.Display != "" {
		return b.Display
	}
	return formatter(nil)(b.Value)
}

func barPairs(bars []Bar) [][2]string {
	out := make([][2]string, 0, len(bars))
	for _, b := range bars {
		out = append(out, [2]string{b.Label, barDisplay(b)})
	}
	return out
}
