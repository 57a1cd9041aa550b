package transfer

import (
	"bytes"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/catalog"
)

func TestRoundTrip(t *testing.T) {
	formats := []struct {
		name  string
		write func(*bytes.Buffer, []catalog.ImportCharm) error
		read  func(*strings.Reader) (*Parsed, error)
	}{
		{"CSV", func(b *bytes.Buffer, r []catalog.ImportCharm) error { return WriteCSV(b, r) }, readCSV},
		{"JSON", func(b *bytes.Buffer, r []catalog.ImportCharm) error { return WriteJSON(b, r) }, readJSON},
	}
	for _, f := range formats {
		t.Run(f.name+"WrittenRowsReadBackUnchanged", func(t *testing.T) {
			var buf bytes.Buffer
			if err := f.write(&buf, sampleRows()); err != nil {
				t.Fatal(err)
			}
			p := mustRead(t, f.read, buf.String())
			if l := p.Errors.List(); len(l) > 0 {
				t.Fatalf("errors reading back:\n%s\n%v", buf.String(), l)
			}
			equalRows(t, p.Rows, sampleRows(), f.name == "JSON") // CSV lines shift where a story spans lines
			for i := range p.Rows {
				if !Same(p.Rows[i], sampleRows()[i]) {
					t.Errorf("row %d not Same after the round trip", i)
				}
			}
		})
		t.Run(f.name+"EmptyExportReadsBackEmpty", func(t *testing.T) {
			var buf bytes.Buffer
			if err := f.write(&buf, nil); err != nil {
				t.Fatal(err)
			}
			if p := mustRead(t, f.read, buf.String()); len(p.Rows) != 0 || p.Errors.Len() != 0 {
				t.Fatalf("got %+v from %q", p, buf.String())
			}
		})
	}
	t.Run("CSVToJSONToCSV", func(t *testing.T) {
		var csv1, js, csv2 bytes.Buffer
		WriteCSV(&csv1, sampleRows())
		WriteJSON(&js, mustRead(t, readCSV, csv1.String()).Rows)
		WriteCSV(&csv2, mustRead(t, readJSON, js.String()).Rows)
		if csv1.String() != csv2.String() {
			t.Fatalf("CSV changed:\n%s\n---\n%s", csv1.String(), csv2.String())
		}
	})
}

func TestJSONWriterOneObjectPerLine(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, sampleRows()); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != len(sampleRows())+2 || lines[0] != "[" || lines[len(lines)-1] != "]" {
		t.Fatalf("layout:\n%s", buf.String())
	}
	if want := `{"external_id":"ta-1","name":"Plain","studio":"tiny-acrylic","category":"acrylic","materials":[],"colours":[],"themes":[],"list_price":"0.00","currency":"USD","region":"north_america","eco":[],"official":false,"nfc":false}`; lines[3] != want {
		t.Errorf("minimal row:\n got %s\nwant %s", lines[3], want)
	}
	if !strings.Contains(lines[2], `"list_price":"18500","currency":"KRW"`) || !strings.Contains(lines[2], `<tag> & more`) {
		t.Errorf("KRW row: %s", lines[2])
	}
}

func TestSame(t *testing.T) {
	a, b := sampleRows()[0], sampleRows()[0]
	b.Line = 99
	if !Same(a, b) {
		t.Error("rows differing only in line are not Same")
	}
	b.Charm.Themes = []string{"heritage"}
	if Same(a, b) {
		t.Error("rows with different themes are Same")
	}
	b = sampleRows()[0]
	b.Charm.ListPrice++
	if Same(a, b) {
		t.Error("rows with different prices are Same")
	}
}

func TestAmounts(t *testing.T) {
	tests := []struct {
		text  string
		exp   int
		minor int64
	}{
		{"59.90", 2, 5990}, {"59.9", 2, 5990}, {"0", 2, 0}, {"0.05", 2, 5}, {"007", 2, 700},
		{"18500", 0, 18500}, {"999999999999999.99", 2, 99999999999999999},
	}
	for _, tt := range tests {
		got, msg := parseAmount(tt.text, tt.exp)
		if msg != "" || got != tt.minor {
			t.Errorf("parseAmount(%q, %d) = %d, %q; want %d", tt.text, tt.exp, got, msg, tt.minor)
		}
		back, _ := parseAmount(formatAmount(got, tt.exp), tt.exp)
		if back != got {
			t.Errorf("formatAmount(%d, %d) = %q does not read back", got, tt.exp, formatAmount(got, tt.exp))
		}
	}
	if got := formatAmount(5, 2); got != "0.05" {
		t.Errorf("formatAmount(5, 2) = %q", got)
	}
}
