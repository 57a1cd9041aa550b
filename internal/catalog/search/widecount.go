package search

import "math/bits"

// Relative costs, in about nanoseconds, that choose how to count facets
// over a set of documents. Document by document, a dense set reads a
// column nearly in sequence (costCol per document) or prefetched rows
// (costRow), while a sparse set pays a cache miss per document (costMiss)
// to read its row, which then serves every facet for an increment each
// (costInc). Value by value costs a popcount per word of each dense
// value's bitset (costWord) and a random probe per posting of each sparse
// one (costProbe).
const (
	costCol   = 2
	costRow   = 10
	costMiss  = 80
	costInc   = 2
	costWord  = 2
	costProbe = 3
)

// sparseDiv: a set with fewer documents than one ordinal in sparseDiv is
// sparse: its documents are further apart than a cache line of a column.
const sparseDiv = 16

// countGroup counts facets fs over the pop documents in mask, each either
// value by value (countValues) or document by document (countRows),
// whichever the costs above say is cheaper.
func (st *state) countGroup(mask []uint64, pop int, fs []int, sc *scratch, mode engine) {
	var byValues, byDocs []int
	switch mode {
	case engineBits:
		byValues = fs
	case engineBitsRows:
		byDocs = fs
	default:
		byValues, byDocs = st.chooseCounting(len(mask), pop, fs)
	}
	for _, f := range byValues {
		st.countValues(f, mask, sc.counts)
	}
	if len(byDocs) > 0 {
		st.countRows(mask, pop, byDocs, sc)
	}
}

func (st *state) chooseCounting(words, pop int, fs []int) (byValues, byDocs []int) {
	n := min(pop, st.live()-pop) // countRows reads the smaller side
	valueCost := func(f int) int {
		return st.facets.dense[f]*words*costWord + st.facets.sparse[f]*costProbe
	}
	if n*sparseDiv >= st.n() {
		for _, f := range fs {
			doc := costRow
			if colOf[f] >= 0 {
				doc = costCol
			}
			if valueCost(f) <= n*doc {
				byValues = append(byValues, f)
			} else {
				byDocs = append(byDocs, f)
			}
		}
		return byValues, byDocs
	}
	// Sparse: once rows are read for one facet, the others cost an
	// increment per document; compare that with no row read at all.
	allValues, mixed := 0, n*costMiss
	for _, f := range fs {
		allValues += valueCost(f)
		mixed += min(valueCost(f), n*costInc)
	}
	if allValues <= mixed {
		return fs, nil
	}
	for _, f := range fs {
		if valueCost(f) <= n*costInc {
			byValues = append(byValues, f)
		} else {
			byDocs = append(byDocs, f)
		}
	}
	return byValues, byDocs
}

// countValues sets the count of each value of facet f within mask.
func (st *state) countValues(f int, mask []uint64, counts []int32) {
	for _, v := range st.facets.byFacet[f] {
		c := 0
		if b := st.facets.bits[v]; b != nil {
			for w := range min(len(b), len(mask)) {
				c += bits.OnesCount64(b[w] & mask[w])
			}
		} else {
			for _, o := range st.facets.posts[v] {
				c += int(mask[o>>6] >> (o & 63) & 1)
			}
		}
		counts[v] = int32(c)
	}
}

// countRows counts facets fs over the pop documents in mask, document by
// document. When mask holds most live documents it counts the others
// instead and subtracts their counts from the index's.
func (st *state) countRows(mask []uint64, pop int, fs []int, sc *scratch) {
	delta := int32(1)
	if pop > st.live()-pop {
		delta = -1
		for _, f := range fs {
			for _, v := range st.facets.byFacet[f] {
				sc.counts[v] = st.facets.live[v]
			}
		}
		rest := st.liveBits(sc.wideBits(wbRest, len(mask)))
		for w := range rest {
			rest[w] &^= mask[w]
		}
		mask = rest
	}
	// Columns pay off when the documents are dense; when they are sparse,
	// or a facet has no column, rows serve every facet at once.
	dense := min(pop, st.live()-pop)*sparseDiv >= st.n()
	var slots []int
	var multi uint32 // bit per multi-valued facet to count
	for _, f := range fs {
		switch j := slotOf[f]; {
		case colOf[f] >= 0 && dense:
			countColumn(mask, st.cols[colOf[f]], sc.counts, delta)
		case j >= 0:
			slots = append(slots, j)
		default:
			multi |= 1 << f
		}
	}
	if multi == 0 && len(slots) == 0 {
		return
	}
	counts, of := sc.counts, st.facets.of
	for w, word := range mask {
		for word != 0 {
			o := uint32(w<<6 + bits.TrailingZeros64(word))
			word &= word - 1
			row := st.row(o)
			for _, j := range slots {
				counts[row[j]] += delta
			}
			if multi == 0 {
				continue
			}
			in, extra := st.multi(o, row)
			for _, vs := range [2][]uint32{in, extra} {
				for _, v := range vs {
					if multi>>of[v]&1 != 0 {
						counts[v] += delta
					}
				}
			}
		}
	}
}

func countColumn(mask []uint64, col []uint32, counts []int32, delta int32) {
	for w, word := range mask {
		for word != 0 {
			o := w<<6 + bits.TrailingZeros64(word)
			word &= word - 1
			counts[col[o]] += delta
		}
	}
}
