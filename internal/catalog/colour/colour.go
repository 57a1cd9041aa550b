// Package colour holds the display colour of each catalog colour code, so
// a charm looks alike in every picture that draws it (the charm
// illustrations and the loadout pictures). It has no dependencies.
package colour

// Hex maps a catalog colour code to its display colour. Rainbow, gold and
// silver are painted with gradients where a picture can; their hex is the
// flat colour used where a gradient would not read (shadows, tints,
// swatch borders).
var Hex = map[string]string{
	"pink":     "#f4a7c0",
	"red":      "#d9434b",
	"orange":   "#f28c38",
	"yellow":   "#f7cf47",
	"green":    "#5bab6a",
	"mint":     "#98dcc0",
	"blue":     "#4a8fd9",
	"navy":     "#2c3e73",
	"lavender": "#c3b1e9",
	"purple":   "#8e5cc4",
	"brown":    "#9a6b4a",
	"beige":    "#e8d5b5",
	"black":    "#2d2a32",
	"white":    "#fbfaf7",
	"grey":     "#a7a3ab",
	"gold":     "#d4a93c",
	"silver":   "#c8ccd2",
	"rainbow":  "#f29ac0",
}
