package api

// styling_vocab.go gives the styling codes schemas that list their
// vocabulary, so huma rejects an unknown code with a located 422 and the
// document follows the styling package's lists.

import (
	"strings"

	"github.com/danielgtaylor/huma/v2"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/styling"
	"github.com/charmory/charmory/internal/styling/pick"
)

// carrierKindCode is the kind of one of styling.CarrierKinds.
type carrierKindCode string

// Schema implements huma.SchemaProvider.
func (carrierKindCode) Schema(huma.Registry) *huma.Schema {
	kinds := make([]string, len(styling.CarrierKinds))
	for i, k := range styling.CarrierKinds {
		kinds[i] = k.Kind
	}
	return enumSchema(kinds)
}

// carrierSize is one of styling.Sizes.
type carrierSize string

// Schema implements huma.SchemaProvider.
func (carrierSize) Schema(huma.Registry) *huma.Schema { return enumSchema(styling.Sizes) }

// colourCode is one of catalog.Colours.
type colourCode string

// Schema implements huma.SchemaProvider.
func (colourCode) Schema(huma.Registry) *huma.Schema { return enumSchema(catalog.Colours) }

// dressCode is one of the keys of styling.DressCodes.
type dressCode string

// Schema implements huma.SchemaProvider.
func (dressCode) Schema(huma.Registry) *huma.Schema { return enumSchema(dressCodes()) }

// dressCodes lists styling.DressCodes in a stable order for the document.
func dressCodes() []string {
	out := make([]string, 0, len(styling.DressCodes))
	for _, c := range []string{"school", "workplace"} {
		if _, ok := styling.DressCodes[c]; ok {
			out = append(out, c)
		}
	}
	return out
}

// styleCode is one of styling.Styles.
type styleCode string

// Schema implements huma.SchemaProvider.
func (styleCode) Schema(huma.Registry) *huma.Schema { return enumSchema(styling.Styles) }

// hemisphereCode is north or south, which decides the seasons.
type hemisphereCode string

// Schema implements huma.SchemaProvider.
func (hemisphereCode) Schema(huma.Registry) *huma.Schema {
	return enumSchema([]string{"north", "south"})
}

// moodsList is the moods of the daily pick, for descriptions.
func moodsList() string { return strings.Join(pick.Moods, ", ") }
