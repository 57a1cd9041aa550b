package search

import "sync"

// Index is the in-memory search index of the catalog.
//
// Documents get an ordinal in insertion order and live in flat arrays
// indexed by it (state.go); replacing one tombstones its ordinal and
// appends it anew, and compaction renumbers once tombstones reach a
// quarter. Text is folded and split into terms (fold.go, tokenize.go),
// each with the ascending list of the ordinals that contain it; a query
// intersects its terms' lists, shortest first, scoring BM25 as it goes
// (match.go). Facet values are interned to small ids; each document has a
// row of them, and values held by many documents also a bitset (facet.go).
// Disjunctive facet counts come from one pass over the candidates, row by
// row for small candidate sets (pass.go) and with bitsets and popcounts
// for large ones (wide.go). Every sort but relevance is kept pre-sorted,
// so a page is the smallest positions among the matches (order.go,
// page.go), and the cursor holds the last key, not a position (cursor.go).
//
// It is safe for concurrent use. Searches share a read lock. Writers are
// serialised; a writer does its slow work (tokenising, re-sorting the
// orders, compacting) while searches go on, and takes the write lock only
// to publish, which appends to lists and swaps slices.
type Index struct {
	wmu sync.Mutex   // serialises writers
	mu  sync.RWMutex // guards st against searches while a writer publishes
	st  *state

	engine engine // how facets are counted; set by tests only
}

// New returns an empty index.
func New() *Index { return &Index{st: newState()} }

// Build replaces the whole content of the index with docs; of repeated ids
// the last wins. It is the fast way to load a catalog: lists are sized
// once, without the slack of growing them document by document.
func (x *Index) Build(docs []Doc) {
	x.wmu.Lock()
	defer x.wmu.Unlock()
	st := newState()
	st.apply(st.plan(docs))
	x.publish(st)
}

// Upsert adds documents, or replaces those whose id is already indexed; of
// repeated ids the last wins. Batches are cheaper than single calls: each
// call re-sorts the orders once.
func (x *Index) Upsert(docs ...Doc) {
	if len(docs) == 0 {
		return
	}
	x.wmu.Lock()
	defer x.wmu.Unlock()
	p := x.st.plan(docs)
	x.mu.Lock()
	x.st.apply(p)
	x.mu.Unlock()
	x.compact()
}

// Remove drops the documents with these ids and reports how many were
// indexed.
func (x *Index) Remove(ids ...int64) int {
	x.wmu.Lock()
	defer x.wmu.Unlock()
	x.mu.Lock()
	n := x.st.kill(ids)
	x.mu.Unlock()
	x.compact()
	return n
}

// compact rebuilds the state without its tombstones once they pile up.
// Callers hold wmu.
func (x *Index) compact() {
	if x.st.needsCompaction() {
		x.publish(x.st.compacted())
	}
}

func (x *Index) publish(st *state) {
	x.mu.Lock()
	x.st = st
	x.mu.Unlock()
}

// Len returns the number of documents.
func (x *Index) Len() int {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return x.st.live()
}

// Stats describes the index's size.
func (x *Index) Stats() Stats {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return x.st.stats()
}
