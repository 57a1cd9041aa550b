package web

import (
	"context"
	"slices"
	"strconv"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/catalog/search"
	"github.com/charmory/charmory/internal/errs"
)

// facetShown is how many values of a facet show before "more".
const facetShown = 6

// facetListed caps the values listed per facet (the rest are rare enough
// to reach through search text); studios are named one lookup each, so
// fewer of them are listed.
const (
	facetListed       = 40
	facetListedStudio = 20
)

// FacetGroup is one facet of the search sidebar.
type FacetGroup struct {
	Name    string
	Title   string
	Options []FacetOption // shown at once
	More    []FacetOption // behind "more"
	Open    bool          // expanded: has a selected value or is near the top
}

// FacetOption is one value of a facet as a toggle link.
type FacetOption struct {
	Value  string
	Label  string
	Count  int
	On     bool
	Href   string
	Swatch bool // colour facet: show a swatch
}

// ActiveFilter is a selected facet value shown as a removable chip.
type ActiveFilter struct {
	Facet  string
	Label  string
	Remove string
}

// facetGroups builds the sidebar from the index's counts, naming studios
// and IPs and keeping every selected value visible even at zero count.
func (s *Server) facetGroups(ctx context.Context, b *Base, q search.Query, counts map[string][]search.FacetValue) ([]FacetGroup, []ActiveFilter, error) {
	names := facetNamer{s: s, ctx: ctx, b: b}
	var groups []FacetGroup
	var active []ActiveFilter
	for i, facet := range search.Facets {
		values := withSelected(counts[facet], q.Filters[facet])
		sortFacet(facet, values)
		limit := facetListed
		if facet == search.FacetStudio {
			limit = facetListedStudio
		}
		values = truncateKeeping(values, limit, q.Filters[facet])
		g := FacetGroup{Name: facet, Title: b.T("catalog.facet." + facet), Open: i < 3}
		for j, fv := range values {
			label, err := names.label(facet, fv.Value)
			if err != nil {
				return nil, nil, err
			}
			on := b.Has(facet, fv.Value)
			opt := FacetOption{Value: fv.Value, Label: label, Count: fv.Count, On: on,
				Href: b.Toggle(facet, fv.Value), Swatch: facet == search.FacetColour}
			if on {
				g.Open = true
				active = append(active, ActiveFilter{Facet: g.Title, Label: label, Remove: opt.Href})
			}
			if j < facetShown || on {
				g.Options = append(g.Options, opt)
			} else {
				g.More = append(g.More, opt)
			}
		}
		if len(g.Options) > 0 {
			groups = append(groups, g)
		}
	}
	return groups, active, nil
}

// withSelected adds selected values the counts lack, with count zero.
func withSelected(counts []search.FacetValue, selected []string) []search.FacetValue {
	out := append([]search.FacetValue(nil), counts...)
	for _, v := range selected {
		if !slices.ContainsFunc(out, func(fv search.FacetValue) bool { return fv.Value == v }) {
			out = append(out, search.FacetValue{Value: v})
		}
	}
	return out
}

// truncateKeeping keeps the first limit values and any selected ones.
func truncateKeeping(values []search.FacetValue, limit int, selected []string) []search.FacetValue {
	if len(values) <= limit {
		return values
	}
	out := values[:limit:limit]
	for _, v := range values[limit:] {
		if slices.Contains(selected, v.Value) {
			out = append(out, v)
		}
	}
	return out
}

// sortFacet orders values: years newest first, price bands low to high,
// everything else by count.
func sortFacet(facet string, values []search.FacetValue) {
	switch facet {
	case search.FacetYear:
		slices.SortStableFunc(values, func(a, b search.FacetValue) int {
			ya, _ := strconv.Atoi(a.Value)
			yb, _ := strconv.Atoi(b.Value)
			return yb - ya
		})
	case search.FacetPriceBand:
		codes := priceBandCodes()
		slices.SortStableFunc(values, func(a, b search.FacetValue) int {
			return slices.Index(codes, a.Value) - slices.Index(codes, b.Value)
		})
	default:
		slices.SortStableFunc(values, func(a, b search.FacetValue) int {
			if a.Count != b.Count {
				return b.Count - a.Count
			}
			if a.Value < b.Value {
				return -1
			}
			return 1
		})
	}
}

// facetNamer labels facet values: codes through the message catalog,
// studio and IP ids by name (each table read once per request, not once
// per facet value).
type facetNamer struct {
	s       *Server
	ctx     context.Context
	b       *Base
	ips     map[string]catalog.IP
	studios map[string]catalog.Studio
}

func (f *facetNamer) label(facet, value string) (string, error) {
	switch facet {
	case search.FacetYear:
		return value, nil
	case search.FacetStudio:
		if f.studios == nil {
			studios, err := f.s.deps.Catalog.StudioNames(f.ctx)
			if err != nil {
				return "", errs.Wrap("facet studio names", err)
			}
			f.studios = make(map[string]catalog.Studio, len(studios))
			for _, st := range studios {
				f.studios[strconv.FormatInt(st.ID, 10)] = st
			}
		}
		if st, ok := f.studios[value]; ok {
			return f.b.Local(st.Name, st.NameZH), nil
		}
		return "#" + value, nil
	case search.FacetIP:
		if f.ips == nil {
			ips, err := f.s.deps.Catalog.IPs(f.ctx)
			if err != nil {
				return "", errs.Wrap("facet ip names", err)
			}
			f.ips = make(map[string]catalog.IP, len(ips))
			for _, ip := range ips {
				f.ips[strconv.FormatInt(ip.ID, 10)] = ip
			}
		}
		if ip, ok := f.ips[value]; ok {
			return f.b.Local(ip.Name, ip.NameZH), nil
		}
		return "#" + value, nil
	}
	return f.b.Label(facet, value), nil
}
