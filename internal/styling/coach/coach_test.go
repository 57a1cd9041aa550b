package coach

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/catalog"
)

func TestEmptyLoadout(t *testing.T) {
	t.Run("NothingAnywhere", func(t *testing.T) {
		var in Input // zero everything: no carrier, no clock
		r := Evaluate(in)
		checkReport(t, in, r)
		if codes := codes(r.Findings); !slices.Equal(codes, []string{"count_empty"}) {
			t.Errorf("findings %v, want only count_empty", codes)
		}
		if r.Suggestions == nil || len(r.Suggestions) != 0 || r.Score != 100-penalty[Info] {
			t.Errorf("report %+v, want no suggestions and an info's score", r)
		}
	})
	t.Run("SuggestsFocalPointsFromTheCollection", func(t *testing.T) {
		in := input(nil, pc(3, "c"), pc(1, "a"), pc(2, "b"), pc(4, "d"))
		r := Evaluate(in)
		checkReport(t, in, r)
		var got []int64
		for _, s := range r.Suggestions {
			got = append(got, s.In)
		}
		if !slices.Equal(got, []int64{1, 2, 3}) {
			t.Errorf("added %v, want three pieces, lowest ids first among equals", got)
		}
	})
}

func TestScore(t *testing.T) {
	f := func(sev ...Severity) []Finding {
		var fs []Finding
		for _, s := range sev {
			fs = append(fs, Finding{Severity: s})
		}
		return fs
	}
	tests := []struct {
		name     string
		findings []Finding
		want     int
	}{
		{"NothingIsPerfect", nil, 100},
		{"GoodNeverExceeds100", f(Good, Good, Good), 100},
		{"EachSeverityCosts", f(Problem, Warn, Info, Good), 100 - 25 - 10 - 2},
		{"NeverBelowZero", f(Problem, Problem, Problem, Problem, Problem), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := score(tt.findings); got != tt.want {
				t.Errorf("score = %d, want %d", got, tt.want)
			}
		})
	}
}

func TestReportOrder(t *testing.T) {
	in := input([]Piece{
		pc(1, "sewn patch", attach("sewn"), grams(300), fam("soft"), colour("orange")),
		pc(2, "tag", attach("clip"), grams(150), fam("soft"), colour("pink")),
	}, pc(10, "clip heart", attach("clip"), grams(5), fam("metal"), colour("white")),
		pc(11, "clip star", attach("clip"), grams(5), fam("bead"), colour("white")))
	in.Carrier.Colour, in.Carrier.RemovableOnly = "pink", true
	r := Evaluate(in)
	checkReport(t, in, r)
	var got []string
	for _, f := range r.Findings {
		got = append(got, string(f.Severity)+":"+f.Code)
	}
	want := []string{
		"problem:weight_over", "problem:dress_code_fixed_sewn",
		"warn:texture_flat", "warn:colour_clash",
		"info:count_too_few", "info:functional_missing",
	}
	if !slices.Equal(got, want) {
		t.Errorf("findings\n got %v\nwant %v", got, want)
	}
	// The weight problem claims the heavy patch first: the dress code and
	// colour rules have nothing left to change about it, the texture rule
	// too little left to mix, and the focal points added bring new textures.
	var sugg []string
	for _, s := range r.Suggestions {
		sugg = append(sugg, s.Code)
	}
	if wantS := []string{"remove_weight", "add_focal", "add_focal"}; !slices.Equal(sugg, wantS) {
		t.Errorf("suggestions\n got %v\nwant %v", sugg, wantS)
	}
}

func TestSuggestionsNeverPlaceAnItemAlreadyOnTheCarrier(t *testing.T) {
	placed := plain(2)
	in := input(placed, placed[0], placed[1], pc(10, "spare", fam("knit")))
	r := Evaluate(in)
	checkReport(t, in, r)
	for _, s := range r.Suggestions {
		if s.In == 1 || s.In == 2 {
			t.Errorf("suggestion %+v brings in a placed item", s)
		}
	}
}

func TestVocabularyTablesMatchTheCatalog(t *testing.T) {
	if !slices.Equal(catalogThemes[:], catalog.Themes) {
		t.Errorf("catalogThemes = %v, the catalog has %v", catalogThemes, catalog.Themes)
	}
	for i, th := range catalogThemes {
		if themeIndex(th) != i {
			t.Errorf("themeIndex(%q) = %d, want %d", th, themeIndex(th), i)
		}
	}
	fams := map[string]bool{}
	for _, f := range catalog.MaterialFamily {
		fams[f] = true
	}
	if len(fams) != len(catalogFams) {
		t.Errorf("catalogFams = %v, the catalog has %v", catalogFams, fams)
	}
	for i, f := range catalogFams {
		if !fams[f] || famIndex(f) != i {
			t.Errorf("family %q: in catalog %v, famIndex %d, want %d", f, fams[f], famIndex(f), i)
		}
	}
	for _, th := range catalog.Themes {
		if len(themeGroups[th]) == 0 {
			t.Errorf("theme %q is in no theme group", th)
		}
	}
	for code := range themeGroups {
		if !catalog.In(catalog.Themes, code) {
			t.Errorf("theme group lists %q, not a catalog theme", code)
		}
	}
	for s, themes := range seasonThemes {
		for _, th := range themes {
			if !catalog.In(catalog.Themes, th) {
				t.Errorf("season %s welcomes %q, not a catalog theme", s, th)
			}
		}
	}
}

func TestMessageCatalogs(t *testing.T) {
	for _, lang := range []string{"en", "zh-Hans"} {
		t.Run(lang, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("..", "..", "i18n", "locales", lang, "coach.json"))
			if err != nil {
				t.Fatal(err)
			}
			var msgs map[string]string
			if err := json.Unmarshal(b, &msgs); err != nil {
				t.Fatal(err)
			}
			for code, en := range messages {
				got, ok := msgs["coach."+code]
				switch {
				case !ok:
					t.Errorf("coach.%s missing", code)
				case lang == "en" && got != en:
					t.Errorf("coach.%s = %q, the coach says %q", code, got, en)
				case strings.Count(got, "%") != strings.Count(en, "%"):
					t.Errorf("coach.%s: %q has other placeholders than %q", code, got, en)
				}
			}
			if len(msgs) != len(messages) {
				t.Errorf("%d keys, the coach has %d codes", len(msgs), len(messages))
			}
		})
	}
}

func TestEnglishWordsVocabularyArgs(t *testing.T) {
	tests := []struct {
		code string
		args []string
		want string
	}{
		{"texture_flat", []string{"@material_family.bead"}, "All pieces are beads: a set of one texture looks flat in photos."},
		{"theme_cluster", []string{"@theme.kpop", "3"}, "The K-pop theme ties 3 pieces together into one story."},
		{"colour_low_contrast", []string{"@colour.pink"}, "Every charm is close to the carrier's pink: they disappear against it."},
		{"add_season", []string{"Bear @home", "@season.winter"}, "Add Bear @home to welcome winter."},
		{"add_focal", []string{"@home.sweet"}, "Add @home.sweet as a focal point."},
	}
	for _, tt := range tests {
		if got := english(tt.code, tt.args); got != tt.want {
			t.Errorf("english(%s, %v) = %q, want %q", tt.code, tt.args, got, tt.want)
		}
	}
}

func TestEvaluateLeavesItsInputAlone(t *testing.T) {
	for name, in := range goldenInputs() {
		in.Collection = shelf()
		before, _ := json.Marshal(in)
		Evaluate(in)
		if after, _ := json.Marshal(in); !bytes.Equal(before, after) {
			t.Errorf("%s: Evaluate changed its input", name)
		}
	}
}

func TestManyUnknownCodesStaySafe(t *testing.T) {
	var placed, collection []Piece
	for i := range 80 {
		code := "theme" + strconv.Itoa(i)
		placed = append(placed, pc(int64(i), "p", theme(code), fam("fam"+strconv.Itoa(i))))
		collection = append(collection, pc(int64(1000+i), "c", theme(code, "music"), fam("other"+strconv.Itoa(i))))
	}
	in := input(placed, collection...)
	r := Evaluate(in)
	checkReport(t, in, r)
	wantCodes(t, r, ruleTexture, "texture_mixed")
}
