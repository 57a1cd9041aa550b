package web

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/catalog/search"
	"github.com/charmory/charmory/internal/errs"
)

// Limits on what a search URL may ask for.
const (
	maxSearchText   = 200 // characters of free text
	maxFacetValues  = 20  // values selected within one facet
	searchPageLimit = 24
)

// searchParams are the query parameters of /charms that filter: the facet
// names of the search index plus the series filter.
var searchParams = append(append([]string(nil), search.Facets...), search.FacetSeries)

// facetCodes lists the valid codes of the facets whose values are
// vocabulary codes; the others hold decimal ids or years.
var facetCodes = map[string][]string{
	search.FacetCategory:  catalog.Categories,
	search.FacetMaterial:  catalog.Materials,
	search.FacetTheme:     catalog.Themes,
	search.FacetRegion:    catalog.Regions,
	search.FacetEco:       catalog.EcoAttributes,
	search.FacetColour:    catalog.Colours,
	search.FacetPriceBand: priceBandCodes(),
}

func priceBandCodes() []string {
	out := make([]string, 0, len(catalog.PriceBands))
	for _, b := range catalog.PriceBands {
		out = append(out, b.Code)
	}
	return out
}

// searchQuery reads and checks the search parameters of r: text, facet
// filters, sort and cursor. A bad value is an Invalid error naming it, so
// the visitor sees which part of the link is wrong.
func (s *Server) searchQuery(r *http.Request) (search.Query, error) {
	const op = "charm search"
	v := r.URL.Query()
	q := search.Query{
		Text:    strings.TrimSpace(v.Get("q")),
		Sort:    v.Get("sort"),
		Cursor:  v.Get("cursor"),
		Limit:   searchPageLimit,
		Filters: map[string][]string{},
	}
	if utf8.RuneCountInString(q.Text) > maxSearchText {
		msg := s.msgs.T(visitorOf(r.Context()).Lang, "catalog.error.text_too_long", maxSearchText)
		return q, &errs.Error{Op: op, Kind: errs.Invalid, Msg: msg, Fields: []errs.FieldError{{Field: "q", Message: msg}}}
	}
	if q.Sort != "" && !catalog.In(search.Sorts, q.Sort) {
		return q, s.invalidParam(r, op, "sort", q.Sort)
	}
	for _, name := range searchParams {
		vals, err := s.facetValues(r, op, name, v[name])
		if err != nil {
			return q, err
		}
		if len(vals) > 0 {
			q.Filters[name] = vals
		}
	}
	return q, nil
}

// facetValues checks the values of one facet parameter, dropping empty
// ones and repeats.
func (s *Server) facetValues(r *http.Request, op, name string, raw []string) ([]string, error) {
	var out []string
	for _, val := range raw {
		val = strings.TrimSpace(val)
		if val == "" || catalog.In(out, val) {
			continue
		}
		if !validFacetValue(name, val) {
			return nil, s.invalidParam(r, op, name, val)
		}
		out = append(out, val)
	}
	if len(out) > maxFacetValues {
		return nil, s.invalidParam(r, op, name, strconv.Itoa(len(out)))
	}
	return out, nil
}

func validFacetValue(name, val string) bool {
	if codes, ok := facetCodes[name]; ok {
		return catalog.In(codes, val)
	}
	n, err := strconv.ParseInt(val, 10, 64)
	if err != nil || n <= 0 {
		return false
	}
	if name == search.FacetYear {
		return n >= 1900 && n <= 2200
	}
	return true
}

// catalogFailure turns a list's complaint about a cursor into a message
// the visitor can act on; other errors pass through wrapped with op.
func (s *Server) catalogFailure(r *http.Request, op string, err error) error {
	if errs.KindOf(err) != errs.Invalid {
		return errs.Wrap(op, err)
	}
	for _, f := range errs.FieldsOf(err) {
		if f.Field == "cursor" {
			msg := s.msgs.T(visitorOf(r.Context()).Lang, "catalog.error.bad_cursor")
			return &errs.Error{Op: op, Kind: errs.Invalid, Msg: msg, Err: err}
		}
	}
	return errs.Wrap(op, err)
}

// hiddenFilters are the current filters as name/value pairs, so a form
// (the text box, the sort select) keeps them when it is submitted.
func hiddenFilters(v url.Values) [][2]string {
	var out [][2]string
	for _, name := range searchParams {
		for _, val := range v[name] {
			if strings.TrimSpace(val) != "" {
				out = append(out, [2]string{name, val})
			}
		}
	}
	return out
}
