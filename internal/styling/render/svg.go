package render

import (
	"bytes"
	"encoding/xml"
	"math"
	"strconv"
)

// svgWriter emits a drawing as SVG: the body in order, and the gradient
// and clip definitions it needs collected for <defs>.
type svgWriter struct {
	id    string
	body  bytes.Buffer
	defs  bytes.Buffer
	grads map[string]bool
	clips int
}

// svg is the standalone document. Round caps and joins are set once on
// the root: the rasterizer strokes the same way.
func (d drawing) svg() []byte {
	e := &svgWriter{id: d.id, grads: map[string]bool{}}
	for _, sh := range d.shapes {
		e.shape(sh)
	}
	var b bytes.Buffer
	b.Grow(e.body.Len() + e.defs.Len() + 1024)
	b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 630" width="1200" height="630" role="img" aria-label="`)
	escape(&b, d.title)
	b.WriteString(`" stroke-linecap="round" stroke-linejoin="round">` + "\n<title>")
	escape(&b, d.title)
	b.WriteString("</title>\n")
	if e.defs.Len() > 0 || len(e.grads) > 0 {
		b.WriteString("<defs>\n")
		for _, name := range gradientNames {
			if e.grads[name] {
				e.gradient(&b, name)
			}
		}
		b.Write(e.defs.Bytes())
		b.WriteString("</defs>\n")
	}
	b.WriteString(`<rect width="1200" height="630" fill="` + cssColour(background) + `"/>` + "\n")
	b.Write(e.body.Bytes())
	b.WriteString("</svg>\n")
	return b.Bytes()
}

func (e *svgWriter) shape(sh shape) {
	switch {
	case sh.text != nil:
		return // captions belong to the PNG card; pages show the title themselves
	case sh.photo != nil && sh.photo.href != "":
		e.photo(sh)
	case sh.photo != nil:
		for _, a := range sh.photo.alt {
			e.shape(a)
		}
	default:
		e.element(&e.body, sh.g, sh.fill, sh.stroke, sh.width)
	}
}

// photo is a placeholder tile, the linked image clipped to the tile's
// rounded shape, and the frame.
func (e *svgWriter) photo(sh shape) {
	g := sh.g
	e.element(&e.body, g, sh.fill, none, 0)
	e.clips++
	clip := e.id + "-c" + strconv.Itoa(e.clips)
	e.defs.WriteString(`<clipPath id="` + clip + `">`)
	e.element(&e.defs, g, none, none, 0)
	e.defs.WriteString("</clipPath>\n")
	b := g.box(0)
	e.body.WriteString(`<image href="`)
	escape(&e.body, sh.photo.href)
	e.body.WriteString(`" x="` + num(b.X0) + `" y="` + num(b.Y0) + `" width="` + num(b.X1-b.X0) + `" height="` + num(b.Y1-b.Y0))
	e.body.WriteString(`" preserveAspectRatio="xMidYMid slice" clip-path="url(#` + clip + `)"/>` + "\n")
	e.element(&e.body, g, none, sh.stroke, sh.width)
}

// element writes one geometry with its paints.
func (e *svgWriter) element(b *bytes.Buffer, g geom, fill, stroke paint, width float64) {
	switch g.kind {
	case gEllipse:
		if g.rx == g.ry {
			b.WriteString(`<circle cx="` + num(g.c.X) + `" cy="` + num(g.c.Y) + `" r="` + num(g.rx))
		} else {
			b.WriteString(`<ellipse cx="` + num(g.c.X) + `" cy="` + num(g.c.Y) + `" rx="` + num(g.rx) + `" ry="` + num(g.ry))
		}
	case gRect:
		b.WriteString(`<rect x="` + num(g.x) + `" y="` + num(g.y) + `" width="` + num(g.w) + `" height="` + num(g.h))
		if g.r > 0 {
			b.WriteString(`" rx="` + num(g.r))
		}
	default:
		b.WriteString(`<path d="`)
		pathData(b, g.segs)
	}
	b.WriteString(`"`)
	if fill != none || stroke != none {
		e.paint(b, "fill", fill)
	}
	if stroke.visible() && width > 0 {
		e.paint(b, "stroke", stroke)
		b.WriteString(` stroke-width="` + num(width) + `"`)
	}
	b.WriteString("/>\n")
}

// paint writes fill or stroke: a colour, a gradient reference or none.
func (e *svgWriter) paint(b *bytes.Buffer, attr string, p paint) {
	switch {
	case p.grad != "":
		e.grads[p.grad] = true
		b.WriteString(` ` + attr + `="url(#` + e.id + "-" + p.grad + `)"`)
	case p.c.A == 0:
		b.WriteString(` ` + attr + `="none"`)
	default:
		b.WriteString(` ` + attr + `="` + cssColour(p.c) + `"`)
		if p.c.A < 255 {
			b.WriteString(` ` + attr + `-opacity="` + strconv.FormatFloat(math.Round(float64(p.c.A)/2.55)/100, 'f', -1, 64) + `"`)
		}
	}
}

// gradient writes a diagonal linear gradient over the shape's box.
func (e *svgWriter) gradient(b *bytes.Buffer, name string) {
	b.WriteString(`<linearGradient id="` + e.id + "-" + name + `" x1="0" y1="0" x2="1" y2="1">`)
	for _, s := range gradients[name] {
		b.WriteString(`<stop offset="` + num(s.off) + `" stop-color="` + cssColour(s.c) + `"/>`)
	}
	b.WriteString("</linearGradient>\n")
}

func pathData(b *bytes.Buffer, segs []seg) {
	for i, s := range segs {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteByte(s.op)
		for j := range npoints(s.op) {
			if j > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(num(s.p[j].X) + " " + num(s.p[j].Y))
		}
	}
}

// num formats a coordinate with at most two decimals, the same on every
// run and machine; non-finite values (never expected) become 0.
func num(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "0"
	}
	v = math.Round(v*100) / 100
	if v == 0 {
		return "0"
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// escape writes text safe for XML content and attribute values.
func escape(b *bytes.Buffer, s string) {
	_ = xml.EscapeText(b, []byte(s))
}
