package transfer

import (
	"bytes"
	"encoding/json"
	"io"
	"strconv"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/errs"
)

// JSONWriter writes a JSON export file row by row: an array with one object
// per line, so the line of each object is its row number plus one and a
// million charms are never held at once. Optional fields are left out when
// empty; lists, prices, currency, region and flags are always written.
type JSONWriter struct {
	w    io.Writer
	buf  bytes.Buffer
	enc  *json.Encoder
	rows int
}

// NewJSONWriter starts a JSON file on w.
func NewJSONWriter(w io.Writer) *JSONWriter {
	jw := &JSONWriter{w: w}
	jw.enc = json.NewEncoder(&jw.buf)
	jw.enc.SetEscapeHTML(false) // stories quote "<" and "&" more often than browsers read these files
	return jw
}

// Write adds one row.
func (jw *JSONWriter) Write(r catalog.ImportCharm) error {
	jw.buf.Reset()
	if jw.rows == 0 {
		jw.buf.WriteString("[\n")
	} else {
		jw.buf.WriteString(",\n")
	}
	jw.rows++
	jw.buf.WriteByte('{')
	first := true
	for i := range columns {
		c := &columns[i]
		if !c.always && c.empty(&r) {
			continue
		}
		if !first {
			jw.buf.WriteByte(',')
		}
		first = false
		jw.str(c.name)
		jw.buf.WriteByte(':')
		jw.value(c, &r)
	}
	jw.buf.WriteByte('}')
	_, err := jw.w.Write(jw.buf.Bytes())
	return errs.Wrap("transfer.JSONWriter", err)
}

func (jw *JSONWriter) value(c *column, r *catalog.ImportCharm) {
	switch v := c.ref(r).(type) {
	case *string:
		jw.str(*v)
	case *[]string:
		jw.buf.WriteByte('[')
		for i, s := range *v {
			if i > 0 {
				jw.buf.WriteByte(',')
			}
			jw.str(s)
		}
		jw.buf.WriteByte(']')
	case *int:
		jw.buf.WriteString(strconv.Itoa(*v))
	case *bool:
		jw.buf.WriteString(strconv.FormatBool(*v))
	case *int64:
		jw.str(c.format(r)) // a string, so no reader turns 59.90 into a float
	}
}

// str appends s as a JSON string.
func (jw *JSONWriter) str(s string) {
	jw.enc.Encode(s) // cannot fail for a string
	jw.buf.Truncate(jw.buf.Len() - 1)
}

// Close ends the array; it does not close the underlying writer.
func (jw *JSONWriter) Close() error {
	end := "\n]\n"
	if jw.rows == 0 {
		end = "[]\n"
	}
	_, err := io.WriteString(jw.w, end)
	return errs.Wrap("transfer.JSONWriter", err)
}

// WriteJSON writes rows as a JSON file.
func WriteJSON(w io.Writer, rows []catalog.ImportCharm) error {
	jw := NewJSONWriter(w)
	for _, r := range rows {
		if err := jw.Write(r); err != nil {
			return err
		}
	}
	return jw.Close()
}
