package render

import "math"

// bounds is an axis-aligned box; empty when X0 > X1.
type bounds struct{ X0, Y0, X1, Y1 float64 }

func emptyBounds() bounds { return bounds{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)} }

func (b bounds) empty() bool { return b.X0 > b.X1 || b.Y0 > b.Y1 }

func (b *bounds) add(p pt) {
	b.X0, b.Y0 = math.Min(b.X0, p.X), math.Min(b.Y0, p.Y)
	b.X1, b.Y1 = math.Max(b.X1, p.X), math.Max(b.Y1, p.Y)
}

func (b *bounds) union(o bounds) {
	if !o.empty() {
		b.add(pt{o.X0, o.Y0})
		b.add(pt{o.X1, o.Y1})
	}
}

// box is the geometry's bounding box (a path's control points bound its
// curves), grown by pad on every side.
func (g geom) box(pad float64) bounds {
	b := emptyBounds()
	switch g.kind {
	case gEllipse:
		b = bounds{g.c.X - g.rx, g.c.Y - g.ry, g.c.X + g.rx, g.c.Y + g.ry}
	case gRect:
		b = bounds{g.x, g.y, g.x + g.w, g.y + g.h}
	default:
		for _, s := range g.segs {
			for j := range npoints(s.op) {
				b.add(s.p[j])
			}
		}
	}
	if b.empty() {
		return b
	}
	return bounds{b.X0 - pad, b.Y0 - pad, b.X1 + pad, b.Y1 + pad}
}

// extent is the box of everything the shapes paint.
func extent(shapes []shape) bounds {
	b := emptyBounds()
	for _, sh := range shapes {
		if sh.text != nil {
			continue
		}
		pad := 0.0
		if sh.stroke.visible() {
			pad = sh.width / 2
		}
		b.union(sh.g.box(pad))
		if sh.photo != nil {
			b.union(extent(sh.photo.alt))
		}
	}
	return b
}
