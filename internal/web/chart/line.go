package chart

import (
	"html/template"
	"strings"
)

// Series is one line of a line chart: a value per label of the chart.
type Series struct {
	Name   string
	Values []int64
}

// LineChart draws values over time: one line per series with a dot on
// each point, the first series shaded underneath.
type LineChart struct {
	ID     string
	Title  string
	Desc   string // empty: "label: name value, name value" per point
	Format func(int64) string
	Labels []string // one per point, oldest first
	Series []Series
}

// SVG draws the chart.
func (c LineChart) SVG() template.HTML {
	var top int64
	for _, s := range c.Series {
		for _, v := range s.Values {
			top = max(top, v)
		}
	}
	desc := c.Desc
	if desc == "" {
		desc = c.summary()
	}
	cv := open("line", c.ID, c.Title, desc, axesWidth, axesHeight)
	p := newPlot(top)
	p.grid(cv, formatter(c.Format))
	n := len(c.Labels)
	xOf := func(i int) float64 {
		if n <= 1 {
			return p.x0 + p.w/2
		}
		return p.x0 + p.w*float64(i)/float64(n-1)
	}
	for k, s := range c.Series {
		c.drawSeries(cv, p, k, s, xOf)
	}
	p.xLabels(cv, c.Labels, xOf)
	items := make([]legendItem, 0, len(c.Series))
	for k, s := range c.Series {
		items = append(items, legendItem{label: s.Name, colour: Colour(k)})
	}
	p.legend(cv, items)
	return cv.close()
}

// drawSeries draws one line, its dots and, for the first series, the
// shaded area under it.
func (c LineChart) drawSeries(cv *canvas, p plot, k int, s Series, xOf func(int) float64) {
	n := min(len(s.Values), len(c.Labels))
	if n == 0 {
		return
	}
	var line strings.Builder
	for i := range n {
		cmd := " L"
		if i == 0 {
			cmd = "M"
		}
		line.WriteString(cmd + num(xOf(i)) + " " + num(p.y(s.Values[i])))
	}
	colour := Colour(k)
	if k == 0 && n > 1 {
		base := num(p.y(0))
		cv.put(`<path d="`, line.String(), " L", num(xOf(n-1)), " ", base, " L", num(xOf(0)), " ", base,
			` Z" fill="`, colour, `" fill-opacity="0.12" class="chart-area"/>`)
	}
	if n > 1 {
		cv.put(`<path d="`, line.String(), `" fill="none" stroke="`, colour, `" stroke-width="2.5" stroke-linejoin="round" class="chart-line chart-line-`, itoa(k), `"/>`)
	}
	format := formatter(c.Format)
	for i := range n {
		cv.put(`<circle cx="`, num(xOf(i)), `" cy="`, num(p.y(s.Values[i])), `" r="4" fill="`, colour, `" class="chart-dot"><title>`,
			esc(c.Labels[i]+" · "+s.Name+": "+format(s.Values[i])), `</title></circle>`)
	}
}

// summary describes every point in words.
func (c LineChart) summary() string {
	format := formatter(c.Format)
	pairs := make([][2]string, 0, len(c.Labels))
	for i, l := range c.Labels {
		var vals []string
		for _, s := range c.Series {
			if i < len(s.Values) {
				vals = append(vals, s.Name+" "+format(s.Values[i]))
			}
		}
		pairs = append(pairs, [2]string{l, strings.Join(vals, ", ")})
	}
	return summary(pairs)
}
