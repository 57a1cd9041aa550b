package transfer

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/errs"
)

func TestReadJSONGoodRows(t *testing.T) {
	bun := func(line int, price int64) catalog.ImportCharm {
		return catalog.ImportCharm{Line: line, StudioSlug: "soft-co", Charm: catalog.Charm{
			ExternalID: "b-1", Name: "Bun", Category: "plush", ListPrice: price, Currency: "CNY"}}
	}
	tests := []struct {
		name string
		src  string
		want []catalog.ImportCharm
	}{
		{"PrettyPrintedLinesOfEachObject", "[\n  {\n    \"external_id\": \"b-1\",\n    \"name\": \"Bun\",\n    \"studio\": \"soft-co\",\n    \"category\": \"plush\"\n  },\n  {\n    \"external_id\": \"b-2\", \"name\": \"Bao\", \"studio\": \"soft-co\", \"category\": \"plush\",\n    \"materials\": [\"cotton\", \" silk \", \"\"], \"nfc\": true, \"width_mm\": 40\n  }\n]\n",
			[]catalog.ImportCharm{bun(2, 0), {Line: 8, StudioSlug: "soft-co", Charm: catalog.Charm{
				ExternalID: "b-2", Name: "Bao", Category: "plush", Currency: "CNY", Materials: []string{"cotton", "silk"}, NFC: true, WidthMM: 40}}}},
		{"PriceAsDecimalString", `[{"external_id":"b-1","name":"Bun","studio":"soft-co","category":"plush","list_price":"59.90"}]`, []catalog.ImportCharm{bun(1, 5990)}},
		{"PriceAsNumber", `[{"external_id":"b-1","name":"Bun","studio":"soft-co","category":"plush","list_price":59.9}]`, []catalog.ImportCharm{bun(1, 5990)}},
		{"NullIsEmpty", `[{"external_id":"b-1","name":"Bun","studio":"soft-co","category":"plush","list_price":null,"materials":null,"ip":null,"nfc":null,"width_mm":null}]`, []catalog.ImportCharm{bun(1, 0)}},
		{"ByteOrderMark", "\uFEFF[{\"external_id\":\"b-1\",\"name\":\"Bun\",\"studio\":\"soft-co\",\"category\":\"plush\"}]", []catalog.ImportCharm{bun(1, 0)}},
		{"ProseKeptExactlyNamesTrimmed", `[{"external_id":" b-1 ","name":" Bun\n","studio":"soft-co","category":"plush","story":" once\r\nupon "}]`,
			[]catalog.ImportCharm{{Line: 1, StudioSlug: "soft-co", Charm: catalog.Charm{ExternalID: "b-1", Name: "Bun", Category: "plush", Currency: "CNY", Story: " once\r\nupon "}}}},
		{"EmptyArray", " [ ] \n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := mustRead(t, readJSON, tt.src)
			if l := p.Errors.List(); len(l) > 0 {
				t.Fatalf("unexpected errors: %v", l)
			}
			equalRows(t, p.Rows, tt.want, true)
		})
	}
}

func TestReadJSONBadFields(t *testing.T) {
	tests := []struct {
		name, fields string
		field, msg   string
	}{
		{"NameIsNumber", `"name":5`, "name", "is a number, want a string"},
		{"ListIsString", `"materials":"cotton|silk"`, "materials", "is a string, want an array of strings"},
		{"ListOfNumbers", `"colours":[1,2]`, "colours", "is an array, want an array of strings"},
		{"ListItemWithBar", `"themes":["kpop|y2k"]`, "themes", `contains "|"`},
		{"WholeIsString", `"width_mm":"12"`, "width_mm", "is a string, want a whole number"},
		{"WholeWithFraction", `"width_mm":1.5`, "width_mm", `"1.5" is not a whole number`},
		{"WholeNegative", `"edition_size":-5`, "edition_size", "must not be negative"},
		{"FlagIsString", `"nfc":"yes"`, "nfc", "is a string, want true or false"},
		{"FlagIsNumber", `"official":1`, "official", "is a number, want true or false"},
		{"PriceIsBoolean", `"list_price":true`, "list_price", "is a boolean, want a decimal string or number"},
		{"PriceWithComma", `"list_price":"12,5"`, "list_price", `"12,5" is not an amount with at most 2 decimals`},
		{"PriceWithExponent", `"list_price":1e3`, "list_price", `"1e3" is not an amount`},
		{"PriceTooPrecise", `"list_price":59.999`, "list_price", "at most 2 decimals"},
		{"CurrencyIsObject", `"currency":{"code":"CNY"}`, "currency", "is an object, want a string"},
		{"UnknownField", `"colour":"red"`, "colour", "unknown field"},
		{"RepeatedField", `"story":"a","story":"b"`, "story", "appears twice"},
		{"NUL", `"story":"a\u0000b"`, "story", "contains a NUL character"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := fmt.Sprintf("[\n{\"external_id\":\"b-1\",\"name\":\"Bun\",\"studio\":\"soft-co\",\"category\":\"plush\",%s}\n]", tt.fields)
			if tt.field == "name" {
				src = strings.Replace(src, `"name":"Bun",`, "", 1)
			}
			p := mustRead(t, readJSON, src)
			if len(p.Rows) != 0 || p.Invalid != 1 {
				t.Fatalf("rows %d invalid %d, want 0 and 1", len(p.Rows), p.Invalid)
			}
			if l := p.Errors.List(); !hasError(l, 2, tt.field, tt.msg) {
				t.Fatalf("errors %v, want line 2 field %s: %s", l, tt.field, tt.msg)
			}
		})
	}
}

func TestReadJSONCollectsEveryRowError(t *testing.T) {
	src := `[
{"external_id":"a","name":"A","studio":"s","category":"plush","width_mm":"x","nfc":"no"},
42,
[1, [2], {"x": 3}],
{"external_id":"c","name":"C","studio":"s","category":"plush"},
{"external_id":"c","name":"C2","studio":"s","category":"plush"},
{}
]`
	p := mustRead(t, readJSON, src)
	l := p.Errors.List()
	for _, want := range []catalog.RowError{
		{Line: 2, Field: "width_mm", Message: "is a string"},
		{Line: 2, Field: "nfc", Message: "is a string"},
		{Line: 3, Message: "expected an object, found a number"},
		{Line: 4, Message: "expected an object, found an array"},
		{Line: 6, Field: "external_id", Message: `"c" already appears on line 5`},
		{Line: 7, Field: "external_id", Message: "is required"},
		{Line: 7, Field: "studio", Message: "is required"},
	} {
		if !hasError(l, want.Line, want.Field, want.Message) {
			t.Errorf("missing %s", Format(want))
		}
	}
	if p.Invalid != 5 || len(p.Rows) != 1 || p.Rows[0].Line != 5 {
		t.Fatalf("invalid %d, rows %+v; errors %v", p.Invalid, p.Rows, l)
	}
}

func TestReadJSONFileErrors(t *testing.T) {
	tests := []struct {
		name, src string
		line      int
		msg       string
	}{
		{"Empty", "  \n", 1, "the file is empty"},
		{"NotAnArray", "{\"external_id\":\"b\"}", 1, "must be a JSON array"},
		{"SyntaxError", "[\n{\"external_id\":\"b\",\n\"name\": }\n]", 3, "invalid character '}'"},
		{"Truncated", "[\n{\"external_id\":\"b\",\n\"name\":\"B\"", 3, "ends in the middle of the array"},
		{"MissingComma", "[\n{\"external_id\":\"a\"}\n{\"external_id\":\"b\"}]", 3, "invalid character '{' after array element"},
		{"DataAfterArray", "[]\n[]", 2, "unexpected data after the closing bracket"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := ReadJSON(strings.NewReader(tt.src))
			if !errs.Is(err, errs.Invalid) {
				t.Fatalf("err = %v, want an Invalid error", err)
			}
			if l := p.Errors.List(); !hasError(l, tt.line, "", tt.msg) {
				t.Fatalf("errors %v, want line %d: %s", l, tt.line, tt.msg)
			}
		})
	}
}
