package transfer

import (
	"encoding/json"
	"fmt"
	"strconv"
)

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
