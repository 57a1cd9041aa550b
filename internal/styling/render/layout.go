package render

// Layout: the carrier is drawn at a scale that lets its largest size fill
// the picture, charms at the same millimetre scale (a charm does not grow
// with the bag), then the whole drawing is centred and, only when it
// overflows, shrunk to fit.

// The canvas of both outputs, in drawing units; content stays inside area,
// leaving a band at the bottom for the PNG's caption.
const canvasW, canvasH = 1200.0, 630.0

var area = bounds{40, 28, 1160, 552}

// Caps that keep odd scenes cheap: a real loadout has a handful of charms.
const (
	maxCharms = 60
	maxPoints = 120
)

// mmScale is drawing units per millimetre for a kind: the L size fills a
// 560×400 box.
func mmScale(spec kindSpec) float64 {
	return min(560/(spec.w*1.2), 400/(spec.h*1.2))
}

// pointsOf lists the scene's points in order (first the declared ones,
// then any point a charm names that was not declared), without repeats.
func pointsOf(s Scene) []string {
	var out []string
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] && len(out) < maxPoints {
			seen[p] = true
			out = append(out, p)
		}
	}
	for _, p := range s.Points {
		add(p)
	}
	for i, c := range s.Charms {
		if i < maxCharms {
			add(c.Point)
		}
	}
	return out
}

// anchorsOf places each point in the kind's millimetres: known points
// where the drawing has them, the others spread evenly along the kind's
// default edge in the order they were listed.
func anchorsOf(spec kindSpec, points []string) map[string]pt {
	var custom []string
	at := make(map[string]pt, len(points))
	for _, p := range points {
		if a, ok := spec.points[p]; ok {
			at[p] = a
		} else {
			custom = append(custom, p)
		}
	}
	a, b := spec.edge[0], spec.edge[1]
	for i, p := range custom {
		t := float64(i+1) / float64(len(custom)+1)
		at[p] = pt{a.X + (b.X-a.X)*t, a.Y + (b.Y-a.Y)*t}
	}
	return at
}

// hanging is one charm placed in drawing units.
type hanging struct {
	c      Charm
	mmW    float64
	mmH    float64
	w, h   float64
	offset float64 // centre relative to the group's centre
}

// group is the charms on one point, hanging side by side under its ring.
type group struct {
	anchor pt
	cx     float64 // centre of the row, moved apart from its neighbours
	top    float64 // y of the charms' top edges
	w, h   float64
	charms []hanging
}

// fittings are the sizes of rings and chains at a scale: proportional to
// the millimetres but kept visible and never clumsy.
type fittings struct{ ring, jump, chain, wire float64 }

func fittingsAt(k float64) fittings {
	r := clamp(3.5*k, 5, 9)
	return fittings{ring: r, jump: r * 0.75, chain: clamp(16*k, 16, 40), wire: max(2, r*0.45)}
}

// groupsOf builds the rows of charms per point, in point order.
func groupsOf(s Scene, points []string, at map[string]pt, carrier, k float64, f fittings) []group {
	var gs []group
	for _, p := range points {
		g := group{anchor: pt{at[p].X * carrier, at[p].Y * carrier}}
		for i, c := range s.Charms {
			if i >= maxCharms || c.Point != p {
				continue
			}
			w, h := charmSize(c, categoryOf(c.Category))
			g.charms = append(g.charms, hanging{c: c, mmW: w, mmH: h, w: max(w*k, 10), h: max(h*k, 10)})
		}
		if len(g.charms) == 0 {
			continue
		}
		gap := max(6, g.charms[0].w*0.12)
		for _, c := range g.charms {
			g.w += c.w
			g.h = max(g.h, c.h)
		}
		g.w += gap * float64(len(g.charms)-1)
		x := -g.w / 2
		for i := range g.charms {
			g.charms[i].offset = x + g.charms[i].w/2
			x += g.charms[i].w + gap
		}
		g.cx, g.top = g.anchor.X, g.anchor.Y+2*f.ring+f.chain
		gs = append(gs, g)
	}
	return gs
}

// spread pushes rows that would overlap apart sideways, pairwise and in a
// fixed order so the result is the same every time; chains then slant
// from the ring to the moved row.
func spread(gs []group) {
	const gap = 8
	for range 60 {
		moved := false
		for i := range gs {
			for j := i + 1; j < len(gs); j++ {
				a, b := &gs[i], &gs[j]
				if a.top >= b.top+b.h+gap || b.top >= a.top+a.h+gap {
					continue
				}
				d := b.cx - a.cx
				need := (a.w+b.w)/2 + gap - abs(d)
				if need <= 0.01 {
					continue
				}
				if d >= 0 {
					a.cx, b.cx = a.cx-need/2, b.cx+need/2
				} else {
					a.cx, b.cx = a.cx+need/2, b.cx-need/2
				}
				moved = true
			}
		}
		if !moved {
			return
		}
	}
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}
