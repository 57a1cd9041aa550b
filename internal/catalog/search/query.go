package search

import (
	"fmt"
	"slices"
	"strconv"
	"sync"
	"unicode/utf8"

	"github.com/charmory/charmory/internal/errs"
)

// Limits of a query.
const (
	DefaultLimit   = 24
	MaxLimit       = 100
	MaxQueryChars  = 200
	MaxFilterVals  = 100  // values of one facet in one query
	maxCursorBytes = 2048 // an encoded cursor; names are far shorter
)

// sortCodes numbers the sorts; the cursor stores the number.
const (
	sRelevance = iota + 1
	sNewest
	sPriceAsc
	sPriceDesc
	sName
)

var sortByName = map[string]int{
	SortRelevance: sRelevance, SortNewest: sNewest, SortPriceAsc: sPriceAsc,
	SortPriceDesc: sPriceDesc, SortName: sName,
}

// orderOf maps a sort other than relevance to its pre-sorted order.
var orderOf = [...]int{sNewest: oNewest, sPriceAsc: oPriceAsc, sPriceDesc: oPriceDesc, sName: oName}

// parsed is a validated query.
type parsed struct {
	terms   []queryTerm
	filters [nFacets][]fval // selected values of each facet, nil for none
	sort    int
	limit   int
	cursor  *cursor
}

var folders = sync.Pool{New: func() any { return new(folder) }}

// parse validates q. Every problem is reported at once, as an Invalid
// error with one field error per problem.
func parse(q Query) (*parsed, error) {
	p := &parsed{limit: q.Limit}
	var bad []errs.FieldError
	if utf8.RuneCountInString(q.Text) > MaxQueryChars {
		bad = append(bad, errs.FieldError{Field: "text", Message: fmt.Sprintf("must be at most %d characters", MaxQueryChars)})
	} else {
		f := folders.Get().(*folder)
		p.terms = f.queryTerms(q.Text)
		folders.Put(f)
	}
	switch {
	case q.Sort != "":
		if p.sort = sortByName[q.Sort]; p.sort == 0 {
			bad = append(bad, errs.FieldError{Field: "sort", Message: fmt.Sprintf("unknown sort %q", q.Sort)})
		}
	case len(p.terms) > 0:
		p.sort = sRelevance
	default:
		p.sort = sNewest
	}
	switch {
	case q.Limit < 0 || q.Limit > MaxLimit:
		bad = append(bad, errs.FieldError{Field: "limit", Message: fmt.Sprintf("must be between 0 (for %d) and %d", DefaultLimit, MaxLimit)})
	case q.Limit == 0:
		p.limit = DefaultLimit
	}
	bad = p.parseFilters(q.Filters, bad)
	if q.Cursor != "" && p.sort != 0 {
		c, err := decodeCursor(q.Cursor)
		switch {
		case err != nil:
			bad = append(bad, errs.FieldError{Field: "cursor", Message: "malformed cursor"})
		case c.sort != p.sort:
			bad = append(bad, errs.FieldError{Field: "cursor", Message: "cursor belongs to another sort order"})
		default:
			p.cursor = &c
		}
	}
	if len(bad) > 0 {
		return nil, errs.Fields("search", bad...)
	}
	return p, nil
}

// parseFilters reads the filters in name order, so errors come out in a
// stable order. Empty values are ignored: a form's "any" sends one.
func (p *parsed) parseFilters(filters map[string][]string, bad []errs.FieldError) []errs.FieldError {
	names := make([]string, 0, len(filters))
	for name := range filters {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		f, ok := facetByName[name]
		field := "filters." + name
		if !ok {
			bad = append(bad, errs.FieldError{Field: field, Message: fmt.Sprintf("unknown facet %q", name)})
			continue
		}
		vals := filters[name]
		if len(vals) > MaxFilterVals {
			bad = append(bad, errs.FieldError{Field: field, Message: fmt.Sprintf("at most %d values", MaxFilterVals)})
			continue
		}
		for _, s := range vals {
			if s == "" {
				continue
			}
			v := fval{facet: uint8(f), str: s}
			if facetNumeric[f] {
				n, err := strconv.ParseInt(s, 10, 64)
				if err != nil {
					bad = append(bad, errs.FieldError{Field: field, Message: fmt.Sprintf("%q is not a decimal number", s)})
					continue
				}
				v = fval{facet: uint8(f), num: n}
			}
			if !slices.Contains(p.filters[f], v) {
				p.filters[f] = append(p.filters[f], v)
			}
		}
	}
	return bad
}
