package coach

import (
	"slices"
	"testing"
)

func TestTextureRule(t *testing.T) {
	tests := []struct {
		name   string
		placed []Piece
		want   []string
	}{
		{"NoPiecesSaysNothing", nil, nil},
		{"OnePieceHasNothingToMix", []Piece{pc(1, "tag", fam("metal"))}, nil},
		{"UnknownFamiliesSayNothing", []Piece{pc(1, "a"), pc(2, "b"), pc(3, "c")}, nil},
		{"TwoFamiliesMixed", []Piece{pc(1, "tag", fam("metal")), pc(2, "bear", fam("soft"))}, []string{"texture_mixed"}},
		{"OneFamilyFlat", []Piece{pc(1, "tag", fam("metal")), pc(2, "tag 2", fam("metal"))}, []string{"texture_flat"}},
		{"PieceOfTwoFamiliesMixesAlone", []Piece{pc(1, "enamel bead", fam("metal", "bead")), pc(2, "tag", fam("metal"))}, []string{"texture_mixed"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Evaluate(input(tt.placed))
			wantCodes(t, r, ruleTexture, tt.want...)
		})
	}
}

func TestTextureRuleSwapsInANewFamily(t *testing.T) {
	placed := []Piece{
		pc(1, "star tag", fam("metal"), theme("kawaii")),
		pc(2, "metal tag", fam("metal"), theme("city")),
		pc(3, "heart tag", fam("metal"), theme("kawaii")),
	}
	in := input(placed,
		pc(10, "silver key", fam("metal"), theme("kawaii")),
		pc(11, "crochet strawberry", fam("knit"), theme("kawaii", "food")),
		pc(12, "leather tab", fam("leather"), theme("city")),
	)
	r := Evaluate(in)
	checkReport(t, in, r)
	f := ofRule(r, ruleTexture)
	if len(f) != 1 || f[0].Message != "All pieces are metal: a set of one texture looks flat in photos." {
		t.Fatalf("texture findings %+v", f)
	}
	s := suggested(r, ruleTexture)
	if len(s) != 1 {
		t.Fatalf("texture suggestions %+v, want one swap", s)
	}
	want := Suggestion{Kind: "swap", Out: 2, In: 11, Rule: ruleTexture, Code: "swap_texture",
		Args:    []string{"metal tag", "crochet strawberry", "@material_family.knit"},
		Message: "Swap metal tag for crochet strawberry to bring in knit and mix textures."}
	if !equalSuggestion(s[0], want) {
		t.Errorf("suggestion\n got %+v\nwant %+v", s[0], want)
	}
}

func TestTextureRuleWithoutAnotherFamilySuggestsNothing(t *testing.T) {
	in := input([]Piece{pc(1, "a", fam("metal")), pc(2, "b", fam("metal"))}, pc(10, "c", fam("metal")))
	if s := suggested(Evaluate(in), ruleTexture); len(s) != 0 {
		t.Errorf("suggestions %+v, want none", s)
	}
}

// equalSuggestion compares suggestions field by field.
func equalSuggestion(a, b Suggestion) bool {
	return slices.Equal(a.Args, b.Args) && a.Kind == b.Kind && a.Out == b.Out && a.In == b.In &&
		a.Point == b.Point && a.Rule == b.Rule && a.Code == b.Code && a.Message == b.Message
}
