package collection

import (
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/charmory/charmory/internal/collection/csvmap"
	"github.com/charmory/charmory/internal/errs"
)

// Ways a row matched.
const (
	matchID        = "id"
	matchSKU       = "sku"
	matchName      = "name"
	matchAmbiguous = "ambiguous"
	matchOneOff    = "one_off"
)

// importPlan is an import file read, matched and checked: what a commit
// would write, and every problem, before anything is written.
type importPlan struct {
	headers []string
	mapping map[string]string // target → header
	rows    int               // data rows read, bad ones included
	planned []plannedRow      // the good rows, by line
	errors  []RowError        // every problem, by line
	items   int               // items the good rows make
}

// plannedRow is one good row: the item it makes, quantity times.
type plannedRow struct {
	line       int
	on         string // the target matched on: charm, sku, name
	value      string // the value matched on
	match      string
	charm      *charmRef
	candidates []*charmRef // when ambiguous
	fallback   string      // the one-off's title if an ambiguous row is chosen to be one
	in         ItemInput
	box        string
	qty        int
}

// planImport reads content with mapping m (guessed when empty) and
// matches and checks every row for owner. Errors: Invalid (the file or the
// mapping; bad rows are in the plan), TooLarge, NotFound (no such owner).
func (s *Service) planImport(ctx context.Context, owner int64, content string, m Mapping) (*importPlan, error) {
	const op = "import"
	content, err := decodeContent(content)
	if err != nil {
		return nil, err
	}
	file, err := csvmap.Read(strings.NewReader(content), importSchema, m)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	if !slices.ContainsFunc([]string{"charm", "sku", "name", "title"}, func(t string) bool { return file.Mapping[t] != "" }) {
		return nil, errs.E(op, errs.Invalid, "map a column to charm, sku, name or title, so each row says which charm it is")
	}
	currency, err := s.ownerCurrency(ctx, owner)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	w := newWanted()
	for _, r := range file.Rows {
		if v := r.Values["charm"]; v != "" {
			w.addCharm(v)
			w.names[matchKey(v)] = true // a charm column may hold names
		}
		if v := r.Values["sku"]; v != "" {
			w.skus[v] = true
		}
		if v := r.Values["name"]; v != "" {
			w.names[matchKey(v)] = true
		}
	}
	lk, err := s.loadLookup(ctx, w)
	if err != nil {
		return nil, err
	}
	p := &importPlan{headers: file.Headers, mapping: file.Mapping, rows: len(file.Rows) + len(file.Errors)}
	for _, e := range file.Errors {
		p.errors = append(p.errors, RowError{Line: e.Line, Message: e.Message})
	}
	today := s.today()
	for _, r := range file.Rows {
		p.add(r, lk, currency, today)
	}
	slices.SortStableFunc(p.errors, func(a, b RowError) int { return a.Line - b.Line })
	if p.items > maxImportItems {
		return nil, errs.Ef(op, errs.TooLarge, "the file would make %d items; one import makes %d at most", p.items, maxImportItems)
	}
	return p, nil
}

// decodeContent accepts the encodings spreadsheets save CSV in; UTF-8 text
// is used as it is.
func decodeContent(content string) (string, error) {
	if len(content) <= csvmap.MaxBytes && utf8.ValidString(content) && strings.IndexByte(content, 0) < 0 {
		return content, nil
	}
	return csvmap.Decode([]byte(content))
}

// add plans one row, or records its problems.
func (p *importPlan) add(r csvmap.Row, lk *charmLookup, currency, today string) {
	b := rowBuilder{plan: p, line: r.Line, v: r.Values}
	pr := plannedRow{line: r.Line}
	b.match(&pr, lk)
	b.fields(&pr, currency)
	if pr.match != "" {
		b.validate(&pr, today)
	}
	if b.bad {
		return
	}
	p.planned = append(p.planned, pr)
	p.items += pr.qty
}

// rowBuilder turns one row's values into a planned row, recording
// problems against the row's line and the file's column headers.
type rowBuilder struct {
	plan *importPlan
	line int
	v    map[string]string
	bad  bool
	seen map[string]bool // fields already reported
}

// fail records a problem with target's column; one per field.
func (b *rowBuilder) fail(target, msg string) {
	if b.seen == nil {
		b.seen = map[string]bool{}
	}
	b.bad = true
	if b.seen[target] {
		return
	}
	b.seen[target] = true
	col := b.plan.mapping[target]
	if col == "" && target == "title" {
		col = b.plan.mapping["name"] // a one-off's title comes from its name
	}
	b.plan.errors = append(b.plan.errors, RowError{Line: b.line, Column: col, Field: target, Message: msg})
}
