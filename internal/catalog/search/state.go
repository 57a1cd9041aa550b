package search

// noValue marks a dead ordinal while renumbering.
const noValue = ^uint32(0)

// state is the whole index content. Documents live in flat arrays indexed
// by an ordinal assigned in insertion order; replacing a document marks its
// old ordinal dead (a tombstone) and appends it again, so postings, which
// list ordinals in ascending order, only ever grow at their end. Compaction
// renumbers the live documents once tombstones pile up.
type state struct {
	ids      []int64
	dead     []uint64 // bitset of tombstoned ordinals
	ndead    int
	byID     idIndex  // live ordinal of each id; used by writers only
	docLen   []uint16 // weighted number of terms, for BM25
	liveLen  int64    // sum of docLen over live documents
	price    []int64
	released []int32             // YYYYMMDD, 0 when unknown
	names    []byte              // folded names, for the name sort, back to back
	nameOff  []uint32            // name of ordinal o: names[nameOff[o]:nameOff[o+1]]
	rows     []uint32            // facet values of ordinal o: rows[o*rowLen:][:rowLen]
	overflow map[uint32][]uint32 // multi-valued facet values that did not fit a row
	cols     [nCols][]uint32     // the studio and IP again, a column each

	dict   dict
	facets facetTable
	orders [nOrders]order
}

func newState() *state {
	return &state{
		overflow: map[uint32][]uint32{},
		nameOff:  []uint32{0},
		dict:     newDict(),
		facets:   newFacetTable(),
	}
}

// n is the number of ordinals, dead ones included.
func (st *state) n() int { return len(st.ids) }

// live is the number of live documents.
func (st *state) live() int { return len(st.ids) - st.ndead }

func (st *state) isDead(o uint32) bool { return st.dead[o>>6]&(1<<(o&63)) != 0 }

// A row holds a document's facet values in one cache line: the
// single-valued facets by slot (0: none), the number of multi-valued values
// (with overflowBit set when more than fit are in st.overflow), and
// the multi-valued values. Counting facets touches a row per candidate,
// so one line per document, rather than a column per facet, is what
// keeps a pass over a large candidate set fast.
//
// The studio and the IP are also kept in columns: they have too many
// values to count with bitsets, and counting a large set of documents
// reads a column nearly in sequence, where their rows would be as many
// cache misses. (Facets with few values are counted with bitsets.)
const (
	nCols       = 2
	rowLen      = 16
	nInline     = rowLen - nSingle - 1
	overflowBit = 1 << 31
)

func (st *state) row(o uint32) []uint32 {
	i := o * rowLen
	return st.rows[i : i+rowLen : i+rowLen]
}

// multi returns the multi-valued facet values of ordinal o, whose row is
// row: those in the row and those that did not fit (usually none).
func (st *state) multi(o uint32, row []uint32) (inline, extra []uint32) {
	n := row[nSingle]
	if n&overflowBit == 0 {
		return row[nSingle+1 : nSingle+1+n], nil
	}
	return row[nSingle+1:], st.overflow[o]
}

// kill tombstones the live documents with these ids and reports how many
// there were. Callers hold the write lock.
func (st *state) kill(ids []int64) int {
	k := 0
	for _, id := range ids {
		o, ok := st.byID.get(id)
		if !ok {
			continue
		}
		st.byID.clear(id)
		st.dead[o>>6] |= 1 << (o & 63)
		st.ndead++
		st.liveLen -= int64(st.docLen[o])
		row := st.row(o)
		in, extra := st.multi(o, row)
		for _, vs := range [3][]uint32{row[:nSingle], in, extra} {
			for _, v := range vs {
				st.facets.live[v]--
			}
		}
		k++
	}
	return k
}

// avgLen is the mean weighted document length, for BM25.
func (st *state) avgLen() float64 {
	if st.live() == 0 {
		return 1
	}
	return max(float64(st.liveLen)/float64(st.live()), 1)
}

// needsCompaction reports whether a quarter or more of the ordinals are
// dead: past that, dead postings cost searches more than a rebuild costs.
func (st *state) needsCompaction() bool {
	return st.ndead > 0 && st.ndead*4 >= st.n()
}

// Stats describes an index.
type Stats struct {
	Docs        int   // live documents
	Tombstones  int   // replaced or removed documents not yet compacted away
	Terms       int   // distinct terms
	Postings    int   // term postings, dead ones included
	FacetValues int   // distinct facet values
	Bytes       int64 // approximate size of the index's arrays, maps excluded
}

func (st *state) stats() Stats {
	s := Stats{Docs: st.live(), Tombstones: st.ndead, Terms: len(st.dict.posts), FacetValues: len(st.facets.of) - 1}
	var b int
	for i, p := range st.dict.posts {
		s.Postings += len(p)
		b += cap(p)*4 + cap(st.dict.tfs[i]) + 48
	}
	for i, p := range st.facets.posts {
		b += cap(p)*4 + cap(st.facets.bits[i])*8 + 48
	}
	for _, c := range st.cols {
		b += cap(c) * 4
	}
	for _, o := range st.orders {
		b += (cap(o.perm) + cap(o.rank)) * 4
	}
	b += cap(st.rows)*4 + cap(st.names) + cap(st.nameOff)*4 + cap(st.dead)*8
	b += cap(st.ids)*8 + cap(st.price)*8 + cap(st.released)*4 + cap(st.docLen)*2
	b += cap(st.byID.ids)*8 + cap(st.byID.ords)*4 + len(st.dict.surf)*20
	s.Bytes = int64(b)
	return s
}
