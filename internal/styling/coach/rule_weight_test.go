package coach

import (
	"slices"
	"testing"
)

func TestWeightRule(t *testing.T) {
	w := func(id int64, g int) Piece { return pc(id, "charm", grams(g)) }
	tests := []struct {
		name   string
		limit  int
		placed []Piece
		want   []string
		sev    Severity
	}{
		{"NoLimitSaysNothing", 0, []Piece{w(1, 999)}, nil, ""},
		{"EmptySaysNothing", 400, nil, nil, ""},
		{"Under85PercentIsFine", 400, []Piece{w(1, 200), w(2, 139)}, []string{"weight_ok"}, Good},
		{"Exactly85PercentWarns", 400, []Piece{w(1, 200), w(2, 140)}, []string{"weight_near"}, Warn},
		{"Exactly100PercentWarns", 400, []Piece{w(1, 200), w(2, 200)}, []string{"weight_near"}, Warn},
		{"OneGramOverIsAProblem", 400, []Piece{w(1, 200), w(2, 201)}, []string{"weight_over"}, Problem},
		{"UnknownWeightsNotedOnce", 400, []Piece{w(1, 20), w(2, 0), w(3, 0)}, []string{"weight_ok", "weight_unknown"}, Good},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := input(tt.placed)
			in.Carrier.WeightLimitG = tt.limit
			r := Evaluate(in)
			checkReport(t, in, r)
			got := codes(ofRule(r, ruleWeight))
			slices.Sort(got)
			if !slices.Equal(got, append([]string{}, tt.want...)) {
				t.Fatalf("weight findings = %v, want %v", got, tt.want)
			}
			for _, f := range ofRule(r, ruleWeight) {
				if f.Code == tt.want[0] && f.Severity != tt.sev {
					t.Errorf("%s severity %s, want %s", f.Code, f.Severity, tt.sev)
				}
			}
		})
	}
}

func TestWeightRuleRemovesEnoughToFit(t *testing.T) {
	tests := []struct {
		name    string
		placed  []Piece
		wantOut []int64
	}{
		// 30 g over: the least fitting piece heavy enough settles it alone.
		{"OnePieceHeavyEnough", []Piece{
			pc(1, "bear", grams(250), theme("kawaii")),
			pc(2, "bunny", grams(100), theme("kawaii")),
			pc(3, "tag", grams(80), theme("city")),
		}, []int64{3}},
		// 150 g over and nothing that heavy: the heaviest go first.
		{"HeaviestUntilUnder", []Piece{
			pc(1, "a", grams(140)), pc(2, "b", grams(140)), pc(3, "c", grams(130)), pc(4, "d", grams(140)),
		}, []int64{1, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := input(tt.placed)
			r := Evaluate(in)
			checkReport(t, in, r)
			var out []int64
			for _, s := range suggested(r, ruleWeight) {
				if s.Kind != "remove" || s.Code != "remove_weight" {
					t.Errorf("suggestion %+v, want a removal", s)
				}
				out = append(out, s.Out)
			}
			if !slices.Equal(out, tt.wantOut) {
				t.Errorf("removed %v, want %v", out, tt.wantOut)
			}
		})
	}
}

func TestSuggestionsKeepWithinTheWeightLimit(t *testing.T) {
	in := input(plain(2), pc(10, "heavy", grams(390), theme("music"), fam("knit")), pc(11, "light", grams(5)))
	r := Evaluate(in)
	for _, s := range r.Suggestions {
		if s.In == 10 {
			t.Errorf("suggested %+v, which takes the backpack over its limit", s)
		}
	}
	if s := suggested(r, ruleCount); len(s) != 1 || s[0].In != 11 {
		t.Errorf("count suggestions %+v, want the light piece", s)
	}
}
