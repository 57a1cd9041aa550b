package render

import (
	"bytes"
	"encoding/xml"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func TestSVGMatchesGoldenFiles(t *testing.T) {
	tests := []struct {
		name  string
		scene Scene
	}{
		{"backpack_four_charms", backpackScene()},
		{"glasses", glassesScene()},
		{"lanyard_custom_point", lanyardScene()},
		{"empty_keyring", emptyKeyring()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := SVG(tt.scene)
			golden := filepath.Join("testdata", tt.name+".svg")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("SVG differs from %s (run with -update after checking the change)", golden)
			}
			mustWellFormed(t, got)
		})
	}
}

// mustWellFormed decodes the whole document and checks the root element.
func mustWellFormed(t *testing.T, doc []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(doc))
	var root *xml.StartElement
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v\n%s", err, doc)
		}
		if se, ok := tok.(xml.StartElement); ok && root == nil {
			se := se.Copy()
			root = &se
		}
	}
	if root == nil || root.Name.Local != "svg" || root.Name.Space != "http://www.w3.org/2000/svg" {
		t.Fatalf("root element is %v, want svg in the SVG namespace", root)
	}
	attrs := map[string]string{}
	for _, a := range root.Attr {
		attrs[a.Name.Local] = a.Value
	}
	for _, a := range []string{"viewBox", "role", "aria-label"} {
		if attrs[a] == "" {
			t.Errorf("root element lacks %s", a)
		}
	}
	if attrs["role"] != "img" {
		t.Errorf("role = %q, want img", attrs["role"])
	}
}

// titleOfDoc is the text of the document's <title>.
func titleOfDoc(t *testing.T, doc []byte) string {
	t.Helper()
	var v struct {
		Title string `xml:"title"`
		Label string `xml:"aria-label,attr"`
	}
	if err := xml.Unmarshal(doc, &v); err != nil {
		t.Fatal(err)
	}
	if v.Title != v.Label {
		t.Errorf("title %q and aria-label %q differ", v.Title, v.Label)
	}
	return v.Title
}

func TestSVG(t *testing.T) {
	t.Run("TitleIsEscapedAndKept", func(t *testing.T) {
		doc := SVG(backpackScene())
		if got, want := titleOfDoc(t, doc), backpackScene().Title; got != want {
			t.Errorf("title = %q, want %q", got, want)
		}
		if bytes.Contains(doc, []byte("<navy>")) {
			t.Error("title markup leaked into the document")
		}
	})
	t.Run("EmptyTitleDescribesTheCarrier", func(t *testing.T) {
		if got := titleOfDoc(t, SVG(Scene{Kind: "tote", Charms: make([]Charm, 2)})); got != "Tote with 2 charms" {
			t.Errorf("title = %q", got)
		}
	})
	t.Run("SameSceneSameBytes", func(t *testing.T) {
		if !bytes.Equal(SVG(sixCharmBackpack()), SVG(sixCharmBackpack())) {
			t.Error("two renders of one scene differ")
		}
	})
	t.Run("LinksThePhotoClippedToItsTile", func(t *testing.T) {
		doc := string(SVG(backpackScene()))
		if !strings.Contains(doc, `<image href="/photos/12/thumb.jpg?v=3&amp;s=small"`) {
			t.Errorf("no image of the photo URL in\n%s", doc)
		}
		if !strings.Contains(doc, `<clipPath id="`) || !strings.Contains(doc, `clip-path="url(#`) {
			t.Error("the photo is not clipped")
		}
	})
	t.Run("DropsUnsafePhotoLinks", func(t *testing.T) {
		for _, u := range []string{"javascript:alert(1)", "//evil.example/x.png", "file:///etc/passwd", "vbscript:x"} {
			s := Scene{Kind: "keyring", Charms: []Charm{{Point: "main_ring", Category: "plush", PhotoURL: u}}}
			if doc := string(SVG(s)); strings.Contains(doc, "<image") {
				t.Errorf("%q was linked", u)
			}
		}
	})
	t.Run("PicturesOnOnePageDoNotShareIDs", func(t *testing.T) {
		a, b := compose(backpackScene()).id, compose(glassesScene()).id
		if a == b {
			t.Errorf("both scenes use id prefix %q", a)
		}
	})
	t.Run("DrawsEveryKindAndCategory", func(t *testing.T) {
		for kind := range kinds {
			for cat := range categories {
				s := Scene{Kind: kind, Colour: "rainbow", Charms: []Charm{{Point: "x", Category: cat, Colours: []string{"gold", "silver"}}}}
				mustWellFormed(t, SVG(s))
			}
		}
	})
	t.Run("CarrierTakesItsColour", func(t *testing.T) {
		doc := string(SVG(Scene{Kind: "tote", Colour: "navy"}))
		if !strings.Contains(doc, `fill="`+colourHex["navy"]+`"`) {
			t.Error("the tote is not navy")
		}
		doc = string(SVG(Scene{Kind: "tote"}))
		if !strings.Contains(doc, `fill="`+cssColour(neutral)+`"`) {
			t.Error("a tote of no colour is not neutral")
		}
	})
}
