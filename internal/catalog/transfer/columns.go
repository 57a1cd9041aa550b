package transfer

import (
	"strconv"
	"strings"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/money"
)

// kind says how a column's value is written in a file.
type kind int

const (
	text   kind = iota // prose (care, story, description), kept as written
	line               // a name, identifier, slug, code or URL; surrounding spaces dropped
	list               // codes: "a|b|c" in CSV, an array of strings in JSON
	whole              // a non-negative whole number; empty is 0
	flag               // true/false (CSV also yes/no/1/0); empty is false
	amount             // list_price: decimal major units of the row's currency
)

// column is one field of an import row. ref returns a pointer into the row:
// *string for text and line, *[]string for list, *int for whole, *bool for
// flag and *int64 (minor units) for amount.
type column struct {
	name     string
	kind     kind
	required bool // CSV headers must name it and every row must fill it
	always   bool // JSON export writes it even when empty
	ref      func(r *catalog.ImportCharm) any
}

// columns lists every column in the order exports write them.
var columns = []column{
	{name: "external_id", kind: line, required: true, ref: func(r *catalog.ImportCharm) any { return &r.Charm.ExternalID }},
	{name: "name", kind: line, required: true, ref: func(r *catalog.ImportCharm) any { return &r.Charm.Name }},
	{name: "name_zh", kind: line, ref: func(r *catalog.ImportCharm) any { return &r.Charm.NameZH }},
	{name: "studio", kind: line, required: true, ref: func(r *catalog.ImportCharm) any { return &r.StudioSlug }},
	{name: "ip", kind: line, ref: func(r *catalog.ImportCharm) any { return &r.IPSlug }},
	{name: "series", kind: line, ref: func(r *catalog.ImportCharm) any { return &r.SeriesSlug }},
	{name: "category", kind: line, required: true, ref: func(r *catalog.ImportCharm) any { return &r.Charm.Category }},
	{name: "materials", kind: list, always: true, ref: func(r *catalog.ImportCharm) any { return &r.Charm.Materials }},
	{name: "colours", kind: list, always: true, ref: func(r *catalog.ImportCharm) any { return &r.Charm.Colours }},
	{name: "themes", kind: list, always: true, ref: func(r *catalog.ImportCharm) any { return &r.Charm.Themes }},
	{name: "width_mm", kind: whole, ref: func(r *catalog.ImportCharm) any { return &r.Charm.WidthMM }},
	{name: "height_mm", kind: whole, ref: func(r *catalog.ImportCharm) any { return &r.Charm.HeightMM }},
	{name: "weight_g", kind: whole, ref: func(r *catalog.ImportCharm) any { return &r.Charm.WeightG }},
	{name: "release_date", kind: line, ref: func(r *catalog.ImportCharm) any { return &r.Charm.ReleaseDate }},
	{name: "list_price", kind: amount, always: true, ref: func(r *catalog.ImportCharm) any { return &r.Charm.ListPrice }},
	{name: "currency", kind: line, always: true, ref: func(r *catalog.ImportCharm) any { return &r.Charm.Currency }},
	{name: "edition_size", kind: whole, ref: func(r *catalog.ImportCharm) any { return &r.Charm.EditionSize }},
	{name: "region", kind: line, always: true, ref: func(r *catalog.ImportCharm) any { return &r.Charm.Region }},
	{name: "eco", kind: list, always: true, ref: func(r *catalog.ImportCharm) any { return &r.Charm.Eco }},
	{name: "care", kind: text, ref: func(r *catalog.ImportCharm) any { return &r.Charm.Care }},
	{name: "story", kind: text, ref: func(r *catalog.ImportCharm) any { return &r.Charm.Story }},
	{name: "description", kind: text, ref: func(r *catalog.ImportCharm) any { return &r.Charm.Description }},
	{name: "official", kind: flag, always: true, ref: func(r *catalog.ImportCharm) any { return &r.Charm.Official }},
	{name: "nfc", kind: flag, always: true, ref: func(r *catalog.ImportCharm) any { return &r.Charm.NFC }},
	{name: "rarity", kind: line, ref: func(r *catalog.ImportCharm) any { return &r.Charm.Rarity }},
	{name: "sku", kind: line, ref: func(r *catalog.ImportCharm) any { return &r.Charm.SKU }},
	{name: "image_url", kind: line, ref: func(r *catalog.ImportCharm) any { return &r.Charm.ImageURL }},
}

// columnIndex finds a column by its name.
var columnIndex = func() map[string]int {
	m := make(map[string]int, len(columns))
	for i, c := range columns {
		m[c.name] = i
	}
	return m
}()

// Columns returns the column names in export order.
func Columns() []string {
	out := make([]string, len(columns))
	for i, c := range columns {
		out[i] = c.name
	}
	return out
}

// record appends the row's values as CSV fields, in column order, to dst.
func record(r *catalog.ImportCharm, dst []string) []string {
	for i := range columns {
		dst = append(dst, columns[i].format(r))
	}
	return dst
}

// format renders the column's value of r as CSV text.
func (c *column) format(r *catalog.ImportCharm) string {
	switch v := c.ref(r).(type) {
	case *string:
		return *v
	case *[]string:
		return strings.Join(*v, "|")
	case *int:
		if *v == 0 {
			return ""
		}
		return strconv.Itoa(*v)
	case *bool:
		return strconv.FormatBool(*v)
	case *int64:
		return formatAmount(*v, exponent(r.Charm.Currency))
	}
	panic("transfer: column " + c.name + " has no known type")
}

// empty reports whether the column's value of r is its zero value.
func (c *column) empty(r *catalog.ImportCharm) bool {
	switch v := c.ref(r).(type) {
	case *string:
		return *v == ""
	case *[]string:
		return len(*v) == 0
	case *int:
		return *v == 0
	case *bool:
		return !*v
	case *int64:
		return *v == 0
	}
	return false
}

// exponent is the number of decimals of a currency's amounts; unknown
// currencies are written with two so that the import names the currency
// as the problem rather than the amount.
func exponent(currency string) int {
	if c, ok := money.Lookup(currency); ok {
		return c.Exponent
	}
	return 2
}
