package search

import (
	"math/bits"
	"sync"
)

// scratch holds one search's working memory. Searches over a million
// documents need lists of that size; pooling them keeps a query from
// allocating megabytes each time.
type scratch struct {
	ords      []uint32  // candidates, then matches
	scores    []float32 // their scores
	aux       []uint32  // a union of postings
	bits      []uint64  // all zero between uses
	dense     []float32 // per-ordinal scores while a bitset is in use
	counts    []int32   // matches per facet value
	sel       []uint16  // per facet value: bit i set if filter i selects it
	expand    []uint32
	pre       []uint32 // a union of prefix expansions
	preScores []float32
	ranks     []uint32
	hits      []hit
	fbits     [nCounted][]uint64 // filter bitsets, all zero between uses
	touch     uint32             // keeps the reads that fetch rows early
	wbits     [][]uint64         // countWide's bitsets
}

var scratches = sync.Pool{New: func() any { return new(scratch) }}

// reset sizes the buffers for st and zeroes the counters.
func (sc *scratch) reset(st *state) {
	nv := len(st.facets.of)
	sc.counts = resize(sc.counts, nv)
	clear(sc.counts)
	sc.sel = resize(sc.sel, nv)
	clear(sc.sel)
	words := (st.n() + 63) / 64
	if cap(sc.bits) < words {
		sc.bits = make([]uint64, words)
	}
	sc.bits = sc.bits[:words]
}

func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// union returns the ascending union of lists: the list itself when there
// is one, else a bitset pass into sc.aux.
func (sc *scratch) union(lists [][]uint32) []uint32 {
	switch len(lists) {
	case 0:
		return nil
	case 1:
		return lists[0]
	}
	total := 0
	for _, l := range lists {
		total += len(l)
		for _, o := range l {
			sc.bits[o>>6] |= 1 << (o & 63)
		}
	}
	sc.aux = sc.drain(sc.aux[:0], total, nil, nil)
	return sc.aux
}

// drain appends the set bits of sc.bits to out in ascending order, clearing
// them; with dense and scores, it also moves each one's score.
func (sc *scratch) drain(out []uint32, hint int, dense []float32, scores *[]float32) []uint32 {
	if cap(out) < hint {
		out = make([]uint32, 0, hint)
	}
	for i, w := range sc.bits {
		for w != 0 {
			o := uint32(i<<6 + bits.TrailingZeros64(w))
			out = append(out, o)
			if scores != nil {
				*scores = append(*scores, dense[o])
			}
			w &= w - 1
		}
		sc.bits[i] = 0
	}
	return out
}

// filterBits returns the zeroed bitset of filter i.
func (sc *scratch) filterBits(i, words int) []uint64 {
	if cap(sc.fbits[i]) < words {
		sc.fbits[i] = make([]uint64, words)
	}
	return sc.fbits[i][:words]
}

// clearFilterBits zeroes the bitsets the filters used.
func (sc *scratch) clearFilterBits(fl []filter) {
	for i := range fl {
		if fl[i].bits != nil {
			clear(fl[i].bits)
			fl[i].bits = nil
		}
	}
}

// wideBits returns countWide's bitset i, of any content.
func (sc *scratch) wideBits(i, words int) []uint64 {
	for len(sc.wbits) <= i {
		sc.wbits = append(sc.wbits, nil)
	}
	sc.wbits[i] = resize(sc.wbits[i], words)
	return sc.wbits[i]
}
