package csvmap

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/errs"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

var schema = Schema{
	Targets: []string{"name", "title", "price_paid", "quantity", "memory", "currency"},
	Guesses: map[string][]string{
		"name":       {"name", "charm", "title"},
		"title":      {"title", "nickname"},
		"price_paid": {"price_paid", "paid", "price"},
		"quantity":   {"qty"},
		"memory":     {"notes"},
	},
}

func TestRead(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		mapping map[string]string
		want    []Row
		errs    []RowError
		guess   map[string]string
	}{
		{"CommaWithBOMAndQuotes", "\ufeffName,Paid,Notes\nGuardian Cat,59.00,\"first drop, rainy day\"\n",
			nil, []Row{{2, map[string]string{"name": "Guardian Cat", "price_paid": "59.00", "memory": "first drop, rainy day"}}}, nil,
			map[string]string{"name": "Name", "price_paid": "Paid", "memory": "Notes"}},
		{"SemicolonSniffed", "Title;Price;Qty\nDragon, red;12,50;2\n",
			nil, []Row{{2, map[string]string{"name": "Dragon, red", "price_paid": "12,50", "quantity": "2"}}}, nil,
			map[string]string{"name": "Title", "price_paid": "Price", "quantity": "Qty"}},
		{"TabSniffed", "charm\tqty\n  Moon Rabbit  \t3\n",
			nil, []Row{{2, map[string]string{"name": "Moon Rabbit", "quantity": "3"}}}, nil, nil},
		{"ExplicitMappingIgnoresCaseAndSpaces", "Item , Cost\nA,1\n",
			map[string]string{"name": " item", "price_paid": "COST", "memory": ""},
			[]Row{{2, map[string]string{"name": "A", "price_paid": "1"}}}, nil,
			map[string]string{"name": "Item", "price_paid": "Cost"}},
		{"LinesArePhysical", "name,notes\nA,\"two\nlines\"\n\n,\nB,x\n",
			nil, []Row{{2, map[string]string{"name": "A", "memory": "two\nlines"}}, {6, map[string]string{"name": "B", "memory": "x"}}}, nil, nil},
		{"RaggedRowsAreErrors", "name,paid\nA,1\nB\nC,3,extra\nD,4\n",
			nil, []Row{{2, map[string]string{"name": "A", "price_paid": "1"}}, {5, map[string]string{"name": "D", "price_paid": "4"}}},
			[]RowError{{3, "has 1 fields but the header has 2"}, {4, "has 3 fields but the header has 2"}}, nil},
		{"TargetsWithoutGuessesMatchTheirName", "Name,Currency,Memory,Quantity\nA,usd,m,2\n",
			nil, []Row{{2, map[string]string{"name": "A", "currency": "usd"}}}, nil,
			map[string]string{"name": "Name", "currency": "Currency"}},
		{"TitleBecomesTitleWhenNameExists", "Name,Title\nA,B\n",
			nil, []Row{{2, map[string]string{"name": "A", "title": "B"}}}, nil,
			map[string]string{"name": "Name", "title": "Title"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Read(strings.NewReader(tt.in), schema, tt.mapping)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(f.Rows, tt.want) {
				t.Errorf("rows = %+v\nwant %+v", f.Rows, tt.want)
			}
			if !reflect.DeepEqual(f.Errors, tt.errs) {
				t.Errorf("errors = %+v, want %+v", f.Errors, tt.errs)
			}
			if tt.guess != nil && !reflect.DeepEqual(f.Mapping, tt.guess) {
				t.Errorf("mapping = %v, want %v", f.Mapping, tt.guess)
			}
		})
	}
}

func TestReadRefuses(t *testing.T) {
	tests := []struct {
		name, in string
		mapping  map[string]string
		kind     errs.Kind
		msg      string
	}{
		{"Empty", "", nil, errs.Invalid, "the file is empty"},
		{"BlankHeader", " , \nA,B\n", nil, errs.Invalid, "names no columns"},
		{"MissingColumn", "Name,Price\n", map[string]string{"price_paid": "Paid"}, errs.Invalid, `no column "Paid"; its columns are "Name", "Price"`},
		{"UnknownTarget", "Name\n", map[string]string{"colour": "Name"}, errs.Invalid, `"colour" is not a field`},
		{"DuplicateMappedColumn", "Name,name\nA,B\n", map[string]string{"name": "NAME"}, errs.Invalid, `two columns named "Name"`},
		{"BrokenQuoting", "name,notes\nA,\"ok\"\nB,\"open\" x\n", nil, errs.Invalid, "line 3: extraneous or missing \" in quoted-field"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(strings.NewReader(tt.in), schema, tt.mapping)
			if !errs.Is(err, tt.kind) || !strings.Contains(errs.Message(err), tt.msg) {
				t.Fatalf("err = %v, want %v containing %q", err, tt.kind, tt.msg)
			}
		})
	}
}

func TestReadLimits(t *testing.T) {
	t.Run("TooManyRows", func(t *testing.T) {
		var b strings.Builder
		b.WriteString("name\n")
		for range MaxRows + 1 {
			b.WriteString("x\n")
		}
		if _, err := Read(strings.NewReader(b.String()), schema, nil); !errs.Is(err, errs.TooLarge) {
			t.Fatalf("err = %v, want TooLarge", err)
		}
	})
	t.Run("TooManyBytes", func(t *testing.T) {
		big := "name,notes\nx," + strings.Repeat("y", MaxBytes) + "\n"
		if _, err := Read(strings.NewReader(big), schema, nil); !errs.Is(err, errs.TooLarge) {
			t.Fatalf("err = %v, want TooLarge", err)
		}
		if _, err := Decode([]byte(big)); !errs.Is(err, errs.TooLarge) {
			t.Fatalf("decode err = %v, want TooLarge", err)
		}
	})
	t.Run("ExactlyMaxRowsIsFine", func(t *testing.T) {
		var b strings.Builder
		b.WriteString("name\n")
		for range MaxRows {
			b.WriteString("x\n")
		}
		f, err := Read(strings.NewReader(b.String()), schema, nil)
		if err != nil || len(f.Rows) != MaxRows {
			t.Fatalf("rows %d, err %v", len(f.Rows), err)
		}
	})
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"Price Paid": "price_paid", " price-paid ": "price_paid", "PRICE_PAID": "price_paid",
		"Price (CNY)": "price_cny", "名称": "名称", "__": "",
	} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDecode(t *testing.T) {
	const text = "名称,价格\n御猫,59\n"
	utf16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(text))
	utf16be, _ := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(text))
	gb, _ := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(text))
	for name, in := range map[string][]byte{"UTF8": []byte(text), "UTF16LE": utf16, "UTF16BE": utf16be, "GB18030": gb} {
		t.Run(name, func(t *testing.T) {
			got, err := Decode(in)
			if err != nil || strings.TrimPrefix(got, "\ufeff") != text {
				t.Fatalf("Decode = %q, %v", got, err)
			}
		})
	}
	t.Run("BinaryIsRefused", func(t *testing.T) {
		for _, in := range [][]byte{{0x89, 'P', 'N', 'G', 0, 0, 0xff, 0x80, 0x81}, []byte("a,b\n\x00\x00")} {
			if _, err := Decode(in); !errs.Is(err, errs.Invalid) {
				t.Errorf("Decode(%q) err = %v, want Invalid", in, err)
			}
		}
	})
}

func TestHeaders(t *testing.T) {
	h, err := Headers(bytes.NewReader([]byte("\ufeff Name ;Paid\nA;1\n")))
	if err != nil || !reflect.DeepEqual(h, []string{"Name", "Paid"}) {
		t.Fatalf("Headers = %q, %v", h, err)
	}
}
