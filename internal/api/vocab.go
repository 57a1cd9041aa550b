package api

// vocab.go gives query parameters that take one code of a catalog
// vocabulary a schema listing that vocabulary, so huma rejects unknown
// codes with a located 422 and the document stays in step with the
// catalog.

import (
	"github.com/danielgtaylor/huma/v2"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/catalog/search"
)

func enumSchema(values []string) *huma.Schema {
	return &huma.Schema{Type: huma.TypeString, Enum: anyOf(values)}
}

// regionCode is one of catalog.Regions.
type regionCode string

// Schema implements huma.SchemaProvider.
func (regionCode) Schema(huma.Registry) *huma.Schema { return enumSchema(catalog.Regions) }

// studioKind is one of catalog.StudioKinds.
type studioKind string

// Schema implements huma.SchemaProvider.
func (studioKind) Schema(huma.Registry) *huma.Schema { return enumSchema(catalog.StudioKinds) }

// seriesKind is one of catalog.SeriesKinds.
type seriesKind string

// Schema implements huma.SchemaProvider.
func (seriesKind) Schema(huma.Registry) *huma.Schema { return enumSchema(catalog.SeriesKinds) }

// sellerKind is one of catalog.SellerKinds.
type sellerKind string

// Schema implements huma.SchemaProvider.
func (sellerKind) Schema(huma.Registry) *huma.Schema { return enumSchema(catalog.SellerKinds) }

// contributionStatus is a contribution status.
type contributionStatus string

// Schema implements huma.SchemaProvider.
func (contributionStatus) Schema(huma.Registry) *huma.Schema {
	return enumSchema([]string{catalog.StatusPending, catalog.StatusApproved, catalog.StatusRejected})
}

// sortOrder is a search sort order; its schema lists search.Sorts.
type sortOrder string

// Schema implements huma.SchemaProvider.
func (sortOrder) Schema(huma.Registry) *huma.Schema {
	return &huma.Schema{Type: huma.TypeString, Enum: anyOf(search.Sorts)}
}

func anyOf(values []string) []any {
	out := make([]any, len(values))
	for i, v := range values {
		out[i] = v
	}
	return out
}
