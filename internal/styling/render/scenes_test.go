package render

import (
	"image"
	"image/color"
)

// Scenes shared by the tests and benchmarks.

// backpackScene is a large navy backpack with four charms, one of them
// with a photo.
func backpackScene() Scene {
	return Scene{
		Title: "School day <navy> & \"friends\"", Kind: "backpack", Size: "L", Colour: "navy",
		Points: []string{"zip_pull_left", "zip_pull_right", "top_handle", "strap_left", "strap_right", "side_loop"},
		Charms: []Charm{
			{Point: "zip_pull_left", Name: "Bear", Category: "plush", Colours: []string{"pink", "white"}},
			{Point: "zip_pull_right", Name: "Star pin", Category: "metal_enamel", Colours: []string{"lavender", "gold"}},
			{Point: "strap_left", Name: "Beads", Category: "beaded", Colours: []string{"mint", "pink", "yellow"}, HeightMM: 80},
			{Point: "strap_right", Name: "Tag", Category: "acrylic", Colours: []string{"blue"}, WidthMM: 45, HeightMM: 55,
				PhotoURL: "/photos/12/thumb.jpg?v=3&s=small", Photo: solidImage(color.NRGBA{220, 30, 40, 255}, 64, 48)},
		},
	}
}

// sixCharmBackpack is backpackScene with two more charms, the benchmark's.
func sixCharmBackpack() Scene {
	s := backpackScene()
	s.Charms = append(s.Charms,
		Charm{Point: "top_handle", Name: "Strawberry", Category: "crochet", Colours: []string{"red", "green"}},
		Charm{Point: "side_loop", Name: "Tassel", Category: "cultural", Colours: []string{"red", "gold"}})
	return s
}

func glassesScene() Scene {
	return Scene{
		Title: "Reading glasses", Kind: "glasses", Size: "S", Colour: "black",
		Points: []string{"temple_tip_left", "temple_tip_right"},
		Charms: []Charm{
			{Point: "temple_tip_left", Name: "Pearls", Category: "beaded", Colours: []string{"white", "gold"}},
			{Point: "temple_tip_right", Name: "Pearls", Category: "beaded", Colours: []string{"white", "gold"}},
		},
	}
}

func lanyardScene() Scene {
	return Scene{
		Title: "工牌 lanyard", Kind: "lanyard", Colour: "purple",
		Points: []string{"badge_clip", "lanyard_ring", "little hook"},
		Charms: []Charm{
			{Point: "badge_clip", Name: "Card", Category: "acrylic", Colours: []string{"pink"}},
			{Point: "little hook", Name: "Lucky knot", Category: "cultural"},
			{Point: "little hook", Name: "Pouch", Category: "functional", Colours: []string{"mint"}},
		},
	}
}

func emptyKeyring() Scene {
	return Scene{Title: "Keys", Kind: "keyring", Size: "S", Colour: "silver", Points: []string{"main_ring", "side_clip"}}
}

// solidImage is a w×h photo of one colour.
func solidImage(c color.NRGBA, w, h int) image.Image {
	m := image.NewNRGBA(image.Rect(0, 0, w, h))
	for i := 0; i < len(m.Pix); i += 4 {
		m.Pix[i], m.Pix[i+1], m.Pix[i+2], m.Pix[i+3] = c.R, c.G, c.B, c.A
	}
	return m
}
