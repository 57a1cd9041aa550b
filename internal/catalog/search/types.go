// Package search is the in-memory full-text and facet index of the charm
// catalog. It is pure (no database): the catalog service feeds it documents
// and asks it queries, and hydrates the ids it returns.
package search

// Doc is what the index knows of one charm.
type Doc struct {
	ID        int64
	Text      []string // searchable texts: name, Chinese name, studio, IP, series, description…
	Category  string
	Materials []string
	Themes    []string
	Colours   []string
	Eco       []string
	StudioID  int64
	IPID      int64 // 0: none
	SeriesID  int64 // 0: none
	Region    string
	Year      int
	PriceCNY  int64  // list price converted to CNY minor units
	PriceBand string // catalog.PriceBandOf(PriceCNY)
	Name      string // sort key for "name"
	Released  string // YYYY-MM-DD, sort key for "newest"
}

// Facet names, as used in Query.Filters and Result.Facets.
const (
	FacetCategory  = "category"
	FacetMaterial  = "material"
	FacetStudio    = "studio" // values are decimal studio ids
	FacetIP        = "ip"     // values are decimal IP ids
	FacetTheme     = "theme"
	FacetPriceBand = "price_band"
	FacetRegion    = "region"
	FacetEco       = "eco"
	FacetYear      = "year" // values are decimal years
	FacetColour    = "colour"
	FacetSeries    = "series" // filter only; values are decimal series ids
)

// Facets lists the facets counted for every query, in display order.
var Facets = []string{FacetCategory, FacetMaterial, FacetTheme, FacetStudio, FacetIP, FacetPriceBand, FacetRegion, FacetEco, FacetYear, FacetColour}

// Sort orders.
const (
	SortRelevance = "relevance" // default with a text query
	SortNewest    = "newest"    // default without one
	SortPriceAsc  = "price_asc"
	SortPriceDesc = "price_desc"
	SortName      = "name"
)

// Sorts lists the valid sort orders.
var Sorts = []string{SortRelevance, SortNewest, SortPriceAsc, SortPriceDesc, SortName}

// Query asks for one page of matches. Values within a facet are ORed;
// facets are ANDed. Cursor is the opaque Next of the previous page.
type Query struct {
	Text    string
	Filters map[string][]string
	Sort    string
	Limit   int // default 24, at most 100
	Cursor  string
}

// FacetValue is one value of a facet with the number of matches it has.
type FacetValue struct {
	Value string
	Count int
}

// Result is one page of matching charm ids (in order), the total number of
// matches, facet counts over all matches, and the cursor of the next page
// ("" on the last page).
type Result struct {
	IDs    []int64
	Total  int
	Facets map[string][]FacetValue
	Next   string
}
