package render

import (
	"bytes"
	"image"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// FuzzScene checks that no scene, however odd, makes either output panic,
// and that the SVG is always well-formed and repeatable.
func FuzzScene(f *testing.F) {
	f.Add("School day", "backpack", "L", "navy", "zip_pull_left", "plush", "pink", 0, 0, "/p/1.jpg", uint8(4))
	f.Add("", "spaceship", "XL", "", "", "", "", -5, 1<<30, "javascript:alert(1)", uint8(0))
	f.Add("\x00\xff<&>\u202e周末", "glasses", "S", "rainbow", "temple_tip_left", "metal_enamel", "gold", 1, 1, "data:image/png;base64,AAAA", uint8(90))
	f.Fuzz(func(t *testing.T, title, kind, size, colour, point, category, charmColour string, w, h int, photoURL string, n uint8) {
		s := Scene{Title: title, Kind: kind, Size: size, Colour: colour, Points: []string{point, "", "zip_pull"}}
		for i := range int(n) {
			s.Charms = append(s.Charms, Charm{
				Point: []string{point, "main_ring", title, ""}[i%4], Name: title, Category: category,
				Colours: []string{charmColour, colour}, WidthMM: w * i, HeightMM: h - i, PhotoURL: photoURL,
			})
		}
		doc := SVG(s)
		mustWellFormed(t, doc)
		if !bytes.Equal(doc, SVG(s)) {
			t.Fatal("two renders of one scene differ")
		}
		if _, err := PNG(s, 240, 126); err != nil {
			t.Fatal(err)
		}
	})
}

// TestAnySceneRenders draws many random scenes mixing real and odd values,
// photos of odd shapes included.
func TestAnySceneRenders(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 2))
	pick := func(l []string) string { return l[r.IntN(len(l))] }
	kindList := append(slices.Sorted(maps.Keys(kinds)), "", "unknown", "背包")
	catList := append(slices.Sorted(maps.Keys(categories)), "", "spoon")
	colourList := append(slices.Sorted(maps.Keys(colourHex)), "", "ultraviolet")
	photos := []image.Image{nil, image.NewRGBA(image.Rect(0, 0, 0, 0)), image.NewRGBA(image.Rect(-5, -5, 3, 900)),
		solidImage(white, 1, 1), solidImage(ink, 2000, 3)}
	odd := []string{"", "x", "\x00", "\xff\xfe", strings.Repeat("長", 500), "a&b<c>\"'", "\u202e\u200d🎀"}
	for i := range 80 {
		s := Scene{Title: pick(odd), Kind: pick(kindList), Size: pick([]string{"S", "M", "L", "", "XL"}), Colour: pick(colourList)}
		for range r.IntN(5) {
			s.Points = append(s.Points, pick(append(odd, "main_ring", "zip_pull_left", "strap_left")))
		}
		for range r.IntN(9) {
			s.Charms = append(s.Charms, Charm{
				Point: pick(append(s.Points, pick(odd))), Name: pick(odd), Category: pick(catList),
				Colours: []string{pick(colourList), pick(colourList)},
				WidthMM: r.IntN(600) - 100, HeightMM: r.IntN(600) - 100,
				PhotoURL: pick([]string{"", "/x.png", "https://cdn.example/p.jpg", "javascript:x"}),
				Photo:    photos[r.IntN(len(photos))],
			})
		}
		mustWellFormed(t, SVG(s))
		w, h := 1+r.IntN(360), 1+r.IntN(200)
		if m := mustPNG(t, s, w, h); m.Bounds().Dx() != w || m.Bounds().Dy() != h {
			t.Fatalf("scene %d: size %v, want %d×%d", i, m.Bounds(), w, h)
		}
	}
}
