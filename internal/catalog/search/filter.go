package search

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
		st.fill(f)
	}
}

// fill marks the documents passing f in f.bits.
func (st *state) fill(f *filter) {
	for _, id := range f.ids {
		if b := st.facets.bits[id]; b != nil {
			for w := range min(len(b), len(f.bits)) {
				f.bits[w] |= b[w]
			}
			continue
		}
		setBits(f.bits, st.facets.posts[id])
	}
}
