// Package transfer reads and writes the catalog's import and export files:
// CSV with a header row and JSON arrays of objects, both with the columns of
// docs/import-format.md. It only parses and formats; resolving slugs,
// validating vocabularies and writing to the database belong to the catalog
// service.
package transfer

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/charmory/charmory/internal/catalog"
)

// MaxErrors caps the row errors kept for a file: past it, errors are only
// counted, so a file where every row is bad cannot exhaust memory and the
// person reading the list still sees where to start.
const MaxErrors = 1000

// Parsed is what reading an import file yields.
type Parsed struct {
	Rows    []catalog.ImportCharm // rows without errors, in file order
	Errors  ErrorList             // what is wrong with the other rows
	Invalid int                   // rows left out because of errors
}

// ErrorList collects row errors, keeping the first MaxErrors and counting
// the rest. The zero value is ready to use.
type ErrorList struct {
	kept    []catalog.RowError
	omitted int
	first   int // line of the first omitted error
}

// Add records one error.
func (l *ErrorList) Add(e catalog.RowError) {
	if len(l.kept) < MaxErrors {
		l.kept = append(l.kept, e)
		return
	}
	if l.omitted == 0 || e.Line < l.first {
		l.first = e.Line
	}
	l.omitted++
}

// keep records an error past the cap: the one that stopped reading a file
// must always be shown.
func (l *ErrorList) keep(e catalog.RowError) { l.kept = append(l.kept, e) }

// Len is the number of errors recorded, kept or not.
func (l *ErrorList) Len() int { return len(l.kept) + l.omitted }

// List returns the kept errors sorted by line and, when some were left
// out, a last entry saying how many.
func (l *ErrorList) List() []catalog.RowError {
	out := slices.Clone(l.kept)
	slices.SortStableFunc(out, func(a, b catalog.RowError) int { return cmp.Compare(a.Line, b.Line) })
	if l.omitted > 0 {
		out = append(out, catalog.RowError{Line: l.first, Message: fmt.Sprintf("%d more errors not shown", l.omitted)})
	}
	return out
}

// Format renders a row error the way people read it:
// `line 14, field list_price: "12,5" is not an amount with at most 2 decimals`.
func Format(e catalog.RowError) string {
	if e.Field == "" {
		return fmt.Sprintf("line %d: %s", e.Line, e.Message)
	}
	return fmt.Sprintf("line %d, field %s: %s", e.Line, e.Field, e.Message)
}

// skipBOM drops a leading UTF-8 byte order mark, which spreadsheet programs
// write at the start of "CSV UTF-8" files.
func skipBOM(r io.Reader) io.Reader {
	br := bufio.NewReader(r)
	if b, err := br.Peek(3); err == nil && string(b) == "\uFEFF" {
		br.Discard(3)
	}
	return br
}

// cleanText rejects what no database column should hold: bytes that are
// not UTF-8 and NUL characters (PostgreSQL refuses them in text).
func cleanText(s string) (string, string) {
	if !utf8.ValidString(s) {
		return "", "is not valid UTF-8"
	}
	if strings.IndexByte(s, 0) >= 0 {
		return "", "contains a NUL character"
	}
	return s, ""
}

// Same reports whether two rows hold the same values in an import file,
// ignoring their line numbers: importing b over a would change nothing.
func Same(a, b catalog.ImportCharm) bool {
	return slices.Equal(record(&a, nil), record(&b, nil))
}
