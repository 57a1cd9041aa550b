// Package render draws a loadout: the carrier's silhouette by kind with
// each charm hanging at its attachment point, as SVG for pages and as PNG
// (pure Go) for sharing. It has no database.
package render

import "image"

// Scene is what to draw.
type Scene struct {
	Title  string   // accessible title
	Kind   string   // carrier kind: backpack, tote, crossbody, belt_loop, shoelaces, glasses, lanyard, headphone_case, phone_case, water_bottle, keyring
	Size   string   // S, M or L
	Colour string   // catalog colour code of the carrier
	Points []string // attachment points, in order
	Charms []Charm
}

// Charm is one piece hanging at a point.
type Charm struct {
	Point    string // one of Scene.Points
	Name     string
	Category string   // catalog category: drawn by category when there is no photo
	Colours  []string // catalog colour codes
	WidthMM  int      // 0: typical for the category
	HeightMM int
	PhotoURL string      // SVG: an <image> of the item's photo thumbnail when set
	Photo    image.Image // PNG: drawn from the photo when set
}

// SVG renders the scene as a standalone SVG document.
func SVG(s Scene) []byte { return nil }

// PNG renders the scene as a w×h PNG (1200×630 for sharing cards).
func PNG(s Scene, w, h int) ([]byte, error) { return nil, nil }
