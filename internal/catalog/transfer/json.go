package transfer

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"

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
			b.fail(name, "unknown field; the fields are the CSV column names")
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

// skip reads past the rest of a value whose first token was tok.
func skip(dec *json.Decoder, tok json.Token) error {
	if tok != json.Delim('[') && tok != json.Delim('{') {
		return nil
	}
	for depth := 1; depth > 0; {
		t, err := dec.Token()
		if err != nil {
			return err
		}
		switch t {
		case json.Delim('['), json.Delim('{'):
			depth++
		case json.Delim(']'), json.Delim('}'):
			depth--
		}
	}
	return nil
}

// describe names the JSON type of a token for messages.
func describe(tok json.Token) string {
	switch v := tok.(type) {
	case json.Delim:
		if v == '[' {
			return "an array"
		}
		return "an object"
	case string:
		return "a string"
	case float64, json.Number:
		return "a number"
	case bool:
		return "a boolean"
	}
	return "null"
}

// skipValue reads past the next value.
func (jr *jsonReader) skipValue() error {
	tok, err := jr.dec.Token()
	if err != nil {
		return err
	}
	return skip(jr.dec, tok)
}

// value reads the next value into column c of the row, checking that its
// JSON type suits the column; null means empty. Values are read as tokens
// (numbers as their literal text) so that each is scanned once.
func (jr *jsonReader) value(c *column) error {
	b := &jr.c.b
	tok, err := jr.dec.Token()
	if err != nil {
		return err
	}
	if tok == nil {
		return nil
	}
	switch v := tok.(type) {
	case string:
		if c.kind == text || c.kind == line || c.kind == amount {
			b.setText(c, v)
			return nil
		}
	case json.Number:
		if c.kind == whole || c.kind == amount {
			b.setText(c, v.String())
			return nil
		}
	case bool:
		if c.kind == flag {
			b.setText(c, strconv.FormatBool(v))
			return nil
		}
	case json.Delim:
		if c.kind == list && v == '[' {
			return jr.list(c)
		}
	}
	b.fail(c.name, fmt.Sprintf("is %s, want %s", describe(tok), want(c.kind)))
	return skip(jr.dec, tok)
}

// list reads the items of an array of strings, after its opening bracket.
func (jr *jsonReader) list(c *column) error {
	var items []string
	ok := true
	for jr.dec.More() {
		tok, err := jr.dec.Token()
		if err != nil {
			return err
		}
		if s, isString := tok.(string); isString {
			items = append(items, s)
			continue
		}
		ok = false
		if err := skip(jr.dec, tok); err != nil {
			return err
		}
	}
	if _, err := jr.dec.Token(); err != nil { // the closing bracket
		return err
	}
	if !ok {
		jr.c.b.fail(c.name, "is an array, want an array of strings")
		return nil
	}
	jr.c.b.setList(c, items)
	return nil
}

// want names the JSON type a column takes, for messages.
func want(k kind) string {
	switch k {
	case list:
		return "an array of strings"
	case whole:
		return "a whole number"
	case flag:
		return "true or false"
	case amount:
		return "a decimal string or number"
	}
	return "a string"
}
