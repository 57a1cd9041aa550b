package search

import (
	"slices"
	"testing"
)

func indexTerms(s string) []string {
	var f folder
	var out []string
	for _, t := range f.tokens(s, nil) {
		out = append(out, t.term)
	}
	return out
}

func TestTokensFoldCaseAccentsAndWidth(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"English words", "Palace Museum Cat", []string{"palace", "museum", "cat"}},
		{"accents removed", "Café Crème Brûlée", []string{"cafe", "creme", "brulee"}},
		{"special letters spelled out", "Straße Ærø Łódź", []string{"strasse", "aero", "lodz"}},
		{"full-width Latin", "ＰＬＵＳＨ Ｃｈａｒｍ", []string{"plush", "charm"}},
		{"punctuation splits", "y2k-style/retro,charm", []string{"y2k", "style", "retro", "charm"}},
		{"possessive dropped", "Labubu's bag", []string{"labubu", "bag"}},
		{"apostrophe joins", "don't rock'n'roll", []string{"dont", "rocknroll"}},
		{"typographic apostrophe", "Molly’s keyring", []string{"molly", "keyring"}},
		{"stop words dropped", "The Cat of the Palace", []string{"cat", "palace"}},
		{"digits kept", "2024 Lunar New Year", []string{"2024", "lunar", "new", "year"}},
		{"Greek final sigma", "ΛΟΓΟΣ λογος", []string{"λογοσ", "λογοσ"}},
		{"Cyrillic lower-cased", "Чебурашка", []string{"чебурашка"}},
		{"invalid UTF-8 is a separator", "cat\xffdog", []string{"cat", "dog"}},
		{"empty", "", nil},
		{"only punctuation", "!!! ... ---", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := indexTerms(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("tokens(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokensIndexCJKAsUnigramsAndBigrams(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"Chinese", "故宫猫咪", []string{"故", "宫", "故宫", "猫", "宫猫", "咪", "猫咪"}},
		{"single character", "福", []string{"福"}},
		{"Latin then Chinese", "Labubu毛绒", []string{"labubu", "毛", "绒", "毛绒"}},
		{"Chinese punctuation splits runs", "毛绒，挂件", []string{"毛", "绒", "毛绒", "挂", "件", "挂件"}},
		{"digits split from Han", "2024年", []string{"2024", "年"}},
		{"Japanese kana with prolonged mark", "キーホルダー", []string{"キ", "ー", "キー", "ホ", "ーホ", "ル", "ホル", "ダ", "ルダ", "ー", "ダー"}},
		{"Korean", "라부부", []string{"라", "부", "라부", "부", "부부"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := indexTerms(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("tokens(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestStemFoldsEnglishPlurals(t *testing.T) {
	tests := map[string]string{
		"charms":    "charm",
		"keychains": "keychain",
		"boxes":     "box",
		"brushes":   "brush",
		"watches":   "watch",
		"glasses":   "glass",
		"glass":     "glass",
		"berries":   "berry",
		"berry":     "berry",
		"plushies":  "plushy",
		"plushie":   "plushy",
		"status":    "status",
		"tennis":    "tennis",
		"bus":       "bus",
		"cats":      "cat",
		"pies":      "pie",
		"y2ks":      "y2ks", // not plain letters: left alone
		"café":      "café",
	}
	for in, want := range tests {
		if got := stem(in); got != want {
			t.Errorf("stem(%q) = %q, want %q", in, got, want)
		}
		if again := stem(stem(in)); again != stem(in) {
			t.Errorf("stem is not idempotent on %q: %q then %q", in, stem(in), again)
		}
	}
}

func TestQueryTerms(t *testing.T) {
	tests := []struct {
		name, in string
		want     []queryTerm
	}{
		{"last word is a prefix", "plu", []queryTerm{{term: "plu", surface: "plu", prefix: true}}},
		{"earlier words are exact", "cat plu", []queryTerm{{term: "cat", surface: "cat"}, {term: "plu", surface: "plu", prefix: true}}},
		{"plurals fold, surface kept for the prefix", "bag charms", []queryTerm{{term: "bag", surface: "bag"}, {term: "charm", surface: "charms", prefix: true}}},
		{"Chinese pair", "毛绒", []queryTerm{{term: "毛绒"}}},
		{"Chinese run as pairs", "故宫文创", []queryTerm{{term: "故宫"}, {term: "宫文"}, {term: "文创"}}},
		{"Chinese single character", "猫", []queryTerm{{term: "猫"}}},
		{"text ending in Chinese has no prefix", "cat 猫咪", []queryTerm{{term: "cat", surface: "cat"}, {term: "猫咪"}}},
		{"stop words dropped", "charm for the", []queryTerm{{term: "charm", surface: "charm"}}},
		{"only stop words", "the of", nil},
		{"repeats dropped", "cat cat", []queryTerm{{term: "cat", surface: "cat"}}},
		{"accents and case", "CAFÉ", []queryTerm{{term: "cafe", surface: "cafe", prefix: true}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var f folder
			if got := f.queryTerms(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("queryTerms(%q) = %+v, want %+v", tt.in, got, tt.want)
			}
		})
	}
}

func TestSortKeyIgnoresCaseAccentsAndPunctuation(t *testing.T) {
	var f folder
	tests := map[string]string{
		"  Él Gato! ": "el gato",
		"Zebra":       "zebra",
		"apple":       "apple",
		"Édith's Cat": "edith cat",
		"故宫 猫":        "故宫 猫",
		"Labubu毛绒":    "labubu 毛绒",
		"":            "",
		"--- !!! ---": "",
	}
	for in, want := range tests {
		if got := f.sortKey(in); got != want {
			t.Errorf("sortKey(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseDay(t *testing.T) {
	tests := map[string]int32{
		"2024-03-15":           20240315,
		"2024-03":              20240300,
		"2024":                 20240000,
		"2024-03-15T10:00:00Z": 20240315,
		"":                     0,
		"20":                   0,
		"March 2024":           0,
		"2024/03/15":           0,
	}
	for in, want := range tests {
		if got := parseDay(in); got != want {
			t.Errorf("parseDay(%q) = %d, want %d", in, got, want)
		}
	}
}

func FuzzTokens(f *testing.F) {
	for _, s := range []string{"Palace Museum Cat", "故宫猫咪毛绒", "Café ＰＬＵＳＨ", "a'b'c", "\xff\xfe", "ㄱㅏ 라부부"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var fo folder
		for _, tok := range fo.tokens(s, nil) {
			if tok.term == "" || len(tok.term) > 4*maxWordBytes {
				t.Fatalf("tokens(%q) made term %q", s, tok.term)
			}
		}
		for _, q := range fo.queryTerms(s) {
			if q.term == "" {
				t.Fatalf("queryTerms(%q) made an empty term", s)
			}
		}
	})
}
