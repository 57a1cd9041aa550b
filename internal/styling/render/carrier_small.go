package render

// Small carriers: cases, a water bottle and a keyring.

var headphoneCase = kindSpec{
	w: 70, h: 60,
	draw: func(t tone) []shape {
		l := t.line
		return []shape{
			stroked(circle(62, 8, 4.5), solid(steel), 1.6),
			outlined(rect(0, 8, 70, 52, 22), t.fill, solid(t.dark), l),
			stroked(svgPath("M 2 26 L 68 26"), solid(t.dark), l*0.8),
			filled(circle(35, 38, 1.6), solid(hex("#7ccf8a"))),
			filled(rect(8, 12, 22, 6, 3), alpha(white, 0.45)),
		}
	},
	points: map[string]pt{"case_loop": {62, 12}},
	edge:   [2]pt{{12, 60}, {58, 60}},
}

var phoneCase = kindSpec{
	w: 78, h: 160,
	draw: func(t tone) []shape {
		l := t.line
		return []shape{
			outlined(rect(0, 0, 78, 160, 12), t.fill, solid(t.dark), l),
			outlined(rect(6, 6, 30, 32, 8), solid(t.dark), solid(t.dark), l*0.5),
			filled(circle(15, 15, 5), solid(ink)),
			filled(circle(27, 27, 5), solid(ink)),
			filled(circle(27, 14, 2), solid(hex("#fff3c4"))),
			filled(svgPath("M 50 10 L 66 10 L 20 150 L 6 150 Z"), alpha(white, 0.12)),
			outlined(circle(10, 151, 3), solid(background), solid(t.dark), l*0.5),
		}
	},
	points: map[string]pt{"strap_hole": {10, 154}},
	edge:   [2]pt{{16, 158}, {62, 158}},
}

var waterBottle = kindSpec{
	w: 80, h: 260,
	draw: func(t tone) []shape {
		l := t.line
		lid := darker(t.base, 0.3)
		return []shape{
			stroked(svgPath("M 30 6 C 30 -24 50 -24 50 6"), solid(lid), 5),
			stroked(svgPath("M 76 70 C 100 70 100 130 76 130"), solid(lid), 6),
			outlined(rect(18, 0, 44, 34, 6), solid(lid), solid(darker(lid, 0.3)), l),
			outlined(svgPath("M 24 34 L 56 34 L 58 44 L 22 44 Z"), t.fill, solid(t.dark), l),
			outlined(rect(4, 44, 72, 216, 18), t.fill, solid(t.dark), l),
			filled(rect(4, 130, 72, 50, 0), solid(t.light)),
			stroked(rect(4, 44, 72, 216, 18), solid(t.dark), l),
			filled(rect(12, 56, 8, 180, 4), alpha(white, 0.3)),
		}
	},
	points: map[string]pt{"cap_loop": {40, -16}, "handle": {94, 104}},
	edge:   [2]pt{{12, 52}, {68, 52}},
}

var keyring = kindSpec{
	w: 64, h: 64,
	draw: func(t tone) []shape {
		metal := steel
		if known(t.code) {
			metal = t.base
		}
		return []shape{
			stroked(circle(28, 30, 24), solid(darker(metal, 0.25)), 4.5),
			stroked(circle(28, 30, 24), solid(lighter(metal, 0.25)), 1.5),
			outlined(rect(50, 26, 12, 34, 6), none, solid(darker(metal, 0.25)), 3),
			stroked(svgPath("M 52 36 L 52 50"), solid(lighter(metal, 0.3)), 1.5),
		}
	},
	points: map[string]pt{"main_ring": {28, 54}, "side_clip": {56, 60}},
	edge:   [2]pt{{12, 48}, {44, 48}},
}
