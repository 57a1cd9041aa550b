package render

import (
	"image/color"
	"strconv"
	"strings"
)

// kindSpec is the drawing of one carrier kind, in millimetres at size M:
// its box, its silhouette, where its named attachment points are, and the
// edge along which points a collector named freely are spread.
type kindSpec struct {
	w, h   float64
	draw   func(t tone) []shape
	points map[string]pt
	edge   [2]pt
}

// tone is the carrier's colour: base fill and the shades of its seams and
// panels; line is the outline width in the kind's millimetres.
type tone struct {
	code  string
	fill  paint
	base  color.NRGBA
	dark  color.NRGBA
	light color.NRGBA
	line  float64
}

func newTone(code string, spec kindSpec) tone {
	base := neutral
	fill := solid(neutral)
	if known(code) {
		base, fill = flat(code), fillOf(code)
	}
	t := tone{code: code, fill: fill, base: base, dark: darker(base, 0.45), light: lighter(base, 0.35), line: spec.w / 110}
	if isDark(base) {
		t.dark, t.light = darker(base, 0.6), lighter(base, 0.18)
	}
	return t
}

// kinds holds every carrier kind Charmory knows; kindOf falls back to a
// plain tag for kinds it does not.
var kinds = map[string]kindSpec{
	"backpack":       backpack,
	"tote":           tote,
	"crossbody":      crossbody,
	"belt_loop":      beltLoop,
	"shoelaces":      shoelaces,
	"glasses":        glasses,
	"lanyard":        lanyard,
	"headphone_case": headphoneCase,
	"phone_case":     phoneCase,
	"water_bottle":   waterBottle,
	"keyring":        keyring,
}

func kindOf(kind string) kindSpec {
	if k, ok := kinds[kind]; ok {
		return k
	}
	return plainTag
}

// sizeFactor scales a carrier by its size; unknown sizes are M.
func sizeFactor(size string) float64 {
	switch size {
	case "S":
		return 0.8
	case "L":
		return 1.2
	}
	return 1
}

// plainTag stands in for a carrier kind the renderer does not know.
var plainTag = kindSpec{
	w: 200, h: 140,
	draw: func(t tone) []shape {
		return []shape{
			outlined(rect(0, 0, 200, 140, 24), t.fill, solid(t.dark), t.line),
			stroked(rect(14, 14, 172, 112, 14), solid(t.light), t.line*0.6),
		}
	},
	points: map[string]pt{},
	edge:   [2]pt{{40, 128}, {160, 128}},
}

// svgPath parses the fixed outlines of the carrier drawings: absolute M, L,
// Q, C and Z commands with space-separated numbers. It panics on a
// malformed literal, which the tests catch at package start.
func svgPath(d string) geom {
	var p path
	f := strings.Fields(d)
	num := func(i int) float64 {
		v, err := strconv.ParseFloat(f[i], 64)
		if err != nil {
			panic("render: bad path " + d)
		}
		return v
	}
	for i := 0; i < len(f); {
		op := f[i][0]
		n := npoints(op)
		if len(f[i]) != 1 || (n == 0 && op != 'Z') || i+2*n >= len(f)+1 {
			panic("render: bad path " + d)
		}
		var ps [3]pt
		for j := range n {
			ps[j] = pt{num(i + 1 + 2*j), num(i + 2 + 2*j)}
		}
		p.add(op, ps[:n]...)
		i += 1 + 2*n
	}
	return p.geom()
}

// dashes lays short strokes along the straight line a→b: stitching and
// seams, drawn as geometry so both outputs match exactly.
func dashes(a, b pt, dash, gap float64) geom {
	var p path
	dx, dy := b.X-a.X, b.Y-a.Y
	l := hypot(dx, dy)
	if l == 0 || dash <= 0 {
		return p.geom()
	}
	ux, uy := dx/l, dy/l
	for s := 0.0; s < l && len(p.segs) < 400; s += dash + gap {
		e := min(s+dash, l)
		p.M(a.X+ux*s, a.Y+uy*s).L(a.X+ux*e, a.Y+uy*e)
	}
	return p.geom()
}
