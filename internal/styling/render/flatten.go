package render

import "math"

// flatten turns a geometry into polygons in pixel space; closed says which
// subpaths are closed (for strokes: fills close every subpath anyway).
// Curves get more points the longer they are on screen.
func (r *raster) flatten(g geom) (polys [][]pt, closed []bool) {
	px := func(p pt) pt { return pt{p.X*r.k + r.off.X, p.Y*r.k + r.off.Y} }
	switch g.kind {
	case gEllipse:
		c := px(g.c)
		return [][]pt{arc(c, g.rx*r.k, g.ry*r.k, 0, 2*math.Pi, nil)}, []bool{true}
	case gRect:
		return [][]pt{r.roundRect(g)}, []bool{true}
	}
	var cur []pt
	end := func(z bool) {
		if len(cur) > 1 {
			polys, closed = append(polys, cur), append(closed, z)
		}
		cur = nil
	}
	for _, s := range g.segs {
		switch s.op {
		case 'M':
			end(false)
			cur = []pt{px(s.p[0])}
		case 'L':
			cur = append(cur, px(s.p[0]))
		case 'Q', 'C':
			if len(cur) == 0 {
				cur = []pt{px(s.p[0])}
			}
			cur = curve(cur, s, px)
		case 'Z':
			end(true)
		}
	}
	end(false)
	return polys, closed
}

// curve appends the flattened quadratic or cubic Bézier s to cur.
func curve(cur []pt, s seg, px func(pt) pt) []pt {
	p0 := cur[len(cur)-1]
	ps := []pt{p0, px(s.p[0]), px(s.p[1])}
	if s.op == 'C' {
		ps = append(ps, px(s.p[2]))
	}
	hull := 0.0
	for i := 1; i < len(ps); i++ {
		hull += math.Hypot(ps[i].X-ps[i-1].X, ps[i].Y-ps[i-1].Y)
	}
	n := int(clamp(hull/5, 2, 48))
	for i := 1; i <= n; i++ {
		t := float64(i) / float64(n)
		u := 1 - t
		var q pt
		if s.op == 'Q' {
			q = pt{u*u*ps[0].X + 2*u*t*ps[1].X + t*t*ps[2].X, u*u*ps[0].Y + 2*u*t*ps[1].Y + t*t*ps[2].Y}
		} else {
			a, b, c, d := u*u*u, 3*u*u*t, 3*u*t*t, t*t*t
			q = pt{a*ps[0].X + b*ps[1].X + c*ps[2].X + d*ps[3].X, a*ps[0].Y + b*ps[1].Y + c*ps[2].Y + d*ps[3].Y}
		}
		cur = append(cur, q)
	}
	return cur
}

// arc appends points of the elliptical arc from angle a0 to a1 (radians,
// clockwise on screen) around c.
func arc(c pt, rx, ry, a0, a1 float64, out []pt) []pt {
	n := int(clamp(max(rx, ry)*abs(a1-a0)/4, 3, 128))
	for i := range n + 1 {
		if i == n && a1-a0 >= 2*math.Pi {
			break // a full turn: the last point repeats the first
		}
		a := a0 + (a1-a0)*float64(i)/float64(n)
		out = append(out, pt{c.X + rx*math.Cos(a), c.Y + ry*math.Sin(a)})
	}
	return out
}

// roundRect is a rectangle with quarter-circle corners, in pixels.
func (r *raster) roundRect(g geom) []pt {
	x0, y0 := g.x*r.k+r.off.X, g.y*r.k+r.off.Y
	x1, y1, rr := x0+g.w*r.k, y0+g.h*r.k, g.r*r.k
	if rr <= 0 {
		return []pt{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}
	}
	var out []pt
	out = arc(pt{x1 - rr, y0 + rr}, rr, rr, -math.Pi/2, 0, out)
	out = arc(pt{x1 - rr, y1 - rr}, rr, rr, 0, math.Pi/2, out)
	out = arc(pt{x0 + rr, y1 - rr}, rr, rr, math.Pi/2, math.Pi, out)
	return arc(pt{x0 + rr, y0 + rr}, rr, rr, math.Pi, 3*math.Pi/2, out)
}

// strokePolys outlines polylines of half-width hw with round joins and
// caps: a quad per segment and a disc per vertex. Every piece winds the
// same way, so where they overlap the rasterizer unites them.
func strokePolys(polys [][]pt, closed []bool, hw float64) [][]pt {
	if hw <= 0 {
		return nil
	}
	var out [][]pt
	for i, p := range polys {
		n := len(p)
		if closed[i] && n > 2 {
			p = append(p[:n:n], p[0])
		}
		for j := 1; j < len(p); j++ {
			if q := quad(p[j-1], p[j], hw); q != nil {
				out = append(out, q)
			}
		}
		for _, v := range p {
			out = append(out, disc(v, hw))
		}
	}
	return out
}

// quad is the rectangle of half-width hw around segment a→b, wound
// clockwise on screen; nil for a zero-length segment.
func quad(a, b pt, hw float64) []pt {
	dx, dy := b.X-a.X, b.Y-a.Y
	l := math.Hypot(dx, dy)
	if l < 1e-9 {
		return nil
	}
	nx, ny := -dy/l*hw, dx/l*hw
	q := []pt{{a.X + nx, a.Y + ny}, {b.X + nx, b.Y + ny}, {b.X - nx, b.Y - ny}, {a.X - nx, a.Y - ny}}
	if signedArea(q) < 0 {
		q[1], q[3] = q[3], q[1]
	}
	return q
}

// disc is a round join or cap, wound the same way as quad.
func disc(c pt, r float64) []pt {
	n := int(clamp(r*1.5, 8, 32))
	out := make([]pt, n)
	for i := range n {
		a := 2 * math.Pi * float64(i) / float64(n)
		out[i] = pt{c.X + r*math.Cos(a), c.Y + r*math.Sin(a)}
	}
	return out
}

// signedArea is a polygon's signed area (positive: clockwise on screen).
func signedArea(p []pt) float64 {
	s := 0.0
	for i := range p {
		j := (i + 1) % len(p)
		s += p[i].X*p[j].Y - p[j].X*p[i].Y
	}
	return s / 2
}
