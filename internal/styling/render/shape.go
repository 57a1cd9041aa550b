package render

import (
	"image"
	"image/color"
	"math"
)

// The picture is built once as a small display list of shapes and then
// emitted twice, as SVG elements and as rasterized pixels, so the page and
// the sharing card always show the same drawing.

// pt is a point in drawing units.
type pt struct{ X, Y float64 }

// gkind says which SVG element a geometry becomes; the rasterizer flattens
// every kind to polygons.
type gkind uint8

const (
	gPath gkind = iota
	gEllipse
	gRect
)

// seg is one path command with absolute points: 'M' and 'L' use p[0], 'Q'
// p[0..1], 'C' p[0..2]; 'Z' closes the subpath.
type seg struct {
	op byte
	p  [3]pt
}

// geom is the outline of a shape.
type geom struct {
	kind       gkind
	segs       []seg   // gPath
	c          pt      // gEllipse centre
	rx, ry     float64 // gEllipse radii
	x, y, w, h float64 // gRect
	r          float64 // gRect corner radius, at most half the shorter side
}

// shape is one element of the display list: a geometry filled and then
// stroked, an image clipped to a rounded rectangle, or a caption (PNG only).
type shape struct {
	g      geom
	fill   paint
	stroke paint
	width  float64
	photo  *photo
	text   *caption
}

// photo is a charm's picture: the SVG links href, the PNG draws img; when
// the output's own source is missing the category drawing alt is used.
type photo struct {
	href string
	img  image.Image
	alt  []shape
}

// caption is a line of text on the PNG, left-aligned at at (its baseline)
// or right-aligned when right is set.
type caption struct {
	s     string
	size  float64
	at    pt
	right bool
	c     color.NRGBA
}

func circle(cx, cy, r float64) geom { return ellipse(cx, cy, r, r) }

func ellipse(cx, cy, rx, ry float64) geom {
	return geom{kind: gEllipse, c: pt{cx, cy}, rx: math.Abs(rx), ry: math.Abs(ry)}
}

// rect is a rectangle with corners rounded by r; SVG clamps rx to each side
// separately, so r is clamped here to keep both outputs equal.
func rect(x, y, w, h, r float64) geom {
	if w < 0 {
		x, w = x+w, -w
	}
	if h < 0 {
		y, h = y+h, -h
	}
	r = math.Max(0, math.Min(r, math.Min(w, h)/2))
	return geom{kind: gRect, x: x, y: y, w: w, h: h, r: r}
}

// path is a builder of path geometries.
type path struct{ segs []seg }

func (p *path) M(x, y float64) *path { return p.add('M', pt{x, y}) }
func (p *path) L(x, y float64) *path { return p.add('L', pt{x, y}) }
func (p *path) Q(x1, y1, x, y float64) *path {
	return p.add('Q', pt{x1, y1}, pt{x, y})
}
func (p *path) C(x1, y1, x2, y2, x, y float64) *path {
	return p.add('C', pt{x1, y1}, pt{x2, y2}, pt{x, y})
}
func (p *path) Z() *path { return p.add('Z') }

func (p *path) add(op byte, ps ...pt) *path {
	s := seg{op: op}
	copy(s.p[:], ps)
	p.segs = append(p.segs, s)
	return p
}

func (p *path) geom() geom { return geom{kind: gPath, segs: p.segs} }

// filled, stroked and outlined make shapes with the given paints.
func filled(g geom, f paint) shape { return shape{g: g, fill: f} }

func stroked(g geom, s paint, w float64) shape { return shape{g: g, stroke: s, width: w} }

func outlined(g geom, f, s paint, w float64) shape {
	return shape{g: g, fill: f, stroke: s, width: w}
}

// npoints is how many points a path command carries.
func npoints(op byte) int {
	switch op {
	case 'M', 'L':
		return 1
	case 'Q':
		return 2
	case 'C':
		return 3
	}
	return 0
}

// move scales a geometry by s about the origin and then moves it by t.
func (g *geom) move(s float64, t pt) {
	f := func(p pt) pt { return pt{p.X*s + t.X, p.Y*s + t.Y} }
	switch g.kind {
	case gEllipse:
		g.c, g.rx, g.ry = f(g.c), g.rx*s, g.ry*s
	case gRect:
		o := f(pt{g.x, g.y})
		g.x, g.y, g.w, g.h, g.r = o.X, o.Y, g.w*s, g.h*s, g.r*s
	default:
		segs := make([]seg, len(g.segs))
		for i, sg := range g.segs {
			for j := range npoints(sg.op) {
				sg.p[j] = f(sg.p[j])
			}
			segs[i] = sg
		}
		g.segs = segs
	}
}

// moveAll scales and moves shapes in place (s > 0), strokes and captions
// included, so a drawing made in millimetres lands where the layout wants it.
func moveAll(shapes []shape, s float64, t pt) {
	for i := range shapes {
		sh := &shapes[i]
		sh.g.move(s, t)
		sh.width *= s
		if sh.photo != nil {
			p := *sh.photo
			p.alt = append([]shape(nil), p.alt...)
			moveAll(p.alt, s, t)
			sh.photo = &p
		}
		if sh.text != nil {
			c := *sh.text
			c.at = pt{c.at.X*s + t.X, c.at.Y*s + t.Y}
			c.size *= s
			sh.text = &c
		}
	}
}
