// Package csvmap reads CSV files whose columns a user maps to the fields an
// import understands. It sniffs the delimiter, tolerates byte order marks
// and spreadsheet encodings, guesses a mapping from the headers, and
// reports rows it cannot read with their physical line numbers. It has no
// database.
package csvmap

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/charmory/charmory/internal/errs"
)

// Limits of one file.
const (
	MaxRows  = 200_000
	MaxBytes = 50 << 20
)

// Schema names the fields (targets) a file's columns can map to and the
// header names each is guessed from.
type Schema struct {
	Targets []string
	// Guesses lists, per target, header names in their normalised form
	// (see Normalize), best first; a target without an entry is guessed
	// from its own name.
	Guesses map[string][]string
}

// Row is one data row: the mapped fields' values, trimmed, and the
// physical line the row starts on (the header is line 1).
type Row struct {
	Line   int
	Values map[string]string
}

// RowError is a row that could not be read, such as a row with more or
// fewer fields than the header.
type RowError struct {
	Line    int
	Message string
}

// File is a read file.
type File struct {
	Headers []string          // as written in the file
	Mapping map[string]string // target → header as written; the guess when none was given
	Rows    []Row
	Errors  []RowError // rows left out of Rows, by line
}

// Read reads a CSV file with a mapping from targets to headers; an empty
// mapping is guessed from the headers. Errors: Invalid (no header, broken
// quoting, a mapping naming an unknown target or a missing column),
// TooLarge (more than MaxBytes or MaxRows).
func Read(r io.Reader, s Schema, m map[string]string) (*File, error) {
	const op = "read csv"
	cr, err := newReader(r)
	if err != nil {
		return nil, err
	}
	headers, err := readHeader(cr)
	if err != nil {
		return nil, err
	}
	f := &File{Headers: headers}
	cols, err := f.resolve(s, m)
	if err != nil {
		return nil, err
	}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return f, nil
		}
		if err != nil {
			return nil, readError(op, err)
		}
		line, _ := cr.FieldPos(0)
		if blank(rec) {
			continue // spreadsheets leave rows of empty cells at the end
		}
		if len(f.Rows)+len(f.Errors) >= MaxRows {
			return nil, errs.Ef(op, errs.TooLarge, "the file has more than %d rows; split it into smaller files", MaxRows)
		}
		f.add(line, rec, cols)
	}
}

// add keeps one row, or its error.
func (f *File) add(line int, rec []string, cols map[string]int) {
	if len(rec) != len(f.Headers) {
		f.Errors = append(f.Errors, RowError{Line: line, Message: fmt.Sprintf("has %d fields but the header has %d", len(rec), len(f.Headers))})
		return
	}
	values := make(map[string]string, len(cols))
	for target, i := range cols {
		v := strings.TrimSpace(rec[i])
		if !utf8.ValidString(v) {
			f.Errors = append(f.Errors, RowError{Line: line, Message: fmt.Sprintf("column %q is not UTF-8 text", f.Headers[i])})
			return
		}
		values[target] = v
	}
	f.Rows = append(f.Rows, Row{Line: line, Values: values})
}

// Headers reads only the header row of a file.
func Headers(r io.Reader) ([]string, error) {
	cr, err := newReader(r)
	if err != nil {
		return nil, err
	}
	return readHeader(cr)
}

// newReader skips a UTF-8 byte order mark and sets the delimiter the
// header line uses most: comma, semicolon (spreadsheets in locales with a
// decimal comma) or tab.
func newReader(r io.Reader) (*csv.Reader, error) {
	br := bufio.NewReaderSize(&limitReader{r: r, left: MaxBytes}, 64<<10)
	if bom, _ := br.Peek(3); bytes.Equal(bom, []byte("\xef\xbb\xbf")) {
		br.Discard(3)
	}
	head, err := br.Peek(64 << 10)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return nil, readError("read csv", err)
	}
	if i := bytes.IndexByte(head, '\n'); i >= 0 {
		head = head[:i]
	}
	cr := csv.NewReader(br)
	cr.Comma = sniff(head)
	cr.FieldsPerRecord = -1 // a ragged row is that row's error, not the file's
	return cr, nil
}

// sniff picks the delimiter appearing most often outside quotes.
func sniff(line []byte) rune {
	counts := map[byte]int{}
	quoted := false
	for _, b := range line {
		switch {
		case b == '"':
			quoted = !quoted
		case !quoted && (b == ',' || b == ';' || b == '\t'):
			counts[b]++
		}
	}
	best := byte(',')
	for _, d := range []byte{';', '\t'} {
		if counts[d] > counts[best] {
			best = d
		}
	}
	return rune(best)
}

func readHeader(cr *csv.Reader) ([]string, error) {
	const op = "read csv"
	rec, err := cr.Read()
	if err == io.EOF {
		return nil, errs.E(op, errs.Invalid, "the file is empty; it needs a header row naming the columns")
	}
	if err != nil {
		return nil, readError(op, err)
	}
	headers := make([]string, len(rec))
	for i, h := range rec {
		headers[i] = strings.TrimSpace(h)
	}
	if blank(headers) {
		return nil, errs.E(op, errs.Invalid, "line 1: the header row names no columns")
	}
	return headers, nil
}

// readError turns a CSV syntax error or a read failure into the file's
// error.
func readError(op string, err error) error {
	var pe *csv.ParseError
	switch {
	case errors.Is(err, errTooLarge):
		return errs.Ef(op, errs.TooLarge, "the file is larger than %d MB", MaxBytes>>20)
	case errors.As(err, &pe):
		return errs.Ef(op, errs.Invalid, "line %d: %v at column %d; the file cannot be read past this point", pe.Line, pe.Err, pe.Column)
	}
	return errs.Wrap(op, err)
}

func blank(rec []string) bool {
	return !slices.ContainsFunc(rec, func(v string) bool { return strings.TrimSpace(v) != "" })
}

var errTooLarge = errors.New("file too large")

// limitReader fails once more than left bytes were read, so a huge upload
// is refused instead of silently cut.
type limitReader struct {
	r    io.Reader
	left int64
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.left < 0 {
		return 0, errTooLarge
	}
	if int64(len(p)) > l.left+1 {
		p = p[:l.left+1]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	if l.left < 0 {
		return n, errTooLarge
	}
	return n, err
}
