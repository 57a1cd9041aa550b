package coach

import (
	"slices"
	"testing"
)

func TestCountRange(t *testing.T) {
	tests := []struct {
		name           string
		carrier        Carrier
		style          string
		wantLo, wantHi int
	}{
		{"BackpackThreeToFive", Carrier{Kind: "backpack", Size: "L"}, "balanced", 3, 5},
		{"BackpackEmptySizeKeepsKindRange", Carrier{Kind: "backpack"}, "balanced", 3, 5},
		{"MinimalShiftsDown", Carrier{Kind: "backpack", Size: "L"}, "minimal", 2, 4},
		{"MaximalistShiftsUp", Carrier{Kind: "backpack", Size: "L"}, "maximalist", 4, 6},
		{"UnknownStyleIsBalanced", Carrier{Kind: "backpack", Size: "L"}, "", 3, 5},
		{"SmallerBackpackHoldsFewer", Carrier{Kind: "backpack", Size: "M"}, "balanced", 2, 4},
		{"SmallCarrierOneOrTwo", Carrier{Kind: "crossbody", Size: "S"}, "balanced", 1, 2},
		{"MinimalSmallCarrierNeverUnderOne", Carrier{Kind: "crossbody", Size: "S"}, "minimal", 1, 1},
		{"KeyringUpToFour", Carrier{Kind: "keyring", Size: "S"}, "balanced", 1, 4},
		{"GlassesOnePerSide", Carrier{Kind: "glasses", Size: "S"}, "maximalist", 2, 2},
		{"BigShoelacesStillOnePerSide", Carrier{Kind: "shoelaces", Size: "L"}, "balanced", 2, 2},
		{"UnknownKindBySize", Carrier{Kind: "umbrella", Size: "L"}, "balanced", 3, 5},
		{"UnknownKindAndSizeMedium", Carrier{}, "balanced", 2, 4},
		{"DressCodeCapsTheRange", Carrier{Kind: "backpack", Size: "L", MaxCount: 2}, "balanced", 2, 2},
		{"WorkplaceOneCharm", Carrier{Kind: "lanyard", Size: "S", MaxCount: 1}, "maximalist", 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lo, hi := countRange(tt.carrier, tt.style)
			if lo != tt.wantLo || hi != tt.wantHi {
				t.Errorf("countRange = %d–%d, want %d–%d", lo, hi, tt.wantLo, tt.wantHi)
			}
		})
	}
}

func TestCountRule(t *testing.T) {
	spare := []Piece{
		pc(101, "crochet strawberry", fam("knit"), theme("food")),
		pc(102, "music note", fam("metal"), theme("music")),
		pc(103, "guitar pick", fam("plastic"), theme("music")),
	}
	tests := []struct {
		name      string
		placed    int
		wantCode  string
		wantKinds []string
	}{
		{"EmptyAsksForFocalPoints", 0, "count_empty", []string{"add", "add", "add"}},
		{"TwoOnBackpackTooFew", 2, "count_too_few", []string{"add"}},
		{"ExactlyThreeOnBackpackOK", 3, "count_ok", nil},
		{"ExactlyFiveOnBackpackOK", 5, "count_ok", nil},
		{"SixOnBackpackTooMany", 6, "count_too_many", []string{"remove"}},
		{"EightOnBackpackRemovesThree", 8, "count_too_many", []string{"remove", "remove", "remove"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := input(plain(tt.placed), spare...)
			r := Evaluate(in)
			checkReport(t, in, r)
			wantCodes(t, r, ruleCount, tt.wantCode)
			var kinds []string
			for _, s := range suggested(r, ruleCount) {
				kinds = append(kinds, s.Kind)
			}
			if !slices.Equal(kinds, tt.wantKinds) {
				t.Errorf("count suggestions = %v, want %v", kinds, tt.wantKinds)
			}
		})
	}
}

func TestCountRuleAddsPiecesThatBuildOnTheLoadout(t *testing.T) {
	in := input(plain(2),
		pc(101, "crochet strawberry", fam("knit"), theme("food")),
		pc(102, "music note", fam("metal"), theme("music")),
		pc(103, "guitar pick", fam("plastic"), theme("music")),
	)
	r := Evaluate(in)
	s := suggested(r, ruleCount)
	if len(s) != 1 || s[0].In != 103 {
		t.Fatalf("suggestions %+v, want the guitar pick (music theme, a new texture)", s)
	}
	if s[0].Point != "zip_pull_left" {
		t.Errorf("added at %q, want the first free point", s[0].Point)
	}
	if s[0].Message != "Add guitar pick as a focal point." {
		t.Errorf("message %q", s[0].Message)
	}
}

func TestCountRuleRemovesTheLeastFittingPiece(t *testing.T) {
	placed := plain(5)
	placed = append(placed, pc(9, "odd one", fam("metal"), theme("sports"), colour("orange")))
	in := input(placed)
	in.Carrier.Colour = "pink" // orange clashes with pink
	s := suggested(Evaluate(in), ruleCount)
	if len(s) != 1 || s[0].Out != 9 || s[0].Kind != "remove" {
		t.Fatalf("suggestions %+v, want the odd one removed", s)
	}
}

func TestCountRuleOnePerSide(t *testing.T) {
	glasses := Carrier{Kind: "glasses", Size: "S", Points: []string{"temple_tip_left", "temple_tip_right"}}
	tests := []struct {
		name   string
		placed []Piece
		want   []string
	}{
		{"OneEachSideBalanced", []Piece{pc(1, "a", at("temple_tip_left")), pc(2, "b", at("temple_tip_right"))}, []string{"count_ok"}},
		{"TwoOnOneSideWarns", []Piece{pc(1, "a", at("temple_tip_left")), pc(2, "b", at("temple_tip_left"))}, []string{"count_ok", "count_one_per_side"}},
		{"ThreeIsTooMany", []Piece{pc(1, "a", at("temple_tip_left")), pc(2, "b", at("temple_tip_right")), pc(3, "c", at("temple_tip_right"))}, []string{"count_one_per_side", "count_too_many"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := input(tt.placed)
			in.Carrier = glasses
			r := Evaluate(in)
			checkReport(t, in, r)
			got := codes(ofRule(r, ruleCount))
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("count findings = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestCountRuleLeavesOverDressCodeLimitToDressCode(t *testing.T) {
	in := input(plain(4))
	in.Carrier.MaxCount = 2
	r := Evaluate(in)
	wantCodes(t, r, ruleCount)
	wantCodes(t, r, ruleDressCode, "dress_code_too_many")
	if got := len(suggested(r, ruleDressCode)); got != 2 {
		t.Errorf("dress code removes %d pieces, want 2", got)
	}
	if got := len(suggested(r, ruleCount)); got != 0 {
		t.Errorf("count removes %d more pieces, want 0", got)
	}
}
