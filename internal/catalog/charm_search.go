package catalog

import (
	"context"
	"maps"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/charmory/charmory/internal/catalog/search"
	"github.com/charmory/charmory/internal/errs"
)

// Query limits. The index enforces them too; checking here lets the
// service answer with every problem of a query at once.
const (
	maxQueryText    = 200
	maxCursorLen    = 1024
	maxFilterValues = 50
)

// filterFacets are the facets a query may filter on.
var filterFacets = append(append([]string{}, search.Facets...), search.FacetSeries)

// numericFacets take decimal ids or years as values.
var numericFacets = map[string]bool{
	search.FacetStudio: true, search.FacetIP: true, search.FacetSeries: true, search.FacetYear: true,
}

// Search runs a faceted full-text query and hydrates the page of charms.
// Invalid for unknown facets, sorts or malformed cursors.
func (s *Service) Search(ctx context.Context, q search.Query) (*SearchResult, error) {
	const op = "search"
	if err := validateQuery(q); err != nil {
		return nil, err
	}
	res, err := s.idx.Search(q)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	// One query for the whole page; CharmsByIDs keeps the index's order. An
	// id the index still holds but the database no longer does is skipped.
	charms, err := s.CharmsByIDs(ctx, res.IDs)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	return &SearchResult{Charms: charms, Total: res.Total, Facets: res.Facets, Next: res.Next}, nil
}

// validateQuery checks what can be checked without the index and returns
// an Invalid error with one FieldError per problem.
func validateQuery(q search.Query) error {
	var v fieldChecker
	if !utf8.ValidString(q.Text) {
		v.add("q", "is not valid UTF-8")
	} else if utf8.RuneCountInString(q.Text) > maxQueryText {
		v.add("q", "is too long (at most "+strconv.Itoa(maxQueryText)+" characters)")
	}
	if q.Sort != "" && !In(search.Sorts, q.Sort) {
		v.add("sort", "has an unknown value "+strconv.Quote(q.Sort))
	}
	if q.Limit < 0 || q.Limit > MaxLimit {
		v.add("limit", "must be between 1 and "+strconv.Itoa(MaxLimit))
	}
	if !validCursorText(q.Cursor) {
		v.add("cursor", "is not a cursor from this search")
	}
	for _, facet := range slices.Sorted(maps.Keys(q.Filters)) {
		values := q.Filters[facet]
		switch {
		case !In(filterFacets, facet):
			v.add(facet, "is not a facet")
		case len(values) > maxFilterValues:
			v.add(facet, "has too many values")
		case numericFacets[facet]:
			for _, val := range values {
				if n, err := strconv.ParseInt(val, 10, 64); err != nil || n <= 0 {
					v.add(facet, "must be a number")
				}
			}
		}
	}
	if len(v.errs) > 0 {
		return errs.Fields("search", v.errs...)
	}
	return nil
}

// validCursorText accepts what an opaque URL-safe cursor can look like;
// the index checks the cursor's content.
func validCursorText(c string) bool {
	if len(c) > maxCursorLen {
		return false
	}
	for i := 0; i < len(c); i++ {
		b := c[i]
		if !(b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-' || b == '_' || b == '=' || b == '.' || b == '~') {
			return false
		}
	}
	return true
}
