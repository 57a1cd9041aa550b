package illustration

import (
	"bytes"
	"encoding/xml"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// goldenCases are the pictures pinned by golden files: every category with
// two seeds (so both main variants are covered), the rarities and covers.
func goldenCases() map[string][]byte {
	cases := map[string][]byte{
		"mystery":         Mystery("Secret figure"),
		"cover_blind":     SeriesCover(3, "Moonlit Picnic", true),
		"cover_standard":  SeriesCover(4, "Harbour Lights", false),
		"plush_secret":    Charm(Spec{Seed: 11, Name: "Midnight Mochi", Category: "plush", Colours: []string{"black", "gold"}, Rarity: "secret"}),
		"pin_chase":       Charm(Spec{Seed: 12, Name: "Chase Star", Category: "metal_enamel", Colours: []string{"rainbow", "silver"}, Rarity: "chase"}),
		"unknown_colours": Charm(Spec{Seed: 13, Name: "Plain", Category: "acrylic", Colours: []string{"not-a-colour"}}),
	}
	for cat := range drawers {
		for _, seed := range []int64{1, 2} {
			name := cat + "_" + string(rune('0'+seed))
			cases[name] = Charm(Spec{Seed: seed, Name: "Golden " + cat, Category: cat, Colours: categoryColours[cat]})
		}
	}
	return cases
}

func TestGoldenFiles(t *testing.T) {
	for name, got := range goldenCases() {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join("testdata", name+".svg")
			if *update {
				if err := os.MkdirAll("testdata", 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("read golden file (run go test -update to create it): %v", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from its golden file; if the change is intended, bump Version and run go test -update", path)
			}
		})
	}
}

func TestEveryPictureIsWellFormedSVG(t *testing.T) {
	for name, svg := range goldenCases() {
		t.Run(name, func(t *testing.T) {
			mustParseSVG(t, svg)
		})
	}
}

func TestSamePictureForTheSameSpec(t *testing.T) {
	s := Spec{Seed: 42, Name: "Twin", Category: "crochet", Colours: []string{"mint", "pink"}}
	if !bytes.Equal(Charm(s), Charm(s)) {
		t.Fatal("two drawings of one spec differ")
	}
}

func TestSeedsPickDifferentVariants(t *testing.T) {
	for cat := range drawers {
		t.Run(cat, func(t *testing.T) {
			seen := map[string]bool{}
			for seed := int64(1); seed <= 24; seed++ {
				seen[string(Charm(Spec{Seed: seed, Category: cat, Colours: []string{"pink"}}))] = true
			}
			if len(seen) < 2 {
				t.Errorf("24 seeds gave %d distinct %s pictures, want at least 2", len(seen), cat)
			}
		})
	}
}

func TestColoursChangeThePicture(t *testing.T) {
	a := Charm(Spec{Seed: 5, Category: "plush", Colours: []string{"pink"}})
	b := Charm(Spec{Seed: 5, Category: "plush", Colours: []string{"navy"}})
	if bytes.Equal(a, b) {
		t.Fatal("a pink and a navy plush are drawn the same")
	}
	if !bytes.Contains(b, []byte(colourHex["navy"])) {
		t.Error("the navy plush does not use the navy colour")
	}
}

func TestTitleIsEscaped(t *testing.T) {
	svg := Charm(Spec{Seed: 1, Name: `<script>alert("x")</script> & co`, Category: "leather"})
	mustParseSVG(t, svg)
	if bytes.Contains(svg, []byte("<script")) {
		t.Fatal("the name reached the SVG unescaped")
	}
	if !bytes.Contains(svg, []byte("&lt;script&gt;")) {
		t.Error("the escaped name is missing from the title")
	}
}

func TestUnknownCategoryStillDraws(t *testing.T) {
	mustParseSVG(t, Charm(Spec{Seed: 1, Category: "hologram"}))
}

func TestSwatch(t *testing.T) {
	tests := []struct{ code, want string }{
		{"pink", "#f4a7c0"},
		{"rainbow", "linear-gradient("},
		{"gold", "linear-gradient("},
		{"nonsense", "#a7a3ab"},
	}
	for _, tt := range tests {
		if got := Swatch(tt.code); !strings.HasPrefix(got, tt.want) {
			t.Errorf("Swatch(%q) = %q, want prefix %q", tt.code, got, tt.want)
		}
	}
}

// mustParseSVG fails unless svg is well-formed XML with an <svg> root that
// has a viewBox and a title.
func mustParseSVG(t *testing.T, svg []byte) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(svg))
	var root *xml.StartElement
	titled := false
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v\n%s", err, svg)
		}
		if se, ok := tok.(xml.StartElement); ok {
			if root == nil {
				se := se.Copy()
				root = &se
			}
			titled = titled || se.Name.Local == "title"
		}
	}
	if root == nil || root.Name.Local != "svg" {
		t.Fatalf("root element is not <svg>")
	}
	hasViewBox := false
	for _, a := range root.Attr {
		hasViewBox = hasViewBox || a.Name.Local == "viewBox"
	}
	if !hasViewBox || !titled {
		t.Errorf("svg lacks a viewBox (%t) or a title (%t)", hasViewBox, titled)
	}
}

func BenchmarkCharm(b *testing.B) {
	s := Spec{Seed: 9, Name: "Bench", Category: "beaded", Colours: []string{"rainbow", "mint", "pink"}, Rarity: "secret"}
	for b.Loop() {
		Charm(s)
	}
}
