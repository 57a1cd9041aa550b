package search

import (
	"slices"
	"strconv"
)

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

// Single-valued facets are stored in a column of value ids per facet (id
// 0: none), so checking or counting one costs one load; the multi-valued
// ones (materials, themes, eco, colours) in a list per document.
const nSingle = 7

var singleFacets = [nSingle]int{fCategory, fStudio, fIP, fPriceBand, fRegion, fYear, fSeries} // the series last

// slotOf is a facet's single-valued column, or -1.
var slotOf = func() [nFacets]int {
	var s [nFacets]int
	for f := range s {
		s[f] = -1
	}
	for i, f := range singleFacets {
		s[f] = i
	}
	return s
}()

// colOf is a facet's column, or -1.
var colOf = func() [nFacets]int {
	var c [nFacets]int
	for f := range c {
		c[f] = -1
	}
	c[fStudio], c[fIP] = 0, 1
	return c
}()

// noFacet is the facet of value id 0, which stands for "none".
const noFacet = 0xff

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

	// bits holds, for a dense value (held by one ordinal in denseDiv or
	// more), its ordinals as a bitset as well: counting a large candidate
	// set against it is a popcount per 64 documents. dense and sparse
	// count, per facet, the dense values and the postings of the others.
	bits   [][]uint64
	dense  [nFacets]int
	sparse [nFacets]int
}

// denseDiv makes a value dense once its postings take as much room as a
// bitset would.
const denseDiv = 32

func newFacetTable() facetTable {
	t := facetTable{of: []uint8{noFacet}, text: []string{""}, posts: [][]uint32{nil}, live: []int32{0}, bits: [][]uint64{nil}}
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

// docValues returns d's single-valued facet values by slot (a zero fval
// for none) and appends its multi-valued ones to multi, without repeats;
// empty strings and zero numbers mean "none".
func docValues(d *Doc, multi []fval) (single [nSingle]fval, _ []fval) {
	str := func(f int, s string) {
		if s != "" {
			single[slotOf[f]] = fval{facet: uint8(f), str: s}
		}
	}
	num := func(f int, n int64) {
		if n != 0 {
			single[slotOf[f]] = fval{facet: uint8(f), num: n}
		}
	}
	add := func(f int, list []string) {
		for _, s := range list {
			if s == "" || slices.Contains(multi, fval{facet: uint8(f), str: s}) {
				continue
			}
			multi = append(multi, fval{facet: uint8(f), str: s})
		}
	}
	str(fCategory, d.Category)
	num(fStudio, d.StudioID)
	num(fIP, d.IPID)
	str(fPriceBand, d.PriceBand)
	str(fRegion, d.Region)
	num(fYear, int64(d.Year))
	num(fSeries, d.SeriesID)
	add(fMaterial, d.Materials)
	add(fTheme, d.Themes)
	add(fEco, d.Eco)
	add(fColour, d.Colours)
	return single, multi
}

// refresh brings the bitsets of dense values up to n ordinals, setting the
// bits of the ordinals from base on, gives values that became dense a
// bitset, and recounts the per-facet figures.
func (t *facetTable) refresh(base uint32, n int) {
	words := (n + 63) / 64
	t.dense, t.sparse = [nFacets]int{}, [nFacets]int{}
	for v := 1; v < len(t.of); v++ {
		posts, b := t.posts[v], t.bits[v]
		switch {
		case b == nil && len(posts)*denseDiv < n:
			t.sparse[t.of[v]] += len(posts)
			continue
		case b == nil:
			b = make([]uint64, words)
			setBits(b, posts)
		default:
			b = slices.Grow(b, words-len(b))[:words]
			for i := len(posts) - 1; i >= 0 && posts[i] >= base; i-- {
				b[posts[i]>>6] |= 1 << (posts[i] & 63)
			}
		}
		t.bits[v] = b
		t.dense[t.of[v]]++
	}
}

func setBits(b []uint64, ords []uint32) {
	for _, o := range ords {
		b[o>>6] |= 1 << (o & 63)
	}
}
