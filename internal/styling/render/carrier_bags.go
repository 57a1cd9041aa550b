package render

// The bags: backpack, tote and crossbody, drawn from the front.

var (
	backpackStrapL = svgPath("M 45 40 C -25 80 -28 200 -10 330")
	backpackStrapR = svgPath("M 255 40 C 325 80 328 200 310 330")
	backpackHandle = svgPath("M 122 14 C 122 -44 178 -44 178 14")
	backpackBody   = svgPath("M 30 60 C 30 2 270 2 270 60 L 285 360 Q 285 400 245 400 L 55 400 Q 15 400 15 360 Z")
	backpackZip    = svgPath("M 48 80 C 90 38 210 38 252 80")
)

var backpack = kindSpec{
	w: 300, h: 400,
	draw: func(t tone) []shape {
		l := t.line
		return []shape{
			stroked(backpackStrapL, solid(t.dark), 24),
			stroked(backpackStrapR, solid(t.dark), 24),
			stroked(backpackHandle, solid(t.dark), 10),
			outlined(backpackBody, t.fill, solid(t.dark), l),
			stroked(backpackZip, solid(t.dark), l*1.4),
			outlined(rect(40, 74, 14, 10, 3), solid(steel), solid(t.dark), l*0.5),
			outlined(rect(246, 74, 14, 10, 3), solid(steel), solid(t.dark), l*0.5),
			outlined(rect(55, 220, 190, 150, 34), solid(t.light), solid(t.dark), l),
			stroked(svgPath("M 78 250 L 222 250"), solid(t.dark), l*1.2),
			stroked(dashes(pt{70, 356}, pt{230, 356}, 7, 6), solid(t.dark), l*0.5),
			outlined(rect(281, 286, 16, 30, 6), solid(t.light), solid(t.dark), l*0.8),
		}
	},
	points: map[string]pt{
		"top_handle":     {150, -29},
		"zip_pull_left":  {47, 86},
		"zip_pull_right": {253, 86},
		"strap_left":     {-21, 190},
		"strap_right":    {321, 190},
		"side_loop":      {289, 316},
	},
	edge: [2]pt{{80, 254}, {220, 254}},
}

var (
	toteBack  = svgPath("M 120 126 C 120 10 260 10 260 126")
	toteFront = svgPath("M 100 128 C 100 -12 280 -12 280 128")
	toteBody  = svgPath("M 40 120 L 340 120 L 362 384 Q 364 400 348 400 L 32 400 Q 16 400 18 384 Z")
)

var tote = kindSpec{
	w: 380, h: 400,
	draw: func(t tone) []shape {
		l := t.line
		return []shape{
			stroked(toteBack, solid(t.dark), 14),
			outlined(toteBody, t.fill, solid(t.dark), l),
			filled(svgPath("M 40 120 L 340 120 L 342 146 L 38 146 Z"), solid(t.light)),
			stroked(dashes(pt{42, 150}, pt{338, 150}, 8, 6), solid(t.dark), l*0.5),
			stroked(toteFront, solid(t.dark), 16),
			outlined(rect(92, 118, 16, 30, 4), solid(t.dark), solid(t.dark), l*0.5),
			outlined(rect(272, 118, 16, 30, 4), solid(t.dark), solid(t.dark), l*0.5),
			stroked(circle(190, 128, 6), solid(steel), 3),
		}
	},
	points: map[string]pt{
		"handle_left":  {100, 148},
		"handle_right": {280, 148},
		"inner_ring":   {190, 134},
	},
	edge: [2]pt{{60, 136}, {320, 136}},
}

var (
	crossStrap = svgPath("M 14 24 C 30 -150 200 -150 216 24")
	crossFlap  = svgPath("M 0 52 L 230 52 L 230 98 Q 115 140 0 98 Z")
)

var crossbody = kindSpec{
	w: 230, h: 160,
	draw: func(t tone) []shape {
		l := t.line
		return []shape{
			stroked(crossStrap, solid(t.dark), 9),
			outlined(rect(0, 20, 230, 140, 28), t.fill, solid(t.dark), l),
			stroked(svgPath("M 26 38 L 204 38"), solid(t.dark), l*1.2),
			outlined(crossFlap, solid(t.light), solid(t.dark), l),
			stroked(circle(14, 26, 7), solid(steel), 3),
			stroked(circle(216, 26, 7), solid(steel), 3),
			outlined(rect(186, 34, 10, 10, 2), solid(steel), solid(t.dark), l*0.5),
			stroked(svgPath("M 109 119 L 109 130 L 121 130 L 121 119"), solid(t.dark), l),
		}
	},
	points: map[string]pt{
		"strap_ring": {14, 33},
		"zip_pull":   {191, 44},
		"front_loop": {115, 130},
	},
	edge: [2]pt{{40, 104}, {190, 104}},
}
