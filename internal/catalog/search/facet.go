package search

import "strconv"

// Facets by number, in the order of Facets, then the filter-only series.
const (
	fCategory = iota
	fMaterial
	fTheme
	fStudio
	fIP
	fPriceBand
	fRegion
	fEco
	fYear
	fColour
	fSeries
	nFacets
	nCounted = fSeries // facets below this one are counted
)

var facetNames = [nFacets]string{
	FacetCategory, FacetMaterial, FacetTheme, FacetStudio, FacetIP, FacetPriceBand,
	FacetRegion, FacetEco, FacetYear, FacetColour, FacetSeries,
}

// facetNumeric marks the facets whose values are decimal numbers (ids and
// years); they are interned by number so that "007" and "7" agree.
var facetNumeric = [nFacets]bool{fStudio: true, fIP: true, fYear: true, fSeries: true}

// facetByName maps a facet name to its number.
var facetByName = func() map[string]int {
	m := make(map[string]int, nFacets)
	for f, n := range facetNames {
		m[n] = f
	}
	return m
}()

// facetTable interns facet values to small dense ids shared by all facets,
// so one counts array serves every facet of a query, and keeps each
// value's postings and number of live documents.
type facetTable struct {
	str     [nFacets]map[string]uint32
	num     [nFacets]map[int64]uint32
	of      []uint8    // facet of each value
	text    []string   // display form of each value
	posts   [][]uint32 // ordinals having each value, ascending
	live    []int32    // live documents having each value
	byFacet [nFacets][]uint32
}

func newFacetTable() facetTable {
	var t facetTable
	for f := range nFacets {
		if facetNumeric[f] {
			t.num[f] = map[int64]uint32{}
		} else {
			t.str[f] = map[string]uint32{}
		}
	}
	return t
}

// fval is one facet value of a document before interning.
type fval struct {
	facet uint8
	num   int64
	str   string
}

func (v fval) text() string {
	if facetNumeric[v.facet] {
		return strconv.FormatInt(v.num, 10)
	}
	return v.str
}

// lookup returns the id of a value, if it is known.
func (t *facetTable) lookup(v fval) (uint32, bool) {
	if facetNumeric[v.facet] {
		id, ok := t.num[v.facet][v.num]
		return id, ok
	}
	id, ok := t.str[v.facet][v.str]
	return id, ok
}

// docValues appends the counted facet values of d to out, without
// repeats; empty strings and zero ids mean "none". The series is returned
// apart: it filters but is not counted.
func docValues(d *Doc, out []fval) (_ []fval, series int64) {
	str := func(f int, s string) {
		if s == "" {
			return
		}
		for _, o := range out {
			if int(o.facet) == f && o.str == s {
				return
			}
		}
		out = append(out, fval{facet: uint8(f), str: s})
	}
	num := func(f int, n int64) {
		if n != 0 {
			out = append(out, fval{facet: uint8(f), num: n})
		}
	}
	str(fCategory, d.Category)
	for _, m := range d.Materials {
		str(fMaterial, m)
	}
	for _, th := range d.Themes {
		str(fTheme, th)
	}
	num(fStudio, d.StudioID)
	num(fIP, d.IPID)
	str(fPriceBand, d.PriceBand)
	str(fRegion, d.Region)
	for _, e := range d.Eco {
		str(fEco, e)
	}
	num(fYear, int64(d.Year))
	for _, c := range d.Colours {
		str(fColour, c)
	}
	return out, d.SeriesID
}
