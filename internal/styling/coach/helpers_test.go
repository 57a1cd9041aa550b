package coach

import (
	"slices"
	"testing"
	"time"
)

// today is the clock of every test: midsummer in the north.
var today = time.Date(2026, 6, 15, 12, 0, 0, 0, time.UTC)

// pc builds a piece; opts adjust it.
func pc(id int64, name string, opts ...func(*Piece)) Piece {
	p := Piece{ItemID: id, Name: name}
	for _, o := range opts {
		o(&p)
	}
	return p
}

func fam(f ...string) func(*Piece)    { return func(p *Piece) { p.Families = f } }
func theme(t ...string) func(*Piece)  { return func(p *Piece) { p.Themes = t } }
func colour(c ...string) func(*Piece) { return func(p *Piece) { p.Colours = c } }
func grams(g int) func(*Piece)        { return func(p *Piece) { p.WeightG = g } }
func at(point string) func(*Piece)    { return func(p *Piece) { p.Point = point } }
func attach(a string) func(*Piece)    { return func(p *Piece) { p.Attachment = a } }
func worn(t time.Time) func(*Piece)   { return func(p *Piece) { p.LastWorn = t } }
func useful() func(*Piece)            { return func(p *Piece) { p.Functional = true } }

// backpack is a large backpack with its default points and no colour.
func backpack() Carrier {
	return Carrier{Kind: "backpack", Size: "L", WeightLimitG: 400,
		Points: []string{"zip_pull_left", "zip_pull_right", "top_handle", "strap_left", "strap_right", "side_loop"}}
}

// plain returns n placed pieces that trip no rule but count: metal and
// soft alternately, all music-themed.
func plain(n int) []Piece {
	var ps []Piece
	for i := range n {
		f := "metal"
		if i%2 == 1 {
			f = "soft"
		}
		ps = append(ps, pc(int64(i+1), "charm", fam(f), theme("music"), grams(10)))
	}
	return ps
}

// input is a balanced collector's backpack on today.
func input(placed []Piece, collection ...Piece) Input {
	return Input{Carrier: backpack(), Placed: placed, Collection: collection,
		Style: "balanced", Now: today, RotationDays: 30, Hemisphere: "north"}
}

// ofRule returns the report's findings of a rule.
func ofRule(r Report, rule string) []Finding {
	var fs []Finding
	for _, f := range r.Findings {
		if f.Rule == rule {
			fs = append(fs, f)
		}
	}
	return fs
}

// codes lists the codes of findings.
func codes(fs []Finding) []string {
	out := []string{}
	for _, f := range fs {
		out = append(out, f.Code)
	}
	return out
}

// suggested returns the report's suggestions of a rule.
func suggested(r Report, rule string) []Suggestion {
	var ss []Suggestion
	for _, s := range r.Suggestions {
		if s.Rule == rule {
			ss = append(ss, s)
		}
	}
	return ss
}

// wantCodes fails unless the rule's findings have exactly these codes.
func wantCodes(t *testing.T, r Report, rule string, want ...string) {
	t.Helper()
	if got := codes(ofRule(r, rule)); !slices.Equal(got, append([]string{}, want...)) {
		t.Errorf("%s findings = %v, want %v", rule, got, want)
	}
}

// checkReport fails when a report breaks a promise Evaluate makes for any
// input: a score in range, findings worst first with known codes, and
// suggestions that only bring in collection pieces, only take out placed
// ones and never name an item twice.
func checkReport(t testing.TB, in Input, r Report) {
	t.Helper()
	if r.Score < 0 || r.Score > 100 {
		t.Fatalf("score %d out of range", r.Score)
	}
	placed, owned := map[int64]bool{}, map[int64]bool{}
	for _, p := range in.Placed {
		placed[p.ItemID] = true
	}
	for _, p := range in.Collection {
		owned[p.ItemID] = true
	}
	for i, f := range r.Findings {
		if _, ok := messages[f.Code]; !ok {
			t.Fatalf("finding code %q has no message", f.Code)
		}
		if i > 0 && severityRank[f.Severity] < severityRank[r.Findings[i-1].Severity] {
			t.Fatalf("findings not worst first: %v", codes(r.Findings))
		}
	}
	named := map[int64]bool{}
	for _, s := range r.Suggestions {
		if _, ok := messages[s.Code]; !ok {
			t.Fatalf("suggestion code %q has no message", s.Code)
		}
		if s.Kind != "remove" && (!owned[s.In] || placed[s.In]) {
			t.Fatalf("suggestion %+v brings in %d, not an unplaced collection piece", s, s.In)
		}
		if s.Kind != "add" && !placed[s.Out] {
			t.Fatalf("suggestion %+v takes out %d, which is not placed", s, s.Out)
		}
		for _, id := range ids(s) {
			if named[id] {
				t.Fatalf("item %d named twice in %+v", id, r.Suggestions)
			}
			named[id] = true
		}
	}
}

// ids returns the items a suggestion names.
func ids(s Suggestion) []int64 {
	switch s.Kind {
	case "add":
		return []int64{s.In}
	case "remove":
		return []int64{s.Out}
	}
	return []int64{s.Out, s.In}
}
