package search

import "math/bits"

// filter is the selection of one counted facet in a query.
type filter struct {
	facet int
	ids   []uint32 // selected values the index knows
	size  int      // their postings, dead ones included
	bits  []uint64 // when set, the documents passing it, as a bitset
}

// filters resolves the counted facets' selections. A selection whose
// values are all unknown stays: nothing passes it.
func (st *state) filters(p *parsed) []filter {
	var out []filter
	for f := range nCounted {
		if p.filters[f] == nil {
			continue
		}
		fl := filter{facet: f}
		for _, v := range p.filters[f] {
			if id, ok := st.facets.lookup(v); ok {
				fl.ids = append(fl.ids, id)
				fl.size += len(st.facets.posts[id])
			}
		}
		out = append(out, fl)
	}
	return out
}

// postings returns the postings of the selected values of filters a and b.
func (st *state) postings(fls ...filter) [][]uint32 {
	var out [][]uint32
	for _, fl := range fls {
		for _, id := range fl.ids {
			out = append(out, st.facets.posts[id])
		}
	}
	return out
}

// smallestTwo returns the two most selective filters. A document that
// fails at most one filter passes at least one of them, so their union
// holds every document facet counting needs.
func smallestTwo(fl []filter) (filter, filter) {
	a, b := 0, 1
	if fl[b].size < fl[a].size {
		a, b = b, a
	}
	for i := 2; i < len(fl); i++ {
		switch {
		case fl[i].size < fl[a].size:
			a, b = i, a
		case fl[i].size < fl[b].size:
			b = i
		}
	}
	return fl[a], fl[b]
}

// narrow drops from the candidates those outside the union of the two most
// selective filters, when that union is much smaller than the candidates.
func (st *state) narrow(ords []uint32, scores []float32, fl []filter, sc *scratch) ([]uint32, []float32) {
	a, b := smallestTwo(fl)
	if (a.size+b.size)*2 >= len(ords) {
		return ords, scores
	}
	u := sc.union(st.postings(a, b))
	w, j := 0, 0
	for i, o := range ords {
		if j = gallop(u, j, o); j == len(u) {
			break
		}
		if u[j] == o {
			ords[w], scores[w] = o, scores[i]
			w++
		}
	}
	return ords[:w], scores[:w]
}

// bitsetRatio bounds the cost of marking a filter's documents in a bitset
// against the candidates it will be probed by. A probe hits a bitset of
// N/8 bytes, which stays in cache, where reading a document's facet
// values usually misses it; so marking pays off even for filters several
// times larger than the candidate set.
const bitsetRatio = 8

// markFilters gives the filters that are small enough against n
// candidates a bitset of the documents that pass them.
func (st *state) markFilters(fl []filter, n int, sc *scratch) {
	for i := range fl {
		f := &fl[i]
		if f.size > bitsetRatio*n {
			continue
		}
		f.bits = sc.filterBits(i, len(sc.bits))
		for _, id := range f.ids {
			for _, o := range st.facets.posts[id] {
				f.bits[o>>6] |= 1 << (o & 63)
			}
		}
	}
}

// pass makes the one pass over the candidates that both filters them and
// counts facets disjunctively: a candidate passing every filter is a match
// and counts in every facet; one failing exactly one filter counts only in
// that filter's facet, which shows the alternatives to what is selected
// there; others count nowhere. Matches go to sc.ords (and sc.scores when
// scores is not nil); the candidates may be those same buffers.
func (st *state) pass(ords []uint32, scores []float32, fl []filter, sc *scratch) ([]uint32, []float32) {
	st.markFilters(fl, len(ords), sc)
	out := resize(sc.ords, len(ords))
	var outS []float32
	if scores != nil {
		outS = resize(sc.scores, len(ords))
		sc.scores = outS
	}
	sc.ords = out
	var (
		marked   []int        // filters with a bitset
		cols     [][]uint32   // columns of the other single-valued filters
		colBits  []uint16     // and their filter bits
		multi    bool         // some other filter is on a multi-valued facet
		bitCol   [16][]uint32 // column of filter i, nil when multi-valued
		bitFacet [16]uint8    // facet of filter i
	)
	for i, f := range fl {
		bitFacet[i] = uint8(f.facet)
		if j := slotOf[f.facet]; j >= 0 {
			bitCol[i] = st.cols[j]
		}
		switch {
		case f.bits != nil:
			marked = append(marked, i)
			continue
		case bitCol[i] != nil:
			cols, colBits = append(cols, bitCol[i]), append(colBits, 1<<i)
		default:
			multi = true
		}
		for _, id := range f.ids {
			sc.sel[id] |= 1 << i
		}
	}
	need := uint16(1)<<len(fl) - 1
	counts, sel, of := sc.counts, sc.sel, st.facets.of
	w := 0
	for i, o := range ords {
		word, bit := o>>6, uint64(1)<<(o&63)
		if st.dead[word]&bit != 0 {
			continue
		}
		var passed uint16
		for _, b := range marked {
			if fl[b].bits[word]&bit != 0 {
				passed |= 1 << b
			}
		}
		for k, c := range cols {
			if sel[c[o]] != 0 {
				passed |= colBits[k]
			}
		}
		if multi {
			for _, v := range st.multi(o) {
				passed |= sel[v]
			}
		}
		switch miss := need &^ passed; {
		case miss == 0:
			for j := range st.cols {
				counts[st.cols[j][o]]++
			}
			for _, v := range st.multi(o) {
				counts[v]++
			}
			out[w] = o
			if outS != nil {
				outS[w] = scores[i]
			}
			w++
		case miss&(miss-1) == 0:
			b := bits.TrailingZeros16(miss)
			if c := bitCol[b]; c != nil {
				counts[c[o]]++
				continue
			}
			for _, v := range st.multi(o) {
				if of[v] == bitFacet[b] {
					counts[v]++
				}
			}
		}
	}
	sc.clearFilterBits(fl)
	if outS != nil {
		outS = outS[:w]
	}
	return out[:w], outS
}
