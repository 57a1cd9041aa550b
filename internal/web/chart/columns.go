package chart

import (
	"html/template"
	"strings"
)

// Column is one period of a column chart.
type Column struct {
	Label   string // under the column ("Jul", "7月")
	Value   int64  // its height
	Limit   int64  // the allowance of the period; 0: none
	Display string // in the tooltip and description; empty: Format(Value)
}

// ColumnChart draws one column per period with the allowance as a dashed
// step line; columns above their allowance are drawn in the warning colour.
type ColumnChart struct {
	ID         string
	Title      string
	Desc       string // empty: "label: value" for every column
	Format     func(int64) string
	ValueLabel string // legend of the columns ("Spent")
	LimitLabel string // legend of the line ("Monthly allowance")
	OverLabel  string // legend of the warning colour ("Over the allowance")
	Columns    []Column
}

// SVG draws the chart.
func (c ColumnChart) SVG() template.HTML {
	format := formatter(c.Format)
	var top int64
	anyLimit, anyOver := false, false
	for _, col := range c.Columns {
		top = max(top, col.Value, col.Limit)
		anyLimit = anyLimit || col.Limit > 0
		anyOver = anyOver || over(col)
	}
	desc := c.Desc
	if desc == "" {
		pairs := make([][2]string, 0, len(c.Columns))
		for _, col := range c.Columns {
			pairs = append(pairs, [2]string{col.Label, c.display(col)})
		}
		desc = summary(pairs)
	}
	cv := open("columns", c.ID, c.Title, desc, axesWidth, axesHeight)
	p := newPlot(top)
	p.grid(cv, format)
	slot := p.w / float64(max(len(c.Columns), 1))
	colW := slot * 0.62
	xOf := func(i int) float64 { return p.x0 + slot*float64(i) + slot/2 }
	for i, col := range c.Columns {
		fill, class := Palette[1], "chart-col"
		if over(col) {
			fill, class = overColour, "chart-col chart-col-over"
		}
		cv.put(`<g class="chart-period"><title>`, esc(col.Label+": "+c.display(col)), `</title>`)
		if col.Value > 0 {
			y := p.y(col.Value)
			cv.rect(xOf(i)-colW/2, y, colW, max(p.y0+p.h-y, 1), 3, fill, class)
		}
		cv.put(`</g>`)
	}
	if anyLimit {
		cv.put(`<path d="`, limitPath(c.Columns, p, slot), `" fill="none" stroke="`, inkColour,
			`" stroke-width="2" stroke-dasharray="6 4" class="chart-limit"/>`)
	}
	labels := make([]string, len(c.Columns))
	for i, col := range c.Columns {
		labels[i] = col.Label
	}
	p.xLabels(cv, labels, xOf)
	p.legend(cv, c.legendItems(anyLimit, anyOver))
	return cv.close()
}

// display is a column's text: its Display, else the formatted value.
func (c ColumnChart) display(col Column) string {
	if col.Display != "" {
		return col.Display
	}
	return formatter(c.Format)(col.Value)
}

func (c ColumnChart) legendItems(anyLimit, anyOver bool) []legendItem {
	var items []legendItem
	if c.ValueLabel != "" {
		items = append(items, legendItem{label: c.ValueLabel, colour: Palette[1]})
	}
	if anyOver && c.OverLabel != "" {
		items = append(items, legendItem{label: c.OverLabel, colour: overColour})
	}
	if anyLimit && c.LimitLabel != "" {
		items = append(items, legendItem{label: c.LimitLabel, colour: inkColour, dashed: true})
	}
	return items
}

// over reports whether a column passed its allowance.
func over(col Column) bool { return col.Limit > 0 && col.Value > col.Limit }

// limitPath is the allowance as a step line across each column's slot;
// periods without an allowance leave a gap.
func limitPath(cols []Column, p plot, slot float64) string {
	var b strings.Builder
	drawing := false
	for i, col := range cols {
		if col.Limit <= 0 {
			drawing = false
			continue
		}
		x0, x1, y := p.x0+slot*float64(i), p.x0+slot*float64(i+1), p.y(col.Limit)
		if drawing {
			b.WriteString(" V" + num(y))
		} else {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString("M" + num(x0) + " " + num(y))
		}
		b.WriteString(" H" + num(x1))
		drawing = true
	}
	return b.String()
}
