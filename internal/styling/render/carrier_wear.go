package render

// Things worn: a belt loop on a waistband, a pair of sneakers, glasses and
// a lanyard with its badge.

var beltLoop = kindSpec{
	w: 350, h: 150,
	draw: func(t tone) []shape {
		l := t.line
		belt := darker(hex("#7a5235"), 0.15)
		out := []shape{
			outlined(rect(0, 20, 350, 130, 6), t.fill, solid(t.dark), l),
			outlined(rect(0, 20, 350, 46, 4), solid(t.light), solid(t.dark), l),
			outlined(rect(0, 30, 350, 24, 3), solid(belt), solid(darker(belt, 0.4)), l),
			stroked(dashes(pt{4, 72}, pt{346, 72}, 7, 5), solid(t.dark), l*0.5),
			stroked(svgPath("M 200 66 Q 262 116 350 104"), solid(t.dark), l),
		}
		for _, x := range []float64{80, 270} {
			out = append(out,
				outlined(rect(x-10, 16, 20, 56, 5), t.fill, solid(t.dark), l),
				stroked(dashes(pt{x - 5, 22}, pt{x - 5, 66}, 5, 4), solid(t.dark), l*0.4))
		}
		return out
	},
	points: map[string]pt{"loop_left": {80, 72}, "loop_right": {270, 72}},
	edge:   [2]pt{{30, 66}, {320, 66}},
}

// sneaker is one shoe, toe to the left, starting at x = ox.
func sneaker(t tone, ox float64) []shape {
	var upper path
	upper.M(ox+6, 96).L(ox+6, 74).Q(ox+8, 52, ox+40, 46).L(ox+78, 22).
		Q(ox+96, 10, ox+120, 12).Q(ox+144, 14, ox+146, 40).L(ox+148, 96).Z()
	var laces path
	for i := range 4 {
		x := ox + 62 + float64(i)*13
		y := 38 - float64(i)*7
		laces.M(x, y).L(x+14, y+10)
	}
	return []shape{
		outlined(upper.geom(), t.fill, solid(t.dark), t.line),
		stroked(svgPathAt("M 40 46 Q 60 70 60 94", ox), solid(t.dark), t.line*0.8),
		stroked(laces.geom(), solid(white), t.line*1.3),
		outlined(rect(ox, 90, 154, 18, 8), solid(white), solid(t.dark), t.line),
	}
}

// svgPathAt is svgPath moved right by ox.
func svgPathAt(d string, ox float64) geom {
	g := svgPath(d)
	g.move(1, pt{ox, 0})
	return g
}

var shoelaces = kindSpec{
	w: 330, h: 110,
	draw: func(t tone) []shape {
		return append(sneaker(t, 0), sneaker(t, 174)...)
	},
	points: map[string]pt{"left_laces": {92, 24}, "right_laces": {266, 24}},
	edge:   [2]pt{{20, 92}, {310, 92}},
}

var glasses = kindSpec{
	w: 176, h: 50,
	draw: func(t tone) []shape {
		frame := t.base
		if !known(t.code) {
			frame = ink
		}
		lens := alpha(hex("#cfe3f1"), 0.55)
		return []shape{
			stroked(svgPath("M 28 12 L 4 12 Q -2 14 0 32"), solid(frame), 3),
			stroked(svgPath("M 148 12 L 172 12 Q 178 14 176 32"), solid(frame), 3),
			outlined(rect(28, 4, 56, 42, 16), lens, solid(frame), 4),
			outlined(rect(92, 4, 56, 42, 16), lens, solid(frame), 4),
			stroked(svgPath("M 84 16 Q 88 9 92 16"), solid(frame), 3),
			filled(svgPath("M 36 12 L 48 12 L 38 30 Z"), alpha(white, 0.6)),
			filled(svgPath("M 100 12 L 112 12 L 102 30 Z"), alpha(white, 0.6)),
		}
	},
	points: map[string]pt{"temple_tip_left": {0, 33}, "temple_tip_right": {176, 33}},
	edge:   [2]pt{{36, 47}, {140, 47}},
}

var lanyard = kindSpec{
	w: 120, h: 320,
	draw: func(t tone) []shape {
		card := hex("#f4f3ef")
		return []shape{
			stroked(svgPath("M 20 0 L 56 164"), t.fill, 12),
			stroked(svgPath("M 100 0 L 64 164"), t.fill, 12),
			stroked(dashes(pt{20, 4}, pt{55, 160}, 6, 5), solid(t.light), 1),
			stroked(circle(60, 170, 7), solid(steel), 3),
			outlined(rect(53, 176, 14, 16, 3), solid(steel), solid(darker(steel, 0.3)), 1),
			outlined(rect(10, 192, 100, 128, 8), solid(card), solid(hex("#c9c4ba")), 1.5),
			filled(rect(22, 206, 34, 42, 4), solid(hex("#d9d4ca"))),
			filled(rect(62, 212, 36, 6, 3), solid(hex("#cfc9bd"))),
			filled(rect(62, 226, 28, 6, 3), solid(hex("#cfc9bd"))),
			filled(rect(22, 290, 76, 14, 3), t.fill),
		}
	},
	points: map[string]pt{"lanyard_ring": {36, 96}, "badge_clip": {60, 192}},
	edge:   [2]pt{{96, 20}, {70, 150}},
}
