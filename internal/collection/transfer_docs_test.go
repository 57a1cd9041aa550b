package collection

import (
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/collection/csvmap"
)

// TestDocumentedFormat keeps docs/collection-import.md honest: every CSV
// example reads without problems under the guessed mapping, the export
// example has the export's columns, and the table of targets lists each
// target with exactly the headers it is guessed from.
func TestDocumentedFormat(t *testing.T) {
	doc, err := os.ReadFile("../../docs/collection-import.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := regexp.MustCompile("(?s)```csv\n(.*?)```").FindAllStringSubmatch(string(doc), -1)
	if len(blocks) < 2 {
		t.Fatalf("found %d CSV examples", len(blocks))
	}
	exportShown := false
	for _, b := range blocks {
		f, err := csvmap.Read(strings.NewReader(b[1]), importSchema, nil)
		if err != nil || len(f.Errors) > 0 || len(f.Rows) == 0 {
			t.Errorf("example does not read: %v %v\n%s", err, f.Errors, b[1])
		}
		exportShown = exportShown || strings.HasPrefix(b[1], strings.Join(exportColumns, ",")+"\n")
	}
	if !exportShown {
		t.Error("no example shows the export's header")
	}
	for _, b := range regexp.MustCompile("(?s)```json\n(.*?)```").FindAllStringSubmatch(string(doc), -1) {
		var head struct {
			Format  string `json:"format"`
			Version int    `json:"version"`
		}
		if err := json.Unmarshal([]byte(b[1]), &head); err != nil || head.Format != exportFormat || head.Version != exportVersion {
			t.Errorf("JSON example (%v): %+v", err, head)
		}
	}
	rows := regexp.MustCompile("(?m)^\\| `([a-z_]+)` \\|.*\\| ([^|]+) \\|$").FindAllStringSubmatch(string(doc), -1)
	documented := map[string]string{}
	for _, r := range rows {
		documented[r[1]] = strings.TrimSpace(r[2])
	}
	for _, target := range ImportTargets {
		if want := strings.Join(importSchema.Guesses[target], ", "); documented[target] != want {
			t.Errorf("target %s documented as guessed from %q, want %q", target, documented[target], want)
		}
	}
}
