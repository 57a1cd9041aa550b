package transfer

import (
	"reflect"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/catalog"
)

// header is a CSV header with every column, in export order.
var header = strings.Join(Columns(), ",")

// sampleRows are rows that exercise every column: Chinese text, commas,
// quotes and newlines in prose, a currency without decimals, empty lists
// and optional fields left empty.
func sampleRows() []catalog.ImportCharm {
	return []catalog.ImportCharm{
		{Line: 2, StudioSlug: "palace-museum", SeriesSlug: "palace-cats", Charm: catalog.Charm{
			ExternalID: "pm-cat-001", Name: "Forbidden City Guardian Cat", NameZH: "故宫御猫",
			Category: "cultural", Materials: []string{"zinc_alloy", "enamel"}, Colours: []string{"gold", "red"},
			Themes: []string{"heritage", "animals"}, WidthMM: 42, HeightMM: 55, WeightG: 18,
			ReleaseDate: "2025-09-01", ListPrice: 5990, Currency: "CNY", Region: "east_asia",
			Eco: []string{"recycled_metal"}, Story: "Cats have guarded the palace, they say.\nSince \"Ming\" times.",
			Official: true, SKU: "PM-CAT-01", ImageURL: "https://example.com/cat.jpg",
		}},
		{Line: 3, StudioSlug: "seoul-stitch", IPSlug: "idol-line", Charm: catalog.Charm{
			ExternalID: "ss-0042", Name: "Lightstick Mini", Category: "functional",
			Materials: []string{"silicone"}, ListPrice: 18500, Currency: "KRW", EditionSize: 500,
			Region: "east_asia", NFC: true, Rarity: "chase", Care: "Wipe, do not soak.",
			Description: "A, B; C\t<tag> & more",
		}},
		{Line: 4, StudioSlug: "tiny-acrylic", Charm: catalog.Charm{
			ExternalID: "ta-1", Name: "Plain", Category: "acrylic", Currency: "USD", Region: "north_america",
		}},
	}
}

// mustRead parses a file with read and fails the test on a fatal error.
func mustRead(t testing.TB, read func(r *strings.Reader) (*Parsed, error), src string) *Parsed {
	t.Helper()
	p, err := read(strings.NewReader(src))
	if err != nil {
		t.Fatalf("read: %v\nerrors: %v", err, p.Errors.List())
	}
	return p
}

func readCSV(r *strings.Reader) (*Parsed, error)  { return ReadCSV(r) }
func readJSON(r *strings.Reader) (*Parsed, error) { return ReadJSON(r) }

// equalRows compares rows field by field, with or without their lines.
func equalRows(t testing.TB, got, want []catalog.ImportCharm, lines bool) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d rows, want %d:\n%+v", len(got), len(want), got)
	}
	for i := range got {
		g, w := got[i], want[i]
		if !lines {
			g.Line, w.Line = 0, 0
		}
		if !reflect.DeepEqual(g, w) {
			t.Errorf("row %d:\n got %+v\nwant %+v", i, g, w)
		}
	}
}

// hasError reports whether list holds an error on line and field whose
// message contains msg.
func hasError(list []catalog.RowError, line int, field, msg string) bool {
	for _, e := range list {
		if e.Line == line && e.Field == field && strings.Contains(e.Message, msg) {
			return true
		}
	}
	return false
}
