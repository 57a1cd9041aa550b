package web

import (
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/styling"
	"github.com/charmory/charmory/internal/styling/coach"
)

// pl is a placement, for short tables.
func pl(id int64, point string) styling.PlacementInput {
	return styling.PlacementInput{ItemID: id, Point: point}
}

func TestParsePlacements(t *testing.T) {
	for _, tc := range []struct {
		name   string
		values []string
		want   []styling.PlacementInput
		bad    bool
	}{
		{"Empty", nil, nil, false},
		{"InOrder", []string{"3:top_handle", "1:strap_left"}, []styling.PlacementInput{pl(3, "top_handle"), pl(1, "strap_left")}, false},
		{"BlankValuesSkipped", []string{"", "  ", "2:main_ring"}, []styling.PlacementInput{pl(2, "main_ring")}, false},
		{"PointKeepsItsColons", []string{"7:loop: left side"}, []styling.PlacementInput{pl(7, "loop: left side")}, false},
		{"TwiceKeepsTheFirst", []string{"4:a", "4:b"}, []styling.PlacementInput{pl(4, "a")}, false},
		{"NoPoint", []string{"4:"}, nil, true},
		{"NoColon", []string{"4"}, nil, true},
		{"NotAnID", []string{"x:a"}, nil, true},
		{"NegativeID", []string{"-2:a"}, nil, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := parsePlacements(tc.values)
			if tc.bad {
				if errs.KindOf(err) != errs.Invalid {
					t.Fatalf("got %v, %v; want Invalid", got, err)
				}
				return
			}
			if err != nil || !slices.Equal(got, tc.want) {
				t.Fatalf("got %v, %v; want %v", got, err, tc.want)
			}
		})
	}
}

func TestDraftOf(t *testing.T) {
	for _, tc := range []struct {
		name string
		form url.Values
		want []styling.PlacementInput
	}{
		{"PlacesThenAdds", url.Values{"place": {"1:a"}, "add": {"", "2:b", ""}}, []styling.PlacementInput{pl(1, "a"), pl(2, "b")}},
		{"RemoveTakesOneOff", url.Values{"place": {"1:a", "2:b"}, "remove": {"1"}}, []styling.PlacementInput{pl(2, "b")}},
		{"AddingAPlacedItemKeepsItsPlace", url.Values{"place": {"1:a"}, "add": {"1:b"}}, []styling.PlacementInput{pl(1, "a")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := draftOf(tc.form)
			if err != nil || !slices.Equal(got, tc.want) {
				t.Fatalf("got %v, %v; want %v", got, err, tc.want)
			}
		})
	}
	if _, err := draftOf(url.Values{"remove": {"one"}}); errs.KindOf(err) != errs.Invalid {
		t.Errorf("a remove that is not an id: %v", err)
	}
}

func TestApplied(t *testing.T) {
	points := []string{"a", "b", "c"}
	draft := []styling.PlacementInput{pl(1, "a"), pl(2, "a"), pl(3, "b")}
	for _, tc := range []struct {
		name string
		sg   coach.Suggestion
		want []styling.PlacementInput // nil: not applicable
	}{
		{"AddAtItsPoint", coach.Suggestion{Kind: "add", In: 9, Point: "b"}, []styling.PlacementInput{pl(1, "a"), pl(2, "a"), pl(3, "b"), pl(9, "b")}},
		{"AddWithoutPointTakesTheEmptiest", coach.Suggestion{Kind: "add", In: 9}, []styling.PlacementInput{pl(1, "a"), pl(2, "a"), pl(3, "b"), pl(9, "c")}},
		{"AddAtAnUnknownPointTakesTheEmptiest", coach.Suggestion{Kind: "add", In: 9, Point: "zz"}, []styling.PlacementInput{pl(1, "a"), pl(2, "a"), pl(3, "b"), pl(9, "c")}},
		{"AddOfAPlacedItem", coach.Suggestion{Kind: "add", In: 3}, nil},
		{"Remove", coach.Suggestion{Kind: "remove", Out: 2}, []styling.PlacementInput{pl(1, "a"), pl(3, "b")}},
		{"RemoveOfAnItemNotThere", coach.Suggestion{Kind: "remove", Out: 8}, nil},
		{"SwapKeepsThePoint", coach.Suggestion{Kind: "swap", Out: 2, In: 9}, []styling.PlacementInput{pl(1, "a"), pl(9, "a"), pl(3, "b")}},
		{"SwapToANamedPoint", coach.Suggestion{Kind: "swap", Out: 2, In: 9, Point: "c"}, []styling.PlacementInput{pl(1, "a"), pl(9, "c"), pl(3, "b")}},
		{"SwapOfAnItemNotThere", coach.Suggestion{Kind: "swap", Out: 8, In: 9}, nil},
		{"SwapInAPlacedItem", coach.Suggestion{Kind: "swap", Out: 2, In: 3}, nil},
		{"UnknownKind", coach.Suggestion{Kind: "juggle", In: 9}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := applied(draft, tc.sg, points)
			if ok != (tc.want != nil) || !slices.Equal(got, tc.want) {
				t.Fatalf("got %v (%v), want %v", got, ok, tc.want)
			}
			if !slices.Equal(draft, []styling.PlacementInput{pl(1, "a"), pl(2, "a"), pl(3, "b")}) {
				t.Fatal("applying changed the draft itself")
			}
		})
	}
	if _, ok := applied(nil, coach.Suggestion{Kind: "add", In: 9}, nil); ok {
		t.Error("an add on a carrier without points applied")
	}
}

func TestInlineSVG(t *testing.T) {
	in := `<?xml version="1.0" encoding="UTF-8"?>` + "\n" +
		`<svg xmlns="http://www.w3.org/2000/svg"><defs><clipPath id="c1"><circle r="2"/></clipPath></defs>` +
		`<image href="/collection/photos/4/thumb" clip-path="url(#c1)"/><use href="#c1"/></svg>`
	got := string(inlineSVG([]byte(in), "p9-"))
	for _, want := range []string{`<svg xmlns`, `id="p9-c1"`, `url(#p9-c1)`, `href="#p9-c1"`, `href="/collection/photos/4/thumb"`} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in %s", want, got)
		}
	}
	if !strings.HasPrefix(got, "<svg") {
		t.Errorf("the prolog is still there: %.60s", got)
	}
}

func TestStylingText(t *testing.T) {
	s := newHarness(t).Server
	swap := []string{"Brass fox", "Crochet strawberry", "@material_family.knit"}
	for _, tc := range []struct {
		name, lang, code string
		args             []string
		want             string
	}{
		{"VocabularyArgTranslated", "en", "swap_texture", swap, "Swap Brass fox for Crochet strawberry to bring in knit and mix textures."},
		{"VocabularyArgInChinese", "zh-Hans", "swap_texture", swap, "把 Brass fox 换成 Crochet strawberry，加入针织，让质感更丰富。"},
		{"UnknownCodeFallsBack", "zh-Hans", "no_such_code", []string{"x"}, "English fallback"},
		{"EmptyCodeFallsBack", "en", "", nil, "English fallback"},
		{"WrongArgCountFallsBack", "en", "swap_texture", []string{"only one"}, "English fallback"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := s.stylingText(tc.lang, "coach", tc.code, tc.args, "English fallback"); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
