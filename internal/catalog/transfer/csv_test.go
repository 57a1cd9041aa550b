package transfer

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/errs"
)

func TestReadCSVGoodRows(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []catalog.ImportCharm
	}{
		{"EveryColumnInOrder", header + "\n" +
			`pm-cat-001,Forbidden City Guardian Cat,故宫御猫,palace-museum,,palace-cats,cultural,zinc_alloy|enamel,gold|red,heritage|animals,42,55,18,2025-09-01,59.90,CNY,,east_asia,recycled_metal,,"Cats have guarded the palace, they say.` + "\n" + `Since ""Ming"" times.",,yes,0,,PM-CAT-01,https://example.com/cat.jpg` + "\n" +
			`ss-0042, Lightstick Mini ,,seoul-stitch,idol-line,,functional,silicone,,,,,,,18500,krw,500,east_asia,,"Wipe, do not soak.",,"A, B; C	<tag> & more",false,TRUE,chase,,` + "\n" +
			`ta-1,Plain,,tiny-acrylic,,,acrylic,,,,,,,,,USD,,north_america,,,,,no,No,,,` + "\n",
			fixLines(sampleRows(), 2, 4, 5)},
		{"ColumnsInAnyOrderAndCase", " Category ,NAME,studio,external_id,list_price\nplush,Bun,soft-co,b-1,35\n",
			[]catalog.ImportCharm{{Line: 2, StudioSlug: "soft-co", Charm: catalog.Charm{ExternalID: "b-1", Name: "Bun", Category: "plush", ListPrice: 3500, Currency: "CNY"}}}},
		{"ByteOrderMark", "\uFEFFexternal_id,name,studio,category\nb-1,Bun,soft-co,plush\n",
			[]catalog.ImportCharm{{Line: 2, StudioSlug: "soft-co", Charm: catalog.Charm{ExternalID: "b-1", Name: "Bun", Category: "plush", Currency: "CNY"}}}},
		{"WindowsLineEndings", "external_id,name,studio,category,story\r\nb-1,Bun,soft-co,plush,\"one\r\ntwo\"\r\nb-2,Bao,soft-co,plush,x\r\n",
			[]catalog.ImportCharm{
				{Line: 2, StudioSlug: "soft-co", Charm: catalog.Charm{ExternalID: "b-1", Name: "Bun", Category: "plush", Currency: "CNY", Story: "one\ntwo"}},
				{Line: 4, StudioSlug: "soft-co", Charm: catalog.Charm{ExternalID: "b-2", Name: "Bao", Category: "plush", Currency: "CNY", Story: "x"}}}},
		{"ListsTrimmedAndEmptyItemsDropped", "external_id,name,studio,category,materials,colours\nb-1,Bun,soft-co,plush, cotton | silk |,|\n",
			[]catalog.ImportCharm{{Line: 2, StudioSlug: "soft-co", Charm: catalog.Charm{ExternalID: "b-1", Name: "Bun", Category: "plush", Currency: "CNY", Materials: []string{"cotton", "silk"}}}}},
		{"BlankRowsSkipped", "external_id,name,studio,category\n,,,\nb-1,Bun,soft-co,plush\n , ,,\n\n",
			[]catalog.ImportCharm{{Line: 3, StudioSlug: "soft-co", Charm: catalog.Charm{ExternalID: "b-1", Name: "Bun", Category: "plush", Currency: "CNY"}}}},
		{"HeaderOnly", "external_id,name,studio,category\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := mustRead(t, readCSV, tt.src)
			if l := p.Errors.List(); len(l) > 0 {
				t.Fatalf("unexpected errors: %v", l)
			}
			equalRows(t, p.Rows, tt.want, true)
		})
	}
}

// fixLines sets the lines of rows, which differ from sampleRows' when a
// quoted value spans lines.
func fixLines(rows []catalog.ImportCharm, lines ...int) []catalog.ImportCharm {
	for i := range rows {
		rows[i].Line = lines[i]
	}
	return rows
}

func TestReadCSVBadFields(t *testing.T) {
	tests := []struct {
		name, columns, values string
		field, msg            string
	}{
		{"AmountWithComma", "list_price", `"12,5"`, "list_price", `"12,5" is not an amount with at most 2 decimals`},
		{"AmountWithTooManyDecimals", "list_price", "59.901", "list_price", "at most 2 decimals"},
		{"AmountNegative", "list_price", "-3", "list_price", "is not an amount"},
		{"AmountExponent", "list_price", "1e3", "list_price", "is not an amount"},
		{"AmountWithSymbol", "list_price", "¥59", "list_price", "is not an amount"},
		{"AmountTrailingPoint", "list_price", "59.", "list_price", "is not an amount"},
		{"AmountDecimalsInWholeCurrency", "list_price,currency", "100.5,KRW", "list_price", `"100.5" is not a whole amount`},
		{"AmountTooLarge", "list_price", "1234567890123456", "list_price", "is too large"},
		{"UnknownCurrency", "list_price,currency", "5,XYZ", "currency", `"XYZ" is not a supported currency`},
		{"WholeNotANumber", "width_mm", "abc", "width_mm", `"abc" is not a whole number`},
		{"WholeWithDecimals", "height_mm", "4.5", "height_mm", "is not a whole number"},
		{"WholeNegative", "weight_g", "-1", "weight_g", "must not be negative"},
		{"WholeTooLarge", "edition_size", "99999999999", "edition_size", "is too large"},
		{"WholeOverflow", "edition_size", "99999999999999999999999", "edition_size", "is too large"},
		{"FlagNotABoolean", "nfc", "maybe", "nfc", `"maybe" is not true/false, yes/no or 1/0`},
		{"NameBlank", "story", "x", "name", "is required"},
		{"InvalidUTF8", "story", "caf\xe9", "story", "is not valid UTF-8"},
		{"NULCharacter", "description", "a\x00b", "description", "contains a NUL character"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name := "Bun"
			if tt.field == "name" {
				name = " "
			}
			src := fmt.Sprintf("external_id,name,studio,category,%s\nb-1,%s,soft-co,plush,%s\n", tt.columns, name, tt.values)
			p := mustRead(t, readCSV, src)
			if len(p.Rows) != 0 || p.Invalid != 1 {
				t.Fatalf("rows %d invalid %d, want 0 and 1", len(p.Rows), p.Invalid)
			}
			if l := p.Errors.List(); !hasError(l, 2, tt.field, tt.msg) {
				t.Fatalf("errors %v, want line 2 field %s: %s", l, tt.field, tt.msg)
			}
		})
	}
}

func TestReadCSVCollectsEveryRowError(t *testing.T) {
	src := "external_id,name,studio,category,list_price,nfc,width_mm\n" +
		"a,A,s,plush,12,5,maybe,x\n" + // one field too many
		"b,B,s,plush,1.234,maybe,x\n" + // three bad fields
		"c,C,s,plush,30,yes,10\n" + // good
		"b,B2,s,plush,1,no,1\n" + // b was bad, so this one is the first good b
		"c,C2,s,plush,1,no,1\n" + // duplicate of line 4
		",,s,,1,no,\n" // required values missing
	p := mustRead(t, readCSV, src)
	l := p.Errors.List()
	for _, want := range []catalog.RowError{
		{Line: 2, Field: "", Message: "has 8 fields but the header has 7"},
		{Line: 3, Field: "list_price", Message: "at most 2 decimals"},
		{Line: 3, Field: "nfc", Message: "is not true/false"},
		{Line: 3, Field: "width_mm", Message: "is not a whole number"},
		{Line: 6, Field: "external_id", Message: `"c" already appears on line 4`},
		{Line: 7, Field: "external_id", Message: "is required"},
		{Line: 7, Field: "name", Message: "is required"},
		{Line: 7, Field: "category", Message: "is required"},
	} {
		if !hasError(l, want.Line, want.Field, want.Message) {
			t.Errorf("missing %s", Format(want))
		}
	}
	if len(l) != 8 || p.Invalid != 4 || len(p.Rows) != 2 {
		t.Fatalf("got %d errors, %d invalid, %d rows; want 8, 4, 2: %v", len(l), p.Invalid, len(p.Rows), l)
	}
}

func TestReadCSVFileErrors(t *testing.T) {
	tests := []struct {
		name, src  string
		line       int
		field, msg string
	}{
		{"Empty", "", 1, "", "the file is empty"},
		{"OnlyByteOrderMark", "\uFEFF", 1, "", "the file is empty"},
		{"MissingRequiredColumn", "external_id,name,category\nb,B,plush\n", 1, "studio", "required column is missing"},
		{"UnknownColumn", "external_id,name,studio,category,colour\n", 1, "colour", "unknown column"},
		{"RepeatedColumn", "external_id,name,studio,category,name\n", 1, "name", "column appears twice"},
		{"UnnamedColumn", "external_id,name,studio,category,\n", 1, "", "column 5 has no name"},
		{"BrokenQuoting", "external_id,name,studio,category\nb,B,s,plush\nc,\"C,s,plush\n", 3, "", "extraneous or missing \" in quoted-field"},
		{"BareQuote", "external_id,name,studio,category\nb,B\"x,s,plush\n", 2, "", "bare \" in non-quoted-field"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := ReadCSV(strings.NewReader(tt.src))
			if !errs.Is(err, errs.Invalid) {
				t.Fatalf("err = %v, want an Invalid error", err)
			}
			if !strings.Contains(err.Error(), fmt.Sprintf("line %d", tt.line)) {
				t.Errorf("err %q does not name line %d", err, tt.line)
			}
			if l := p.Errors.List(); !hasError(l, tt.line, tt.field, tt.msg) {
				t.Fatalf("errors %v, want line %d field %q: %s", l, tt.line, tt.field, tt.msg)
			}
		})
	}
}

func TestReadCSVCapsErrors(t *testing.T) {
	var b strings.Builder
	b.WriteString("external_id,name,studio,category,width_mm\n")
	const bad = MaxErrors + 500
	for i := range bad {
		fmt.Fprintf(&b, "b-%d,B,s,plush,wide\n", i)
	}
	fmt.Fprintf(&b, "good,G,s,plush,3\n")
	p := mustRead(t, readCSV, b.String())
	l := p.Errors.List()
	if len(l) != MaxErrors+1 || p.Errors.Len() != bad || p.Invalid != bad || len(p.Rows) != 1 {
		t.Fatalf("kept %d errors of %d, %d invalid, %d rows", len(l), p.Errors.Len(), p.Invalid, len(p.Rows))
	}
	if last := l[len(l)-1]; last.Message != "500 more errors not shown" || last.Line != MaxErrors+2 {
		t.Errorf("last entry = %s", Format(last))
	}
}

func TestFormat(t *testing.T) {
	got := Format(catalog.RowError{Line: 14, Field: "list_price", Message: `"12,5" is not an amount with at most 2 decimals`})
	if want := `line 14, field list_price: "12,5" is not an amount with at most 2 decimals`; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if got := Format(catalog.RowError{Line: 3, Message: "has 2 fields"}); got != "line 3: has 2 fields" {
		t.Errorf("without field: %s", got)
	}
}
