package api

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/catalog/search"
	"github.com/charmory/charmory/internal/errs"
)

// facetVocab lists the codes each vocabulary facet accepts.
func (s *Server) facetVocab() map[string][]string {
	bands := make([]string, len(catalog.PriceBands))
	for i, b := range catalog.PriceBands {
		bands[i] = b.Code
	}
	return map[string][]string{
		search.FacetCategory:  catalog.Categories,
		search.FacetMaterial:  catalog.Materials,
		search.FacetTheme:     catalog.Themes,
		search.FacetPriceBand: bands,
		search.FacetRegion:    catalog.Regions,
		search.FacetEco:       catalog.EcoAttributes,
		search.FacetColour:    catalog.Colours,
	}
}

// splitValues flattens repeated and comma-separated parameter values,
// dropping blanks.
func splitValues(raw []string) []string {
	var out []string
	for _, r := range raw {
		for v := range strings.SplitSeq(r, ",") {
			if v = strings.TrimSpace(v); v != "" {
				out = append(out, v)
			}
		}
	}
	return out
}

// searchFilters checks every filter value and resolves slugs to the ids
// the index uses. It reports all bad values at once, each located at its
// query parameter.
func (s *Server) searchFilters(ctx context.Context, in *charmSearchInput) (map[string][]string, error) {
	raw := map[string][]string{
		search.FacetCategory: in.Category, search.FacetMaterial: in.Material, search.FacetTheme: in.Theme,
		search.FacetPriceBand: in.PriceBand, search.FacetRegion: in.Region, search.FacetEco: in.Eco,
		search.FacetColour: in.Colour, search.FacetYear: in.Year, search.FacetStudio: in.Studio,
		search.FacetIP: in.IP, search.FacetSeries: in.Series,
	}
	vocab := s.facetVocab()
	filters := map[string][]string{}
	var bad []errs.FieldError
	// Walk the facets in a fixed order so errors come in a stable order.
	for _, f := range append(append([]string(nil), search.Facets...), search.FacetSeries) {
		for _, v := range splitValues(raw[f]) {
			val, err := s.filterValue(ctx, f, v, vocab[f])
			if err != nil {
				if !errs.Is(err, errs.Invalid) {
					return nil, err
				}
				bad = append(bad, errs.FieldError{Field: f, Message: errs.Message(err)})
				continue
			}
			filters[f] = append(filters[f], val)
		}
	}
	if len(bad) > 0 {
		return nil, errs.Fields("api.searchCharms", bad...)
	}
	return filters, nil
}

// filterValue checks one value of facet f and returns it as the index
// knows it. Invalid for a value that cannot match anything.
func (s *Server) filterValue(ctx context.Context, f, v string, vocab []string) (string, error) {
	const op = "api.filterValue"
	switch f {
	case search.FacetYear:
		y, err := strconv.Atoi(v)
		if err != nil || y < 1000 || y > 9999 {
			return "", errs.Ef(op, errs.Invalid, "%q is not a year", v)
		}
		return strconv.Itoa(y), nil
	case search.FacetStudio, search.FacetIP, search.FacetSeries:
		id, err := s.resolve(ctx, f, v)
		if err != nil {
			return "", err
		}
		return strconv.FormatInt(id, 10), nil
	}
	if !catalog.In(vocab, v) {
		return "", errs.Ef(op, errs.Invalid, "unknown %s %q", strings.ReplaceAll(f, "_", " "), v)
	}
	return v, nil
}

// resolve turns an id or a slug of a studio, IP or series into its id.
// Invalid for an unknown slug: the parameter is wrong, not the path.
func (s *Server) resolve(ctx context.Context, kind, v string) (int64, error) {
	if id, err := strconv.ParseInt(v, 10, 64); err == nil {
		if id <= 0 {
			return 0, errs.Ef("api.resolve", errs.Invalid, "%q is not a %s id", v, kind)
		}
		return id, nil
	}
	var id int64
	var err error
	switch kind {
	case search.FacetStudio:
		var st *catalog.Studio
		if st, err = s.deps.Catalog.Studio(ctx, v); err == nil {
			id = st.ID
		}
	case search.FacetIP:
		var ip *catalog.IP
		if ip, err = s.deps.Catalog.IP(ctx, v); err == nil {
			id = ip.ID
		}
	case search.FacetSeries:
		var sr *catalog.Series
		if sr, err = s.deps.Catalog.Series(ctx, v); err == nil {
			id = sr.ID
		}
	default:
		return 0, fmt.Errorf("api.resolve: no lookup for %s", kind)
	}
	if errs.Is(err, errs.NotFound) {
		return 0, errs.Ef("api.resolve", errs.Invalid, "unknown %s %q", kind, v)
	}
	return id, err
}
