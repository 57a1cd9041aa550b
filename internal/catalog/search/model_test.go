package search

import (
	"slices"
	"strconv"
	"strings"
)

// model is the index's specification written the slow, obvious way: it
// keeps the documents and answers every query by looking at each one.
type model struct {
	docs     map[int64]Doc
	surfaces map[string]bool // every word ever indexed, as written and as a term
}

func newModel() *model { return &model{docs: map[int64]Doc{}, surfaces: map[string]bool{}} }

func (m *model) upsert(docs ...Doc) {
	var f folder
	for _, d := range docs {
		m.docs[d.ID] = d
		for _, text := range d.Text {
			for _, t := range f.tokens(text, nil) {
				if t.surface != "" {
					m.surfaces[t.surface], m.surfaces[t.term] = true, true
				}
			}
		}
	}
}

func (m *model) terms(d Doc) map[string]bool {
	var f folder
	out := map[string]bool{}
	for _, text := range d.Text {
		for _, t := range f.tokens(text, nil) {
			out[t.term] = true
		}
	}
	return out
}

func (m *model) textMatch(d Doc, qts []queryTerm) bool {
	have := m.terms(d)
	for _, q := range qts {
		if have[q.term] {
			continue
		}
		if !q.prefix {
			return false
		}
		found := false
		for s := range m.surfaces {
			if strings.HasPrefix(s, q.surface) && have[stem(s)] {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// values returns a document's values of a facet, as the results show them.
func values(d Doc, facet string) []string {
	num := func(n int64) []string {
		if n == 0 {
			return nil
		}
		return []string{strconv.FormatInt(n, 10)}
	}
	str := func(s ...string) []string {
		var out []string
		for _, v := range s {
			if v != "" && !slices.Contains(out, v) {
				out = append(out, v)
			}
		}
		return out
	}
	switch facet {
	case FacetCategory:
		return str(d.Category)
	case FacetMaterial:
		return str(d.Materials...)
	case FacetTheme:
		return str(d.Themes...)
	case FacetStudio:
		return num(d.StudioID)
	case FacetIP:
		return num(d.IPID)
	case FacetPriceBand:
		return str(d.PriceBand)
	case FacetRegion:
		return str(d.Region)
	case FacetEco:
		return str(d.Eco...)
	case FacetYear:
		return num(int64(d.Year))
	case FacetColour:
		return str(d.Colours...)
	case FacetSeries:
		return num(d.SeriesID)
	}
	panic(facet)
}

func canonical(facet, v string) string {
	if facet == FacetStudio || facet == FacetIP || facet == FacetYear || facet == FacetSeries {
		n, _ := strconv.ParseInt(v, 10, 64)
		return strconv.FormatInt(n, 10)
	}
	return v
}

// passes reports whether d passes every filter but the one on skip.
func passes(d Doc, filters map[string][]string, skip string) bool {
	for f, want := range filters {
		if f == skip || len(slices.DeleteFunc(slices.Clone(want), func(s string) bool { return s == "" })) == 0 {
			continue
		}
		ok := false
		for _, v := range values(d, f) {
			for _, w := range want {
				ok = ok || w != "" && canonical(f, w) == v
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// answer returns the matches of q and its facet counts.
func (m *model) answer(q Query) ([]Doc, map[string][]FacetValue) {
	var f folder
	qts := f.queryTerms(q.Text)
	var text, matches []Doc
	for _, d := range m.docs {
		if m.textMatch(d, qts) {
			text = append(text, d)
			if passes(d, q.Filters, "") {
				matches = append(matches, d)
			}
		}
	}
	facets := map[string][]FacetValue{}
	for _, facet := range Facets {
		counts := map[string]int{}
		for _, d := range text {
			if passes(d, q.Filters, facet) {
				for _, v := range values(d, facet) {
					counts[v]++
				}
			}
		}
		var list []FacetValue
		for v, c := range counts {
			list = append(list, FacetValue{v, c})
		}
		slices.SortFunc(list, cmpFacetValue)
		if len(list) > MaxFacetValues {
			list = list[:MaxFacetValues]
		}
		for _, s := range q.Filters[facet] {
			s = canonical(facet, s)
			if s != "" && !slices.ContainsFunc(list, func(fv FacetValue) bool { return fv.Value == s }) {
				list = append(list, FacetValue{s, counts[s]})
			}
		}
		slices.SortFunc(list, cmpFacetValue)
		facets[facet] = list
	}
	return matches, facets
}
