package search

import (
	"runtime"
	"slices"
	"strings"
	"sync"
)

// chunk is how many documents are analysed at a time while planning, so a
// bulk load never holds the token strings of every document at once.
const chunk = 16384

// plan is everything a batch of documents changes, prepared without
// touching the state that searches read: the new documents' arrays, terms
// and facet values interned to ids (new ones listed for apply to add), the
// merged surface list and the re-sorted orders.
type plan struct {
	base     uint32 // ordinal of the first new document
	ids      []int64
	docLen   []uint16
	price    []int64
	released []int32
	name     []string
	single   []uint32
	termOff  []uint32
	terms    []uint32
	tfs      []uint8
	valOff   []uint32
	vals     []uint32
	kill     []int64 // ids already indexed, to tombstone

	newTerms []string
	newVals  []fval
	surf     []string // merged surface list; nil when unchanged
	surfTerm []uint32
	orders   [nOrders]order

	pendTerm map[string]uint32
	pendVal  map[fval]uint32
	pendSurf map[string]uint32
	fv       []fval
}

// plan prepares docs (the last of repeated ids wins) for apply. Only the
// single writer calls it; it reads st, which searches may read at the
// same time, and writes nothing of it.
func (st *state) plan(docs []Doc) *plan {
	keep := dedupe(docs)
	p := &plan{
		base:     uint32(st.n()),
		termOff:  []uint32{0},
		valOff:   []uint32{0},
		pendTerm: map[string]uint32{},
		pendVal:  map[fval]uint32{},
		pendSurf: map[string]uint32{},
	}
	for lo := 0; lo < len(keep); lo += chunk {
		part := keep[lo:min(lo+chunk, len(keep))]
		for _, a := range analyzeParallel(part) {
			p.addTerms(st, a)
		}
		for _, d := range part {
			p.addDoc(st, d)
		}
	}
	p.finish(st)
	return p
}

// dedupe returns the documents to index, keeping the last of each id.
func dedupe(docs []Doc) []*Doc {
	last := make(map[int64]int, len(docs))
	for i := range docs {
		last[docs[i].ID] = i
	}
	out := make([]*Doc, 0, len(last))
	for i := range docs {
		if last[docs[i].ID] == i {
			out = append(out, &docs[i])
		}
	}
	return out
}

// addTerms interns the analysed terms and surface forms of a run of documents.
func (p *plan) addTerms(st *state, a *analysis) {
	for i := range len(a.off) - 1 {
		for _, w := range a.terms[a.off[i]:a.off[i+1]] {
			p.terms = append(p.terms, p.termID(st, w.term))
			p.tfs = append(p.tfs, uint8(min(w.w, 255)))
		}
		p.termOff = append(p.termOff, uint32(len(p.terms)))
		for _, s := range a.surf[a.soff[i]:a.soff[i+1]] {
			if _, ok := p.pendSurf[s]; ok || st.dict.hasSurface(s) {
				continue
			}
			p.pendSurf[strings.Clone(s)] = p.termID(st, stem(s))
		}
		p.docLen = append(p.docLen, a.dlen[i])
		p.name = append(p.name, a.name[i])
	}
}

func (p *plan) termID(st *state, t string) uint32 {
	if id, ok := st.dict.ids[t]; ok {
		return id
	}
	if id, ok := p.pendTerm[t]; ok {
		return id
	}
	id := uint32(len(st.dict.posts) + len(p.newTerms))
	t = strings.Clone(t) // t may point into a whole folded text
	p.pendTerm[t] = id
	p.newTerms = append(p.newTerms, t)
	if isWord(t) {
		// A word is its own surface form, or the stem of others; either
		// way prefix search finds it under its own spelling too.
		p.pendSurf[t] = id
	}
	return id
}

func (p *plan) valueID(st *state, v fval) uint32 {
	if id, ok := st.facets.lookup(v); ok {
		return id
	}
	if id, ok := p.pendVal[v]; ok {
		return id
	}
	id := uint32(len(st.facets.of) + len(p.newVals))
	p.pendVal[v] = id
	p.newVals = append(p.newVals, v)
	return id
}

// addDoc records a document's facet values and sort keys.
func (p *plan) addDoc(st *state, d *Doc) {
	var single [nSingle]fval
	single, p.fv = docValues(d, p.fv[:0])
	for _, v := range single {
		id := uint32(0)
		if v != (fval{}) {
			id = p.valueID(st, v)
		}
		p.single = append(p.single, id)
	}
	for _, v := range p.fv {
		p.vals = append(p.vals, p.valueID(st, v))
	}
	p.valOff = append(p.valOff, uint32(len(p.vals)))
	p.ids = append(p.ids, d.ID)
	p.price = append(p.price, d.PriceCNY)
	p.released = append(p.released, parseDay(d.Released))
	if _, ok := st.byID.get(d.ID); ok {
		p.kill = append(p.kill, d.ID)
	}
}

// finish merges the new surface forms and the new documents' sort keys
// into copies of the state's lists.
func (p *plan) finish(st *state) {
	if len(p.pendSurf) > 0 {
		add := make([]string, 0, len(p.pendSurf))
		for s := range p.pendSurf {
			add = append(add, s)
		}
		slices.Sort(add)
		terms := make([]uint32, len(add))
		for i, s := range add {
			terms[i] = p.pendSurf[s]
		}
		p.surf, p.surfTerm = mergeSurfaces(st.dict.surf, st.dict.surfTerm, add, terms)
	}
	// One order per processor at a time: each holds a copy of the keys.
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for o := range nOrders {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			p.orders[o] = st.merged(o, p.keys(o))
		})
	}
	wg.Wait()
	p.pendTerm, p.pendVal, p.pendSurf = nil, nil, nil
}

func (p *plan) keys(o int) []keyed {
	out := make([]keyed, len(p.ids))
	for i, id := range p.ids {
		k := sortKey{id: id}
		switch o {
		case oNewest:
			k.num = int64(p.released[i])
		case oPriceAsc, oPriceDesc:
			k.num = p.price[i]
		case oName:
			k.str = p.name[i]
		}
		out[i] = keyed{k: k, ord: p.base + uint32(i)}
	}
	return out
}
