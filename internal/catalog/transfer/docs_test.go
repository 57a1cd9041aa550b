package transfer

import (
	"bytes"
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestDocumentedExamples keeps docs/import-format.md honest: every CSV and
// JSON example reads without errors, and the examples in export layout are
// exactly what the writers produce.
func TestDocumentedExamples(t *testing.T) {
	doc, err := os.ReadFile("../../../docs/import-format.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := regexp.MustCompile("(?s)```(csv|json)\n(.*?)```").FindAllStringSubmatch(string(doc), -1)
	if len(blocks) < 4 {
		t.Fatalf("found %d examples", len(blocks))
	}
	for _, b := range blocks {
		format, src := b[1], b[2]
		read, write := ReadCSV, WriteCSV
		exportLayout := strings.HasPrefix(src, header+"\n")
		if format == "json" {
			read, write = ReadJSON, WriteJSON
			exportLayout = strings.HasPrefix(src, "[\n{")
		}
		p, err := read(strings.NewReader(src))
		if err != nil || p.Errors.Len() > 0 || len(p.Rows) == 0 {
			t.Errorf("%s example does not read: %v %v\n%s", format, err, p.Errors.List(), src)
			continue
		}
		if !exportLayout {
			continue
		}
		var buf bytes.Buffer
		write(&buf, p.Rows)
		if got := strings.ReplaceAll(buf.String(), "\r\n", "\n"); got != src {
			t.Errorf("%s example differs from what export writes:\n%s\n---\n%s", format, src, got)
		}
	}
}
