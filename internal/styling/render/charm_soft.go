package render

import (
	"image/color"
	"math"
)

// Soft and strung charms: plush, crochet, beads and tassels.

// drawPlush is a round soft body with ears, a face and blush.
func drawPlush(k look) []shape {
	w, h := k.w, k.h
	er := w * 0.17
	ear := func(x float64) []shape {
		return []shape{
			outlined(circle(x, h*0.2, er), k.fill(0), solid(k.ink), k.line),
			filled(circle(x, h*0.2, er*0.55), solid(lighter(k.c[1], 0.2))),
		}
	}
	out := append(ear(-w*0.3), ear(w*0.3)...)
	eye := solid(ink)
	if isDark(k.c[0]) {
		eye = solid(white)
	}
	return append(out,
		outlined(ellipse(0, h*0.58, w*0.5, h*0.42), k.fill(0), solid(k.ink), k.line),
		filled(ellipse(0, h*0.7, w*0.26, h*0.2), solid(lighter(k.c[0], 0.45))),
		filled(circle(-w*0.16, h*0.52, w*0.045), eye),
		filled(circle(w*0.16, h*0.52, w*0.045), eye),
		filled(ellipse(-w*0.27, h*0.6, w*0.07, w*0.04), alpha(hex("#ff7f9f"), 0.55)),
		filled(ellipse(w*0.27, h*0.6, w*0.07, w*0.04), alpha(hex("#ff7f9f"), 0.55)),
		filled(ellipse(0, h*0.57, w*0.035, w*0.025), eye),
	)
}

// drawCrochet is a round motif with rings of stitches and a leaf on top.
func drawCrochet(k look) []shape {
	w, h := k.w, k.h
	r := min(w/2, h*0.44)
	cx, cy := 0.0, h-r
	leaf := green()
	if k.codes[1] == "green" || k.codes[1] == "mint" {
		leaf = k.c[1]
	}
	var l path
	l.M(0, cy-r*0.9).Q(-r*0.6, cy-r*1.3, -r*0.5, cy-r*0.8).Z().
		M(0, cy-r*0.9).Q(r*0.6, cy-r*1.3, r*0.5, cy-r*0.8).Z()
	out := []shape{
		outlined(circle(cx, cy, r), k.fill(0), solid(k.ink), k.line),
		outlined(l.geom(), solid(leaf), solid(darker(leaf, 0.4)), k.line*0.6),
	}
	stitch := solid(darker(k.c[0], 0.25))
	if isDark(k.c[0]) {
		stitch = solid(lighter(k.c[0], 0.3))
	}
	for ring, n := range []int{14, 9, 4} {
		rr := r * (0.78 - 0.26*float64(ring))
		for i := range n {
			a := 2*math.Pi*float64(i)/float64(n) + float64(ring)*0.3
			out = append(out, filled(ellipse(cx+rr*math.Cos(a), cy+rr*math.Sin(a), r*0.07, r*0.05), stitch))
		}
	}
	return out
}

func green() color.NRGBA { return hex("#5bab6a") }

// drawBeads is a strand of round beads cycling through the colours, with a
// larger bead at the end.
func drawBeads(k look) []shape {
	w, h := k.w, k.h
	br := min(w/2, h/10)
	n := max(2, min(30, int((h-br*2.4)/(br*1.8))))
	out := []shape{stroked(svgLine(0, 0, 0, h-br*2.4), solid(hex("#8a8f98")), max(0.4, br*0.12))}
	for i := range n {
		cy := br + float64(i)*br*1.8
		c := k.c[i%3]
		out = append(out,
			outlined(circle(0, cy, br*0.92), fillOf(k.codes[i%3]), solid(darker(c, 0.35)), k.line*0.5),
			filled(circle(-br*0.3, cy-br*0.3, br*0.22), alpha(white, 0.7)))
	}
	end := float64(n)*br*1.8 + br*1.2
	return append(out, outlined(circle(0, min(end, h-br*1.2), br*1.2), k.fill(0), solid(k.ink), k.line*0.6))
}

// drawTassel is a knot, a cap and fanned strands.
func drawTassel(k look) []shape {
	w, h := k.w, k.h
	var knot path
	knot.M(0, h*0.04).L(w*0.22, h*0.13).L(0, h*0.22).L(-w*0.22, h*0.13).Z()
	var strands path
	for i := range 9 {
		f := float64(i)/8 - 0.5
		strands.M(f*w*0.34, h*0.4).Q(f*w*0.6, h*0.7, f*w*0.9, h)
	}
	return []shape{
		stroked(svgLine(0, 0, 0, h*0.34), solid(k.ink), max(0.5, w*0.05)),
		outlined(knot.geom(), k.fill(0), solid(k.ink), k.line),
		stroked(strands.geom(), solid(k.c[0]), max(0.6, w*0.07)),
		outlined(rect(-w*0.2, h*0.3, w*0.4, h*0.11, w*0.06), k.fill(1), solid(darker(k.c[1], 0.4)), k.line*0.6),
	}
}

// svgLine is the straight path a→b.
func svgLine(x0, y0, x1, y1 float64) geom {
	var p path
	return p.M(x0, y0).L(x1, y1).geom()
}

func hypot(x, y float64) float64 { return math.Hypot(x, y) }
