package render

import (
	"fmt"
	"hash/fnv"
	"strings"
	"unicode/utf8"
)

// drawing is a scene's display list in canvas units, with the accessible
// title and the prefix that keeps its SVG ids apart from other pictures'
// on the same page. Both outputs paint the background colour first.
type drawing struct {
	title  string
	id     string
	shapes []shape
}

// compose turns a scene into its drawing.
func compose(s Scene) drawing {
	spec := kindOf(s.Kind)
	k := mmScale(spec)
	carrier := k * sizeFactor(s.Size)
	f := fittingsAt(k)

	body := spec.draw(newTone(s.Colour, spec))
	moveAll(body, carrier, pt{})
	points := pointsOf(s)
	gs := groupsOf(s, points, anchorsOf(spec, points), carrier, k, f)
	spread(gs)
	body = append(body, hang(gs, k, f)...)

	all := append([]shape{floorShadow(extent(body))}, body...)
	fit(all)
	d := drawing{title: titleOf(s), id: idOf(s)}
	d.shapes = append(d.shapes, all...)
	d.shapes = append(d.shapes,
		shape{text: &caption{s: captionOf(s), size: 24, at: pt{area.X0, 604}, c: ink}},
		shape{text: &caption{s: "Charmory", size: 22, at: pt{area.X1, 604}, right: true, c: darker(background, 0.4)}})
	return d
}

// hang draws the chains, the rings at the points and the charms.
func hang(gs []group, k float64, f fittings) []shape {
	var chains, rings, charms []shape
	metal := solid(darker(steel, 0.1))
	for _, g := range gs {
		rings = append(rings, stroked(circle(g.anchor.X, g.anchor.Y+f.ring, f.ring), metal, f.wire))
		for _, c := range g.charms {
			x := g.cx + c.offset
			chains = append(chains,
				stroked(svgLine(g.anchor.X, g.anchor.Y+2*f.ring, x, g.top-2*f.jump), metal, f.wire*0.8),
				stroked(circle(x, g.top-f.jump, f.jump), metal, f.wire*0.8))
			body := drawCharm(c.c, c.mmW, c.mmH)
			moveAll(body, min(c.w/c.mmW, c.h/c.mmH), pt{x, g.top})
			charms = append(charms, body...)
		}
	}
	return append(append(chains, rings...), charms...)
}

// floorShadow is a soft ellipse under everything.
func floorShadow(b bounds) shape {
	if b.empty() {
		return shape{}
	}
	w := b.X1 - b.X0
	return filled(ellipse((b.X0+b.X1)/2, b.Y1+12, w*0.45, max(6, w*0.03)), alpha(ink, 0.1))
}

// fit centres the shapes in the picture area, shrinking them when they
// would overflow it (never enlarging, so a small carrier looks small).
func fit(shapes []shape) {
	b := extent(shapes)
	if b.empty() {
		return
	}
	w, h := b.X1-b.X0, b.Y1-b.Y0
	s := 1.0
	if w > 0 && h > 0 {
		s = min(1, (area.X1-area.X0)/w, (area.Y1-area.Y0)/h)
	}
	cx, cy := (area.X0+area.X1)/2, (area.Y0+area.Y1)/2
	moveAll(shapes, s, pt{cx - (b.X0+b.X1)/2*s, cy - (b.Y0+b.Y1)/2*s})
}

// kindLabels are the English names on the PNG caption.
var kindLabels = map[string]string{
	"backpack": "Backpack", "tote": "Tote", "crossbody": "Crossbody bag",
	"belt_loop": "Belt loop", "shoelaces": "Shoelaces", "glasses": "Glasses",
	"lanyard": "Lanyard", "headphone_case": "Headphone case", "phone_case": "Phone case",
	"water_bottle": "Water bottle", "keyring": "Keyring",
}

func kindLabel(kind string) string {
	if l, ok := kindLabels[kind]; ok {
		return l
	}
	return "Carrier"
}

func countLabel(n int) string {
	if n == 1 {
		return "1 charm"
	}
	return fmt.Sprintf("%d charms", n)
}

// titleOf is the accessible title: the scene's own, or a description.
func titleOf(s Scene) string {
	t := strings.TrimSpace(strings.ToValidUTF8(s.Title, "\uFFFD"))
	if utf8.RuneCountInString(t) > 200 {
		t = string([]rune(t)[:200]) + "…"
	}
	if t == "" {
		return kindLabel(s.Kind) + " with " + countLabel(len(s.Charms))
	}
	return t
}

// captionOf is the PNG's caption: the title when the caption font can draw
// it, then the carrier and the count.
func captionOf(s Scene) string {
	c := kindLabel(s.Kind) + " · " + countLabel(len(s.Charms))
	if t := titleOf(s); strings.TrimSpace(s.Title) != "" && drawable(t) {
		return t + " · " + c
	}
	return c
}

// idOf is a short hash of the scene: the same scene always gets the same
// ids, and two different pictures inlined on one page do not share any.
func idOf(s Scene) string {
	h := fnv.New32a()
	w := func(v ...any) { fmt.Fprintln(h, v...) }
	w(s.Title, s.Kind, s.Size, s.Colour, len(s.Points), strings.Join(s.Points, "\x00"))
	for _, c := range s.Charms {
		w(c.Point, c.Name, c.Category, strings.Join(c.Colours, ","), c.WidthMM, c.HeightMM, c.PhotoURL)
	}
	return fmt.Sprintf("lo%08x", h.Sum32())
}
