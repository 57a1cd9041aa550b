package render

import "math"

// Flat and hard charms: enamel pins, acrylic tags, leather tags, pouches,
// tiny bags and the token for unknown categories.

// metalOf is the rim metal that suits the colours: silver when the charm
// lists silver or grey, gold otherwise.
func metalOf(k look) string {
	for _, c := range k.codes {
		if c == "silver" || c == "grey" {
			return "silver"
		}
	}
	return "gold"
}

// shield is a pin outline inset by f (0: the full box) from the box.
func shield(w, h, f float64) geom {
	x0, x1, y0, y1 := -w/2+w*f, w/2-w*f, h*0.04+h*f, h-h*f
	mid := (y0 + y1) / 2
	var p path
	return p.M(x0, y0).L(x1, y0).L(x1, mid).Q(x1, y1-(y1-y0)*0.12, 0, y1).
		Q(x0, y1-(y1-y0)*0.12, x0, mid).Z().geom()
}

// drawPin is an enamel shield with a metal rim and a star.
func drawPin(k look) []shape {
	w, h := k.w, k.h
	metal := metalOf(k)
	enamel, accent := 0, 1
	if k.codes[0] == metal {
		enamel, accent = 1, 2
	}
	return []shape{
		outlined(shield(w, h, 0), fillOf(metal), solid(darker(flat(metal), 0.35)), k.line*0.7),
		filled(shield(w, h, 0.12), k.fill(enamel)),
		filled(star(0, h*0.46, min(w, h)*0.2), k.fill(accent)),
		filled(ellipse(-w*0.18, h*0.26, w*0.1, h*0.05), alpha(white, 0.45)),
	}
}

// star is a five-pointed star centred on (cx, cy) with outer radius r.
func star(cx, cy, r float64) geom {
	var p path
	for i := range 10 {
		rr := r
		if i%2 == 1 {
			rr = r * 0.45
		}
		a := float64(i)*math.Pi/5 - math.Pi/2
		x, y := cx+rr*math.Cos(a), cy+rr*math.Sin(a)
		if i == 0 {
			p.M(x, y)
		} else {
			p.L(x, y)
		}
	}
	return p.Z().geom()
}

// drawAcrylic is a clear rounded plate with printed art and a glossy edge.
func drawAcrylic(k look) []shape {
	w, h := k.w, k.h
	var gloss path
	gloss.M(-w*0.42, h*0.62).L(-w*0.1, h*0.1).L(w*0.08, h*0.1).L(-w*0.3, h*0.76).Z()
	return []shape{
		outlined(rect(-w/2, h*0.06, w, h*0.94, w*0.2), alpha(white, 0.85), solid(hex("#c9d1da")), k.line),
		filled(rect(-w*0.4, h*0.16, w*0.8, h*0.76, w*0.16), k.fill(0)),
		filled(circle(0, h*0.52, min(w, h)*0.22), k.fill(1)),
		filled(star(0, h*0.52, min(w, h)*0.13), k.fill(2)),
		filled(gloss.geom(), alpha(white, 0.3)),
		outlined(circle(0, h*0.11, min(w, h)*0.04), solid(background), solid(hex("#c9d1da")), k.line*0.5),
	}
}

// drawLeather is a luggage-style tag with an eyelet and stitching.
func drawLeather(k look) []shape {
	w, h := k.w, k.h
	var tag path
	tag.M(-w*0.22, 0).L(w*0.22, 0).L(w/2, h*0.18).L(w/2, h-w*0.12).Q(w/2, h, w*0.38, h).
		L(-w*0.38, h).Q(-w/2, h, -w/2, h-w*0.12).L(-w/2, h*0.18).Z()
	in := w * 0.14
	thread := lighter(k.c[0], 0.55)
	d := max(0.8, h/24)
	return []shape{
		outlined(tag.geom(), k.fill(0), solid(k.ink), k.line),
		stroked(dashes(pt{-w/2 + in, h * 0.24}, pt{-w/2 + in, h - in}, d, d*0.7), solid(thread), k.line*0.5),
		stroked(dashes(pt{w/2 - in, h * 0.24}, pt{w/2 - in, h - in}, d, d*0.7), solid(thread), k.line*0.5),
		stroked(dashes(pt{-w/2 + in, h - in}, pt{w/2 - in, h - in}, d, d*0.7), solid(thread), k.line*0.5),
		filled(rect(-w*0.3, h*0.45, w*0.6, h*0.16, w*0.05), k.fill(1)),
		outlined(circle(0, h*0.12, w*0.1), solid(background), fillOf("gold"), k.line*1.2),
	}
}

// drawPouch is a small zipped pouch with a pull tab.
func drawPouch(k look) []shape {
	w, h := k.w, k.h
	return []shape{
		stroked(circle(0, h*0.08, w*0.1), solid(steel), k.line),
		outlined(rect(-w/2, h*0.16, w, h*0.84, w*0.22), k.fill(0), solid(k.ink), k.line),
		stroked(svgLine(-w*0.36, h*0.32, w*0.36, h*0.32), solid(k.ink), k.line*1.2),
		outlined(rect(w*0.22, h*0.3, w*0.1, h*0.18, w*0.03), k.fill(1), solid(k.ink), k.line*0.5),
		filled(rect(-w*0.34, h*0.5, w*0.4, h*0.3, w*0.08), solid(lighter(k.c[0], 0.35))),
	}
}

// drawMiniBag is a tiny structured bag with a handle, flap and clasp.
func drawMiniBag(k look) []shape {
	w, h := k.w, k.h
	var handle, body, flap path
	handle.M(-w*0.24, h*0.36).C(-w*0.24, -h*0.02, w*0.24, -h*0.02, w*0.24, h*0.36)
	body.M(-w*0.42, h*0.34).L(w*0.42, h*0.34).L(w/2, h).L(-w/2, h).Z()
	flap.M(-w*0.43, h*0.34).L(w*0.43, h*0.34).L(w*0.45, h*0.58).Q(0, h*0.74, -w*0.45, h*0.58).Z()
	return []shape{
		stroked(handle.geom(), fillOf(metalOf(k)), max(0.6, w*0.05)),
		outlined(body.geom(), k.fill(0), solid(k.ink), k.line),
		outlined(flap.geom(), solid(darker(k.c[0], 0.12)), solid(k.ink), k.line*0.8),
		outlined(rect(-w*0.07, h*0.6, w*0.14, h*0.1, w*0.03), fillOf(metalOf(k)), solid(k.ink), k.line*0.4),
	}
}

// drawToken is a plain round token for an unknown category.
func drawToken(k look) []shape {
	r := min(k.w/2, k.h/2)
	return []shape{
		outlined(circle(0, k.h-r, r), k.fill(0), solid(k.ink), k.line),
		filled(circle(0, k.h-r, r*0.55), k.fill(1)),
	}
}
