package transfer

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/charmory/charmory/internal/errs"
)

// ReadJSON reads a JSON import file: an array of objects whose keys are the
// CSV column names, lists as arrays of strings, list_price as a decimal
// string or a number of major units. The file is decoded one token at a
// time, so only the rows are kept in memory, each with the line of its
// opening brace. Errors are reported as by ReadCSV.
func ReadJSON(r io.Reader) (*Parsed, error) {
	c := newCollector("transfer.ReadJSON", false)
	lr := newLineReader(skipBOM(r))
	jr := &jsonReader{c: c, lr: lr, dec: json.NewDecoder(lr)}
	jr.dec.UseNumber() // keep numbers as written: 59.90 must not pass through a float
	tok, err := jr.dec.Token()
	if err == io.EOF {
		return c.fatal(errs.Invalid, 1, "", "the file is empty; it needs a JSON array of objects")
	}
	if err != nil {
		return jr.syntax(err)
	}
	if tok != json.Delim('[') {
		return c.fatal(errs.Invalid, jr.line(), "", "the file must be a JSON array of objects, [ {…}, {…} ]")
	}
	for jr.dec.More() {
		if err := jr.element(); err != nil {
			return jr.syntax(err)
		}
	}
	if _, err := jr.dec.Token(); err != nil { // the closing bracket
		return jr.syntax(err)
	}
	if _, err := jr.dec.Token(); err != io.EOF {
		if err != nil {
			return jr.syntax(err)
		}
		return c.fatal(errs.Invalid, jr.line(), "", "unexpected data after the closing bracket of the array")
	}
	return c.done()
}

type jsonReader struct {
	c   *collector
	lr  *lineReader
	dec *json.Decoder
}

// line is the line of the token the decoder returned last.
func (jr *jsonReader) line() int { return jr.lr.lineAt(max(jr.dec.InputOffset()-1, 0)) }

// element reads one array element as a row. Only syntax errors are
// returned; everything else is the row's error.
func (jr *jsonReader) element() error {
	tok, err := jr.dec.Token()
	if err != nil {
		return err
	}
	b := &jr.c.b
	b.reset(jr.line())
	if tok != json.Delim('{') {
		b.fail("", fmt.Sprintf("expected an object, found %s", describe(tok)))
		jr.c.add()
		return skip(jr.dec, tok)
	}
	seen := make([]bool, len(columns))
	for jr.dec.More() {
		key, err := jr.dec.Token()
		if err != nil {
			return err
		}
		name, _ := key.(string)
		idx, known := columnIndex[name]
		switch {
		case !known:
			b.fail(clip(name), "unknown field; the fields are the CSV column names")
			err = jr.skipValue()
		case seen[idx]:
			b.fail(name, "appears twice in the object")
			err = jr.skipValue()
		default:
			seen[idx] = true
			err = jr.value(&columns[idx])
		}
		if err != nil {
			return err
		}
	}
	if _, err := jr.dec.Token(); err != nil { // the closing brace
		return err
	}
	b.finish()
	jr.c.add()
	return nil
}

// syntax turns a decoding error into the fatal error of the file.
func (jr *jsonReader) syntax(err error) (*Parsed, error) {
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		return jr.c.fatal(errs.Invalid, jr.lr.lineAt(se.Offset), "", se.Error()+"; the file cannot be read past this point")
	case errors.Is(err, io.ErrUnexpectedEOF) || err == io.EOF:
		return jr.c.fatal(errs.Invalid, jr.lr.lineAt(jr.lr.read), "", "the file ends in the middle of the array")
	}
	return jr.c.fatal(errs.Internal, jr.lr.lineAt(jr.dec.InputOffset()), "", "read: "+err.Error())
}
