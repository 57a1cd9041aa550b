package search

import "math/bits"

// filter is the selection of one counted facet in a query.
type filter struct {
	facet int
	ids   []uint32 // selected values the index knows
	size  int      // their postings, dead ones included
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

// pass makes the one pass over the candidates that both filters them and
// counts facets disjunctively: a candidate passing every filter is a match
// and counts in every facet; one failing exactly one filter counts only in
// that filter's facet, which shows the alternatives to what is selected
// there; others count nowhere. Matches go to sc.ords (and sc.scores when
// scores is not nil); the candidates may be those same buffers.
func (st *state) pass(ords []uint32, scores []float32, fl []filter, sc *scratch) ([]uint32, []float32) {
	out := resize(sc.ords, len(ords))
	var outS []float32
	if scores != nil {
		outS = resize(sc.scores, len(ords))
		sc.scores = outS
	}
	sc.ords = out
	var (
		slots    []int     // row slots of the single-valued filters
		bitSlot  [16]int   // row slot of filter i, or -1
		bitFacet [16]uint8 // facet of filter i
		multi    bool      // some filter is on a multi-valued facet
	)
	for i, f := range fl {
		bitFacet[i], bitSlot[i] = uint8(f.facet), slotOf[f.facet]
		if bitSlot[i] >= 0 {
			slots = append(slots, bitSlot[i])
		} else {
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
		if st.isDead(o) {
			continue
		}
		row := st.row(o)
		var passed uint16
		for _, j := range slots {
			passed |= sel[row[j]]
		}
		var mv []uint32
		if multi {
			mv = st.multi(o)
			for _, v := range mv {
				passed |= sel[v]
			}
		}
		switch miss := need &^ passed; {
		case miss == 0:
			for _, v := range row {
				counts[v]++
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
			if j := bitSlot[b]; j >= 0 {
				counts[row[j]]++
				continue
			}
			for _, v := range mv {
				if of[v] == bitFacet[b] {
					counts[v]++
				}
			}
		}
	}
	if outS != nil {
		outS = outS[:w]
	}
	return out[:w], outS
}
