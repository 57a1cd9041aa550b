package render

import (
	"math"
	"slices"
	"testing"
)

// defaultPoints are the points styling gives each kind by default; the
// drawing must know them all.
var defaultPoints = map[string][]string{
	"backpack":       {"zip_pull_left", "zip_pull_right", "top_handle", "strap_left", "strap_right", "side_loop"},
	"tote":           {"handle_left", "handle_right", "inner_ring"},
	"crossbody":      {"strap_ring", "zip_pull", "front_loop"},
	"belt_loop":      {"loop_left", "loop_right"},
	"shoelaces":      {"left_laces", "right_laces"},
	"glasses":        {"temple_tip_left", "temple_tip_right"},
	"lanyard":        {"badge_clip", "lanyard_ring"},
	"headphone_case": {"case_loop"},
	"phone_case":     {"strap_hole"},
	"water_bottle":   {"cap_loop", "handle"},
	"keyring":        {"main_ring", "side_clip"},
}

func TestPointsSitOnTheSilhouette(t *testing.T) {
	if len(defaultPoints) != len(kinds) {
		t.Fatalf("%d kinds drawn, %d with default points", len(kinds), len(defaultPoints))
	}
	for kind, points := range defaultPoints {
		t.Run(kind, func(t *testing.T) {
			spec := kinds[kind]
			box := extent(spec.draw(newTone("", spec)))
			for _, p := range points {
				a, ok := spec.points[p]
				if !ok {
					t.Errorf("%s has no position", p)
					continue
				}
				if a.X < box.X0-1 || a.X > box.X1+1 || a.Y < box.Y0-1 || a.Y > box.Y1+1 {
					t.Errorf("%s at %v is off the drawing %v", p, a, box)
				}
			}
		})
	}
}

func TestPointsAreWhereTheirNamesSay(t *testing.T) {
	near := func(a, b pt, d float64) bool { return math.Hypot(a.X-b.X, a.Y-b.Y) <= d }
	bp, gl := backpack.points, glasses.points
	glBox := extent(glasses.draw(newTone("", glasses)))
	tests := []struct {
		name string
		ok   bool
	}{
		{"ZipPullsAtTheZipEnds", near(bp["zip_pull_left"], pt{48, 80}, 10) && near(bp["zip_pull_right"], pt{252, 80}, 10)},
		{"StrapsOutsideTheBody", bp["strap_left"].X < 15 && bp["strap_right"].X > 285},
		{"TopHandleAboveTheBag", bp["top_handle"].Y < 0},
		{"TempleTipsAtTheEnds", gl["temple_tip_left"].X <= glBox.X0+4 && gl["temple_tip_right"].X >= glBox.X1-4},
		{"LacesOnEachShoe", shoelaces.points["left_laces"].X < 160 && shoelaces.points["right_laces"].X > 174},
		{"CapLoopAboveTheBottle", waterBottle.points["cap_loop"].Y < 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !tt.ok {
				t.Error("point misplaced")
			}
		})
	}
}

func TestCustomPointsSpreadAlongTheEdge(t *testing.T) {
	spec := lanyard
	points := pointsOf(Scene{
		Points: []string{"badge_clip", "hook a", "hook b"},
		Charms: []Charm{{Point: "hook c"}, {Point: "badge_clip"}},
	})
	if want := []string{"badge_clip", "hook a", "hook b", "hook c"}; !slices.Equal(points, want) {
		t.Fatalf("points = %v, want %v", points, want)
	}
	at := anchorsOf(spec, points)
	if at["badge_clip"] != spec.points["badge_clip"] {
		t.Errorf("a known point moved: %v", at["badge_clip"])
	}
	a, b := spec.edge[0], spec.edge[1]
	for i, p := range []string{"hook a", "hook b", "hook c"} {
		f := float64(i+1) / 4
		want := pt{a.X + (b.X-a.X)*f, a.Y + (b.Y-a.Y)*f}
		if math.Hypot(at[p].X-want.X, at[p].Y-want.Y) > 1e-9 {
			t.Errorf("%s at %v, want %v", p, at[p], want)
		}
	}
	t.Run("PointOfAnotherKindIsCustom", func(t *testing.T) {
		at := anchorsOf(backpack, []string{"temple_tip_left"})
		if at["temple_tip_left"] != (pt{(backpack.edge[0].X + backpack.edge[1].X) / 2, backpack.edge[0].Y}) {
			t.Errorf("at %v, want the middle of the default edge", at["temple_tip_left"])
		}
	})
}

func TestCharmsOnOnePointHangSideBySide(t *testing.T) {
	s := Scene{Kind: "keyring", Charms: []Charm{
		{Point: "main_ring", Category: "plush"}, {Point: "main_ring", Category: "beaded"}, {Point: "main_ring", Category: "acrylic"},
	}}
	spec := kindOf(s.Kind)
	k := mmScale(spec)
	points := pointsOf(s)
	gs := groupsOf(s, points, anchorsOf(spec, points), k, k, fittingsAt(k))
	if len(gs) != 1 || len(gs[0].charms) != 3 {
		t.Fatalf("groups = %+v", gs)
	}
	cs := gs[0].charms
	for i := 1; i < len(cs); i++ {
		if left, right := cs[i-1].offset+cs[i-1].w/2, cs[i].offset-cs[i].w/2; left >= right {
			t.Errorf("charm %d overlaps charm %d", i-1, i)
		}
	}
	if mid := (cs[0].offset - cs[0].w/2 + cs[2].offset + cs[2].w/2) / 2; math.Abs(mid) > 1e-9 {
		t.Errorf("row centred at %v, want under the ring", mid)
	}
}

func TestSpreadSeparatesOverlappingRows(t *testing.T) {
	gs := []group{
		{cx: 100, top: 50, w: 80, h: 60},
		{cx: 110, top: 60, w: 80, h: 60},
		{cx: 105, top: 400, w: 80, h: 60}, // lower down: no clash
	}
	spread(gs)
	if gap := (gs[1].cx - gs[1].w/2) - (gs[0].cx + gs[0].w/2); gap < 7.9 {
		t.Errorf("rows 0 and 1 are %v apart", gap)
	}
	if gs[2].cx != 105 {
		t.Errorf("a row with no clash moved to %v", gs[2].cx)
	}
	if mid := (gs[0].cx + gs[1].cx) / 2; math.Abs(mid-105) > 1e-9 {
		t.Errorf("the pair drifted: midpoint %v, want 105", mid)
	}
}

func TestCharmSize(t *testing.T) {
	plush := categories["plush"]
	tests := []struct {
		name string
		c    Charm
		w, h float64
	}{
		{"TypicalWhenUnknown", Charm{}, plush.w, plush.h},
		{"Given", Charm{WidthMM: 40, HeightMM: 50}, 40, 50},
		{"WidthOnlyKeepsProportions", Charm{WidthMM: 140}, 140, 170},
		{"HeightOnlyKeepsProportions", Charm{HeightMM: 17}, 14, 17},
		{"HugeIsCapped", Charm{WidthMM: 1 << 30, HeightMM: 1 << 30}, mmMax, mmMax},
		{"NegativeIsTypical", Charm{WidthMM: -3, HeightMM: -3}, plush.w, plush.h},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if w, h := charmSize(tt.c, plush); math.Abs(w-tt.w) > 1e-9 || math.Abs(h-tt.h) > 1e-9 {
				t.Errorf("size = %v×%v, want %v×%v", w, h, tt.w, tt.h)
			}
		})
	}
}

func TestSizeScalesTheCarrier(t *testing.T) {
	width := func(size string) float64 {
		d := compose(Scene{Kind: "backpack", Size: size})
		b := extent(d.shapes)
		return b.X1 - b.X0
	}
	s, m, l := width("S"), width("M"), width("L")
	if !(s < m && m < l) {
		t.Errorf("widths S %v, M %v, L %v: want growing", s, m, l)
	}
	if width("XXL") != m {
		t.Error("an unknown size is not drawn as M")
	}
}

func TestEverythingStaysInThePicture(t *testing.T) {
	big := Scene{Kind: "keyring", Charms: []Charm{
		{Point: "main_ring", Category: "cultural", WidthMM: 300, HeightMM: 300},
		{Point: "main_ring", Category: "plush", WidthMM: 300, HeightMM: 300},
		{Point: "side_clip", Category: "leather", WidthMM: 300, HeightMM: 300},
	}}
	for _, s := range []Scene{big, sixCharmBackpack(), glassesScene()} {
		b := extent(compose(s).shapes)
		if b.X0 < area.X0-1e-6 || b.Y0 < area.Y0-1e-6 || b.X1 > area.X1+1e-6 || b.Y1 > area.Y1+1e-6 {
			t.Errorf("%s: drawing %v leaves the area %v", s.Kind, b, area)
		}
	}
}
