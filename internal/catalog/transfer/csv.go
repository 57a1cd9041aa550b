package transfer

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/errs"
)

// ReadCSV reads a CSV import file: UTF-8 with or without a byte order mark,
// a header row naming columns in any order, then one charm per row. Rows
// with bad values are reported in Parsed.Errors and left out of
// Parsed.Rows. The error is non-nil when the file cannot be read to its
// end (a bad header, broken quoting, a read failure); Parsed.Errors then
// also says why, with the line, and holds what was read before.
func ReadCSV(r io.Reader) (*Parsed, error) {
	const op = "transfer.ReadCSV"
	c := newCollector(op, true)
	cr := csv.NewReader(skipBOM(r))
	cr.FieldsPerRecord = -1 // a short row is that row's error, not the file's
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err == io.EOF {
		return c.fatal(errs.Invalid, 1, "", "the file is empty; it needs a header row naming the columns")
	}
	if err != nil {
		return c.readFailed(err, 1)
	}
	cols, problem := c.header(header)
	if problem != "" {
		return &c.p, errs.E(op, errs.Invalid, "line 1: "+problem)
	}
	last := 1
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return c.done()
		}
		if err != nil {
			return c.readFailed(err, last+1)
		}
		last, _ = cr.FieldPos(0)
		if blank(rec) {
			continue // spreadsheets leave rows of empty cells at the end
		}
		c.b.reset(last)
		if len(rec) != len(cols) {
			c.b.fail("", fmt.Sprintf("has %d fields but the header has %d", len(rec), len(cols)))
		} else {
			for i, v := range rec {
				c.b.setText(&columns[cols[i]], v)
			}
			c.b.finish()
		}
		c.add()
	}
}

// header maps each position of the header row to a column. Unknown and
// repeated names and missing required columns are each an error of line
// 1; the returned message sums them up for the file's error.
func (c *collector) header(names []string) ([]int, string) {
	cols := make([]int, len(names))
	have := make([]bool, len(columns))
	var unknown, missing []string
	bad := func(field, msg string) { c.p.Errors.keep(catalog.RowError{Line: 1, Field: field, Message: msg}) }
	for i, n := range names {
		n = strings.ToLower(strings.TrimSpace(n))
		idx, known := columnIndex[n]
		switch {
		case n == "":
			bad("", fmt.Sprintf("column %d has no name", i+1))
			unknown = append(unknown, fmt.Sprintf("column %d", i+1))
		case !known:
			bad(clip(n), "unknown column")
			unknown = append(unknown, quote(n))
		case have[idx]:
			bad(n, "column appears twice")
			unknown = append(unknown, quote(n)+" again")
		default:
			cols[i], have[idx] = idx, true
		}
	}
	for i, col := range columns {
		if col.required && !have[i] {
			bad(col.name, "required column is missing")
			missing = append(missing, col.name)
		}
	}
	var msg []string
	if len(unknown) > 0 {
		msg = append(msg, "unknown or repeated columns "+strings.Join(unknown, ", "))
	}
	if len(missing) > 0 {
		msg = append(msg, "missing required columns "+strings.Join(missing, ", "))
	}
	if len(msg) == 0 {
		return cols, ""
	}
	return cols, strings.Join(msg, "; ") + " (the columns are " + strings.Join(Columns(), ", ") + ")"
}

// readFailed turns a CSV syntax error or a read failure into the fatal
// error of the file.
func (c *collector) readFailed(err error, line int) (*Parsed, error) {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return c.fatal(errs.Invalid, pe.Line, "", fmt.Sprintf("%v at column %d; the file cannot be read past this point", pe.Err, pe.Column))
	}
	return c.fatal(errs.Internal, line, "", "read: "+err.Error())
}

func blank(rec []string) bool {
	for _, v := range rec {
		if strings.TrimSpace(v) != "" {
			return false
		}
	}
	return true
}

// CSVWriter writes a CSV export file row by row, so an export of a million
// charms never holds them all.
type CSVWriter struct {
	w      *csv.Writer
	rec    []string
	header bool
}

// NewCSVWriter starts a CSV file on w.
func NewCSVWriter(w io.Writer) *CSVWriter { return &CSVWriter{w: csv.NewWriter(w)} }

// Write adds one row, after the header row on the first call.
func (cw *CSVWriter) Write(r catalog.ImportCharm) error {
	if err := cw.writeHeader(); err != nil {
		return err
	}
	cw.rec = record(&r, cw.rec[:0])
	if err := cw.w.Write(cw.rec); err != nil {
		return errs.Wrap("transfer.CSVWriter", err)
	}
	return nil
}

func (cw *CSVWriter) writeHeader() error {
	if cw.header {
		return nil
	}
	cw.header = true
	return errs.Wrap("transfer.CSVWriter", cw.w.Write(Columns()))
}

// Close ends the file (a file without rows still has its header) and
// flushes it; it does not close the underlying writer.
func (cw *CSVWriter) Close() error {
	if err := cw.writeHeader(); err != nil {
		return err
	}
	cw.w.Flush()
	return errs.Wrap("transfer.CSVWriter", cw.w.Error())
}

// WriteCSV writes rows as a CSV file.
func WriteCSV(w io.Writer, rows []catalog.ImportCharm) error {
	cw := NewCSVWriter(w)
	for _, r := range rows {
		if err := cw.Write(r); err != nil {
			return err
		}
	}
	return cw.Close()
}
