package search

import (
	"slices"
	"strings"
)

// MaxFacetValues is how many values of a facet a result lists, besides
// the selected ones, which are always listed.
const MaxFacetValues = 30

// facetCounts lists every counted facet's values by count, then value.
func (st *state) facetCounts(p *parsed, t *tally) map[string][]FacetValue {
	out := make(map[string][]FacetValue, nCounted)
	for f := range nCounted {
		out[facetNames[f]] = st.topValues(f, t.counts[f], p.filters[f])
	}
	return out
}

// before reports whether a lists before b: more matches first, then by value.
func before(a, b FacetValue) bool {
	return a.Count > b.Count || a.Count == b.Count && a.Value < b.Value
}

func (st *state) topValues(f int, counts []int32, selected []fval) []FacetValue {
	top := make([]FacetValue, 0, MaxFacetValues+len(selected))
	for _, v := range st.facets.byFacet[f] {
		c := counts[v]
		if c <= 0 {
			continue
		}
		fv := FacetValue{Value: st.facets.text[v], Count: int(c)}
		if len(top) == MaxFacetValues && !before(fv, top[len(top)-1]) {
			continue
		}
		i, _ := slices.BinarySearchFunc(top, fv, cmpFacetValue)
		if len(top) < MaxFacetValues {
			top = append(top, FacetValue{})
		}
		copy(top[i+1:], top[i:len(top)-1])
		top[i] = fv
	}
	added := false
	for _, s := range selected {
		text := s.text()
		if slices.ContainsFunc(top, func(fv FacetValue) bool { return fv.Value == text }) {
			continue
		}
		c := 0
		if id, ok := st.facets.lookup(s); ok {
			c = int(counts[id])
		}
		top = append(top, FacetValue{Value: text, Count: c})
		added = true
	}
	if added {
		slices.SortFunc(top, cmpFacetValue)
	}
	return top
}

func cmpFacetValue(a, b FacetValue) int {
	if a.Count != b.Count {
		return b.Count - a.Count
	}
	return strings.Compare(a.Value, b.Value)
}
