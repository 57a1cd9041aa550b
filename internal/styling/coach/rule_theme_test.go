package coach

import (
	"slices"
	"testing"
)

func TestThemeRule(t *testing.T) {
	p := func(id int64, themes ...string) Piece { return pc(id, "piece", theme(themes...)) }
	tests := []struct {
		name   string
		placed []Piece
		want   []string
		args   []string
	}{
		{"OneThemedPieceSaysNothing", []Piece{p(1, "music"), pc(2, "plain")}, nil, nil},
		{"TwoShareATheme", []Piece{p(1, "music"), p(2, "music")}, []string{"theme_cluster"}, []string{"@theme.music", "2"}},
		{"TwoUnrelatedSayNothing", []Piece{p(1, "music"), p(2, "nature")}, nil, nil},
		{"RelatedThemesHangTogether", []Piece{p(1, "nature"), p(2, "animals"), p(3, "seasonal")}, []string{"theme_related"}, nil},
		{"ThreeUnrelatedAreScattered", []Piece{p(1, "music"), p(2, "nature"), p(3, "city")}, []string{"theme_scattered"}, []string{"3"}},
		{"ClusterOfThreeWithOneOutlier", []Piece{p(1, "music"), p(2, "music"), p(3, "music"), p(4, "nature")}, []string{"theme_cluster"}, []string{"@theme.music", "3"}},
		{"HalfRelatedIsNotScattered", []Piece{p(1, "music"), p(2, "music"), p(3, "nature"), p(4, "city")}, []string{"theme_cluster"}, nil},
		{"FourAllUnrelatedScattered", []Piece{p(1, "music"), p(2, "nature"), p(3, "city"), p(4, "zodiac")}, []string{"theme_scattered"}, []string{"4"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Evaluate(input(tt.placed))
			wantCodes(t, r, ruleTheme, tt.want...)
			if f := ofRule(r, ruleTheme); tt.args != nil && (len(f) != 1 || !slices.Equal(f[0].Args, tt.args)) {
				t.Errorf("findings %+v, want args %v", f, tt.args)
			}
		})
	}
}

func TestThemeRuleSwapsTowardsTheDominantTheme(t *testing.T) {
	placed := []Piece{
		pc(1, "vinyl record", theme("music")),
		pc(2, "pine cone", theme("nature")),
		pc(3, "metro token", theme("city")),
	}
	in := input(placed,
		pc(10, "leaf", theme("nature")),
		pc(11, "mini guitar", theme("music")),
		pc(12, "microphone", theme("music", "kpop")),
	)
	r := Evaluate(in)
	checkReport(t, in, r)
	s := suggested(r, ruleTheme)
	if len(s) != 1 {
		t.Fatalf("theme suggestions %+v, want one swap", s)
	}
	// Music wins the tie on the collection holding most of it; the swap
	// takes out the lowest id unrelated to music, brings in the best fit.
	if s[0].Kind != "swap" || s[0].Out != 2 || s[0].In != 11 || s[0].Args[2] != "@theme.music" {
		t.Errorf("suggestion %+v, want pine cone swapped for the mini guitar towards music", s[0])
	}
}

func TestRelatedThemes(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"music", "music", true},
		{"music", "kpop", true},
		{"nature", "animals", true},
		{"travel", "city", true},
		{"music", "nature", false},
		{"minimalist", "kawaii", false},
		{"unknown", "music", false},
	}
	for _, tt := range tests {
		if got := relatedThemes(tt.a, tt.b); got != tt.want || relatedThemes(tt.b, tt.a) != tt.want {
			t.Errorf("relatedThemes(%q, %q) = %v, want %v both ways", tt.a, tt.b, got, tt.want)
		}
	}
}
