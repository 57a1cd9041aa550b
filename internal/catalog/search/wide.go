package search

import "math/bits"

// wideDiv: a candidate set holding more than one ordinal in wideDiv is
// counted with bitsets (countWide) rather than document by document
// (pass). Reading a document's row costs a cache miss; a bitset operation
// covers 64 documents.
const wideDiv = 16

// engine chooses how facets are counted; tests force each one in turn to
// check that they agree.
type engine int

const (
	engineAuto     engine = iota
	engineRows            // pass, row by row
	engineBits            // countWide, value by value
	engineBitsRows        // countWide, row by row
)

func (st *state) wide(candidates int, mode engine) bool {
	switch mode {
	case engineRows:
		return false
	case engineBits, engineBitsRows:
		return true
	}
	return candidates*wideDiv > st.n()
}

// countWide's bitsets in the scratch.
const (
	wbCand = iota
	wbMatch
	wbRest // countRows's complement
	wbMask // first of the filters' masks
)

// wideSets are the bitsets countWide computes: the candidates that pass
// every filter (match), and for each filter those that pass every other
// one (masks[i]), with their sizes.
type wideSets struct {
	match    []uint64
	popMatch int
	masks    [][]uint64
	pops     []int
}

func (st *state) wideSets(ords []uint32, all bool, fl []filter, sc *scratch) wideSets {
	words := len(sc.bits)
	cand := sc.wideBits(wbCand, words)
	if all {
		copy(cand, st.liveBits(cand))
	} else {
		clear(cand)
		setBits(cand, ords)
		for w := range cand {
			cand[w] &^= st.dead[w]
		}
	}
	for i := range fl {
		fl[i].bits = sc.filterBits(i, words)
		st.fill(&fl[i])
	}
	s := wideSets{match: sc.wideBits(wbMatch, words), masks: make([][]uint64, len(fl)), pops: make([]int, len(fl))}
	for i := range fl {
		s.masks[i] = sc.wideBits(wbMask+i, words)
	}
	for w, c := range cand {
		m := c
		for i := range fl {
			m &= fl[i].bits[w]
		}
		s.match[w] = m
		s.popMatch += bits.OnesCount64(m)
		for i := range fl {
			x := c
			for j := range fl {
				if j != i {
					x &= fl[j].bits[w]
				}
			}
			s.masks[i][w] = x
			s.pops[i] += bits.OnesCount64(x)
		}
	}
	sc.clearFilterBits(fl)
	return s
}

// liveBits writes the bitset of live ordinals into b and returns it.
func (st *state) liveBits(b []uint64) []uint64 {
	for w := range b {
		b[w] = ^st.dead[w]
	}
	if tail := st.n() % 64; tail != 0 {
		b[len(b)-1] &= 1<<tail - 1
	}
	return b
}

// countWide finds the matches and the disjunctive facet counts with
// bitsets (wideSets), then counts each facet over the documents passing
// every filter but its own, value by value or document by document,
// whichever costs less (countGroup). With all, the candidates are every
// live document and ords is ignored.
func (st *state) countWide(ords []uint32, scores []float32, all bool, fl []filter, sc *scratch, mode engine) tally {
	s := st.wideSets(ords, all, fl, sc)
	var t tally
	if all {
		t.ords = appendBits(sc.ords[:0], s.match)
		sc.ords = t.ords
	} else {
		t.ords, t.scores = keepMarked(ords, scores, s.match)
	}
	groups := make([][]int, 1+len(fl)) // facets per set: 0 the matches, 1+i filter i's mask
	for f := range nCounted {
		t.counts[f] = sc.counts
		g := 0
		for i := range fl {
			if fl[i].facet == f {
				g = 1 + i
			}
		}
		if all && len(fl) == 1 && g == 1 {
			t.counts[f] = st.facets.live // the filter's own facet: the whole index
			continue
		}
		groups[g] = append(groups[g], f)
	}
	for g, fs := range groups {
		mask, pop := s.match, s.popMatch
		if g > 0 {
			mask, pop = s.masks[g-1], s.pops[g-1]
		}
		st.countGroup(mask, pop, fs, sc, mode)
	}
	return t
}

// appendBits appends the set bits of b to out, ascending.
func appendBits(out []uint32, b []uint64) []uint32 {
	for w, word := range b {
		for word != 0 {
			out = append(out, uint32(w<<6+bits.TrailingZeros64(word)))
			word &= word - 1
		}
	}
	return out
}

// keepMarked keeps, in place, the ordinals (and scores) marked in b.
func keepMarked(ords []uint32, scores []float32, b []uint64) ([]uint32, []float32) {
	n := 0
	for i, o := range ords {
		if b[o>>6]>>(o&63)&1 != 0 {
			ords[n] = o
			if scores != nil {
				scores[n] = scores[i]
			}
			n++
		}
	}
	if scores != nil {
		scores = scores[:n]
	}
	return ords[:n], scores
}
