package transfer

import (
	"fmt"
	"strings"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/money"
)

// rowBuilder fills one ImportCharm from a file's values and collects what
// is wrong with them, so that one row reports all its bad fields at once.
type rowBuilder struct {
	row   catalog.ImportCharm
	price string // list_price as written, parsed once the currency is known
	crlf  bool   // turn "\r\n" and "\r" in text into "\n" (CSV)
	errs  []catalog.RowError
}

// reset starts a new row read from line.
func (b *rowBuilder) reset(line int) {
	b.row = catalog.ImportCharm{Line: line}
	b.price = ""
	b.errs = b.errs[:0]
}

func (b *rowBuilder) fail(field, msg string) {
	b.errs = append(b.errs, catalog.RowError{Line: b.row.Line, Field: field, Message: msg})
}

// setText stores a value written as text: every CSV value, and JSON
// strings and numbers.
func (b *rowBuilder) setText(c *column, s string) {
	if c.kind == line || c.kind == list {
		s = strings.TrimSpace(s)
	}
	s, msg := cleanText(s)
	if msg == "" && b.crlf {
		s = normaliseNewlines(s)
	}
	if msg != "" {
		b.fail(c.name, msg)
		return
	}
	switch c.kind {
	case text, line:
		*c.ref(&b.row).(*string) = s
	case list:
		*c.ref(&b.row).(*[]string) = splitList(s)
	case whole:
		n, msg := parseWhole(s)
		b.check(c, msg)
		*c.ref(&b.row).(*int) = n
	case flag:
		v, msg := parseBool(s)
		b.check(c, msg)
		*c.ref(&b.row).(*bool) = v
	case amount:
		b.price = strings.TrimSpace(s)
	}
}

// setList stores a list given item by item (JSON arrays).
func (b *rowBuilder) setList(c *column, items []string) {
	var out []string
	for _, item := range items {
		item, msg := cleanText(strings.TrimSpace(item))
		if msg == "" && strings.Contains(item, "|") {
			msg = quote(item) + ` contains "|", which separates items in CSV files`
		}
		if msg != "" {
			b.fail(c.name, msg)
			return
		}
		if item != "" {
			out = append(out, item)
		}
	}
	*c.ref(&b.row).(*[]string) = out
}

func (b *rowBuilder) check(c *column, msg string) {
	if msg != "" {
		b.fail(c.name, msg)
	}
}

// finish applies the checks that need the whole row: the currency (CNY
// when empty) decides how many decimals list_price may have, and required
// columns must not be blank.
func (b *rowBuilder) finish() {
	ch := &b.row.Charm
	ch.Currency = strings.ToUpper(ch.Currency)
	if ch.Currency == "" {
		ch.Currency = money.Default
	}
	cur, ok := money.Lookup(ch.Currency)
	switch {
	case !ok:
		b.fail("currency", fmt.Sprintf("%s is not a supported currency (%s)", quote(ch.Currency), strings.Join(money.Codes, ", ")))
	case b.price != "":
		n, msg := parseAmount(b.price, cur.Exponent)
		b.check(&columns[columnIndex["list_price"]], msg)
		ch.ListPrice = n
	}
	for i := range columns {
		c := &columns[i]
		if c.required && strings.TrimSpace(c.format(&b.row)) == "" && !b.failed(c.name) {
			b.fail(c.name, "is required")
		}
	}
}

// failed reports whether field already has an error in this row.
func (b *rowBuilder) failed(field string) bool {
	for _, e := range b.errs {
		if e.Field == field {
			return true
		}
	}
	return false
}

// normaliseNewlines turns Windows and old Mac line breaks into "\n". The
// CSV reader already folds most "\r\n" pairs; doing it for every "\r" makes
// a value read back from a written file identical to the one written.
func normaliseNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}
