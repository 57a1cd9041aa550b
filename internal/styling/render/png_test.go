package render

import (
	"bytes"
	"errors"
	"image"
	"image/color"
	"image/png"
	"sync"
	"testing"

	"github.com/charmory/charmory/internal/errs"
)

// mustPNG renders and decodes a PNG.
func mustPNG(t *testing.T, s Scene, w, h int) image.Image {
	t.Helper()
	b, err := PNG(s, w, h)
	if err != nil {
		t.Fatal(err)
	}
	m, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("PNG does not decode: %v", err)
	}
	return m
}

// colours counts the distinct opaque colours of m; it fails on any
// pixel that is not opaque.
func colours(t *testing.T, m image.Image) map[color.NRGBA]int {
	t.Helper()
	seen := map[color.NRGBA]int{}
	if rgba, ok := m.(*image.RGBA); ok { // what an opaque PNG decodes to
		for i := 0; i < len(rgba.Pix); i += 4 {
			p := rgba.Pix[i : i+4 : i+4]
			if p[3] != 255 {
				t.Fatalf("pixel %d is not opaque", i/4)
			}
			seen[color.NRGBA{p[0], p[1], p[2], 255}]++
		}
		return seen
	}
	b := m.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			c := color.NRGBAModel.Convert(m.At(x, y)).(color.NRGBA)
			if c.A != 255 {
				t.Fatalf("pixel (%d,%d) is not opaque: %v", x, y, c)
			}
			seen[c]++
		}
	}
	return seen
}

func TestPNG(t *testing.T) {
	t.Run("CardSizeByDefault", func(t *testing.T) {
		m := mustPNG(t, backpackScene(), 0, 0)
		if got := m.Bounds().Size(); got != (image.Point{1200, 630}) {
			t.Errorf("size = %v, want 1200×630", got)
		}
	})
	t.Run("TakesTheAskedSize", func(t *testing.T) {
		for _, sz := range []image.Point{{600, 315}, {300, 300}, {1, 1}, {4096, 8}} {
			if got := mustPNG(t, glassesScene(), sz.X, sz.Y).Bounds().Size(); got != sz {
				t.Errorf("size = %v, want %v", got, sz)
			}
		}
	})
	t.Run("OpaqueAndNotOneFlatColour", func(t *testing.T) {
		for name, s := range map[string]Scene{"backpack": backpackScene(), "empty keyring": emptyKeyring()} {
			if n := len(colours(t, mustPNG(t, s, 600, 315))); n < 50 {
				t.Errorf("%s: only %d colours", name, n)
			}
		}
	})
	t.Run("RejectsSizesOutOfRange", func(t *testing.T) {
		for _, sz := range [][2]int{{-1, 630}, {1200, -5}, {4097, 630}, {1200, 100000}} {
			if _, err := PNG(backpackScene(), sz[0], sz[1]); !errs.Is(err, errs.Invalid) {
				t.Errorf("%v: err = %v, want Invalid", sz, err)
			}
		}
	})
	t.Run("PaintsTheCarrierColour", func(t *testing.T) {
		navy := hex(colourHex["navy"])
		if n := colours(t, mustPNG(t, backpackScene(), 600, 315))[navy]; n < 5000 {
			t.Errorf("%d navy pixels, want a navy backpack", n)
		}
	})
	t.Run("DrawsThePhoto", func(t *testing.T) {
		red := color.NRGBA{220, 30, 40, 255}
		with := colours(t, mustPNG(t, backpackScene(), 600, 315))[red]
		s := backpackScene()
		s.Charms[3].Photo = nil
		without := colours(t, mustPNG(t, s, 600, 315))[red]
		if with < 300 || without != 0 {
			t.Errorf("photo red pixels: %d with the photo, %d without", with, without)
		}
	})
	t.Run("SafeForConcurrentUse", func(t *testing.T) {
		want := SVG(sixCharmBackpack())
		var wg sync.WaitGroup
		errc := make(chan error, 4)
		for range 4 {
			wg.Go(func() {
				if _, err := PNG(sixCharmBackpack(), 240, 126); err != nil {
					errc <- err
				}
				if !bytes.Equal(SVG(sixCharmBackpack()), want) {
					errc <- errors.New("SVG differs between goroutines")
				}
			})
		}
		wg.Wait()
		close(errc)
		for err := range errc {
			t.Error(err)
		}
	})
	t.Run("CaptionWithoutTheGlyphsStillRenders", func(t *testing.T) {
		s := lanyardScene()
		s.Title = "我的工牌 \x00\u202e🎀"
		mustPNG(t, s, 0, 0)
	})
}

func TestCaption(t *testing.T) {
	tests := []struct {
		name  string
		scene Scene
		want  string
	}{
		{"TitleKindAndCount", Scene{Title: "Weekend", Kind: "tote", Charms: make([]Charm, 3)}, "Weekend · Tote · 3 charms"},
		{"OneCharm", Scene{Kind: "keyring", Charms: make([]Charm, 1)}, "Keyring · 1 charm"},
		{"TitleTheFontCannotDrawIsLeftOut", Scene{Title: "周末", Kind: "glasses"}, "Glasses · 0 charms"},
		{"UnknownKind", Scene{Kind: "surfboard"}, "Carrier · 0 charms"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := captionOf(tt.scene); got != tt.want {
				t.Errorf("caption = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestCover(t *testing.T) {
	tests := []struct {
		name string
		src  image.Rectangle
		w, h int
		want image.Rectangle
	}{
		{"WideCropsTheSides", image.Rect(0, 0, 200, 100), 50, 50, image.Rect(50, 0, 150, 100)},
		{"TallCropsTopAndBottom", image.Rect(0, 0, 100, 300), 100, 100, image.Rect(0, 100, 100, 200)},
		{"SameAspectKeepsAll", image.Rect(10, 10, 110, 60), 20, 10, image.Rect(10, 10, 110, 60)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cover(tt.src, tt.w, tt.h); got != tt.want {
				t.Errorf("cover = %v, want %v", got, tt.want)
			}
		})
	}
}
