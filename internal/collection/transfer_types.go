package collection

// ImportTargets are the fields a column of an import file can map to.
// charm matches by catalog id or external id, sku by barcode/SKU, name by
// the charm's name (English or Chinese); a row matching nothing becomes a
// one-off item named by title (or name). quantity makes that many items.
var ImportTargets = []string{
	"charm", "sku", "name", "title", "category", "materials", "condition", "acquired_on",
	"source", "price_paid", "currency", "memory", "status", "visibility", "box", "quantity",
}

// Mapping maps import targets to the file's column headers:
// {"name": "Title", "price_paid": "Paid"}.
type Mapping map[string]string

// Candidate is a catalog charm a row might mean.
type Candidate struct {
	CharmID    int64  `json:"charm_id"`
	Name       string `json:"name"`
	SeriesName string `json:"series_name,omitempty"`
	StudioName string `json:"studio_name,omitempty"`
	SKU        string `json:"sku,omitempty"`
}

// PreviewRow is one row of an import preview and how it matched.
type PreviewRow struct {
	Line       int         `json:"line"`
	Value      string      `json:"value"`      // what was matched on
	Match      string      `json:"match"`      // id, sku, name, ambiguous, one_off
	CharmID    int64       `json:"charm_id"`   // when matched
	Name       string      `json:"name"`       // the charm's or the one-off's
	Quantity   int         `json:"quantity"`   // items the row makes
	Candidates []Candidate `json:"candidates"` // when ambiguous
}

// RowError says what is wrong with one row and column of an import file.
type RowError struct {
	Line    int    `json:"line"`
	Column  string `json:"column"` // the file's header
	Field   string `json:"field"`  // the import target
	Message string `json:"message"`
}

// ImportPreview is what an import would do, computed without writing.
type ImportPreview struct {
	Headers   []string     `json:"headers"`
	Rows      int          `json:"rows"`
	Items     int          `json:"items"` // items that would be created
	Matched   int          `json:"matched"`
	OneOffs   int          `json:"one_offs"`
	Ambiguous []PreviewRow `json:"ambiguous"`
	Sample    []PreviewRow `json:"sample"` // the first rows, for a look
	Errors    []RowError   `json:"errors"`
}

// ImportResult is what an import did.
type ImportResult struct {
	Rows   int        `json:"rows"`
	Items  int        `json:"items"`
	Errors []RowError `json:"errors,omitempty"`
}
