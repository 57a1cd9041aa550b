package coach

import (
	"testing"

	"github.com/charmory/charmory/internal/catalog"
)

func TestWheelKnowsEveryCatalogColour(t *testing.T) {
	for _, c := range catalog.Colours {
		if _, ok := wheel[c]; !ok {
			t.Errorf("colour %q is not on the wheel", c)
		}
	}
	if len(wheel) != len(catalog.Colours) || len(colourCodes) != len(wheel) {
		t.Errorf("wheel has %d colours, colourCodes %d, the catalog %d", len(wheel), len(colourCodes), len(catalog.Colours))
	}
	for i, c := range colourCodes {
		if _, ok := wheel[c]; !ok || colourIndex(c) != i {
			t.Errorf("colour %q: on the wheel %v, colourIndex %d, want %d", c, ok, colourIndex(c), i)
		}
	}
}

func TestRelate(t *testing.T) {
	tests := []struct {
		name, charm, carrier string
		want                 relation
	}{
		{"SameColourBlends", "pink", "pink", relBlend},
		{"NearToneBlends", "navy", "black", relBlend},
		{"NeutralCharmOnAnyCarrier", "black", "orange", relHarmony},
		{"AnyCharmOnNeutralCarrier", "orange", "navy", relHarmony},
		{"MetallicIsNeutral", "gold", "purple", relHarmony},
		{"RainbowNeverBlends", "rainbow", "rainbow", relHarmony},
		{"AnalogousAt60", "red", "orange", relHarmony},
		{"TriadAt120", "red", "yellow", relHarmony},
		{"ComplementAt180", "orange", "blue", relHarmony},
		{"ComplementAt165", "red", "mint", relHarmony},
		{"PastelsTogether", "mint", "lavender", relHarmony},
		{"ClashAt75", "pink", "orange", relClash},
		{"ClashAt135", "orange", "mint", relClash},
		{"ClashAt105", "blue", "pink", relClash},
		{"UnknownCharmColour", "chartreuse", "pink", relUnknown},
		{"UnknownCarrierColour", "pink", "", relUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := relate(tt.charm, tt.carrier); got != tt.want {
				t.Errorf("relate(%q, %q) = %d, want %d", tt.charm, tt.carrier, got, tt.want)
			}
		})
	}
}

func TestColourRule(t *testing.T) {
	p := func(id int64, c ...string) Piece { return pc(id, "charm", colour(c...)) }
	tests := []struct {
		name    string
		carrier string
		placed  []Piece
		want    []string
	}{
		{"NoCarrierColourSaysNothing", "", []Piece{p(1, "pink")}, nil},
		{"NoCharmColoursSayNothing", "pink", []Piece{pc(1, "plain")}, nil},
		{"NeutralsOnAnyCarrier", "orange", []Piece{p(1, "black"), p(2, "silver")}, []string{"colour_harmony"}},
		{"AnalogousHarmony", "pink", []Piece{p(1, "red"), p(2, "purple")}, []string{"colour_harmony"}},
		{"EverythingTheCarrierColour", "pink", []Piece{p(1, "pink"), p(2, "pink")}, []string{"colour_low_contrast"}},
		{"OneContrastingPieceIsEnough", "pink", []Piece{p(1, "pink"), p(2, "white")}, []string{"colour_harmony"}},
		{"ClashNamesThePiece", "pink", []Piece{p(1, "orange"), p(2, "white")}, []string{"colour_clash"}},
		{"TwoClashesTwoFindings", "pink", []Piece{p(1, "orange"), p(2, "blue")}, []string{"colour_clash", "colour_clash"}},
		{"AHarmonisingColourRescuesAPiece", "pink", []Piece{p(1, "orange", "white")}, []string{"colour_harmony"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := input(tt.placed)
			in.Carrier.Colour = tt.carrier
			wantCodes(t, Evaluate(in), ruleColour, tt.want...)
		})
	}
}

func TestColourRuleSuggestions(t *testing.T) {
	collection := []Piece{
		pc(10, "orange fox", colour("orange")),
		pc(11, "white cloud", colour("white")),
		pc(12, "pink heart", colour("pink")),
		pc(13, "red cherry", colour("red")),
	}
	t.Run("ClashSwappedForAHarmonisingPiece", func(t *testing.T) {
		in := input([]Piece{pc(1, "tangerine", colour("orange"), at("zip_pull_left")), pc(2, "bow", colour("white"))}, collection...)
		in.Carrier.Colour = "pink"
		r := Evaluate(in)
		checkReport(t, in, r)
		f := ofRule(r, ruleColour)
		if len(f) != 1 || f[0].Message != "tangerine: its orange clashes with the pink carrier." {
			t.Fatalf("findings %+v", f)
		}
		s := suggested(r, ruleColour)
		if len(s) != 1 || s[0].Out != 1 || s[0].In != 11 || s[0].Point != "zip_pull_left" {
			t.Errorf("suggestions %+v, want the tangerine swapped for the white cloud at its point", s)
		}
	})
	t.Run("LowContrastSwappedForAStandout", func(t *testing.T) {
		in := input([]Piece{pc(1, "pink bow", colour("pink")), pc(2, "pink bear", colour("pink"))}, collection...)
		in.Carrier.Colour = "pink"
		r := Evaluate(in)
		checkReport(t, in, r)
		s := suggested(r, ruleColour)
		if len(s) != 1 || s[0].Code != "swap_colour_contrast" || s[0].In == 12 || s[0].In == 10 {
			t.Errorf("suggestions %+v, want one swap for a piece that stands out and goes with pink", s)
		}
	})
}
