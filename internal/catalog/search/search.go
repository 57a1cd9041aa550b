package search

// tally is what the matching pass found.
type tally struct {
	ords   []uint32  // the matches, ascending, unless all
	scores []float32 // their relevance; nil without text
	all    bool      // every live document matches
	counts [nCounted][]int32
}

func (t *tally) total(st *state) int {
	if t.all {
		return st.live()
	}
	return len(t.ords)
}

// search answers a parsed query. The pass over candidates is driven by the
// smallest set that can hold every document the facet counts need:
//   - with text (or a series), the documents containing the text;
//   - else, with two or more filters, the union of the two most selective;
//   - else, with one filter, that filter's documents, its own facet being
//     counted over the whole index;
//   - else every document matches and the counts are the index's own.
func (st *state) search(p *parsed, sc *scratch, mode engine) Result {
	sc.reset(st)
	fl := st.filters(p)
	var t tally
	for f := range t.counts {
		t.counts[f] = sc.counts
	}
	switch {
	case len(p.terms) > 0 || p.filters[fSeries] != nil:
		ords, scores := st.base(p, sc)
		if len(fl) >= 2 {
			ords, scores = st.narrow(ords, scores, fl, sc)
		}
		if st.wide(len(ords), mode) {
			t = st.countWide(ords, scores, false, fl, sc, mode)
		} else {
			t.ords, t.scores = st.pass(ords, scores, fl, sc)
		}
	case len(fl) == 0:
		t.all = true
		for f := range t.counts {
			t.counts[f] = st.facets.live
		}
	case len(fl) == 1:
		if st.wide(fl[0].size, mode) {
			t = st.countWide(nil, nil, true, fl, sc, mode)
			break
		}
		// Every candidate passes the one filter, whose own facet counts
		// over the whole index.
		t.ords, _ = st.pass(sc.union(st.postings(fl[0])), nil, nil, sc)
		t.counts[fl[0].facet] = st.facets.live
	default:
		a, b := smallestTwo(fl)
		if st.wide(a.size+b.size, mode) {
			t = st.countWide(nil, nil, true, fl, sc, mode)
			break
		}
		t.ords, _ = st.pass(sc.union(st.postings(a, b)), nil, fl, sc)
	}
	res := Result{Total: t.total(st), Facets: st.facetCounts(p, &t)}
	res.IDs, res.Next = st.page(p, &t, sc)
	return res
}

// Search answers q: one page of matching ids in order, the number of
// matches, facet counts and the cursor of the next page. It returns an
// Invalid error for an unknown facet or sort, a limit outside 0–100, a
// malformed cursor or one of another sort, or text over 200 characters.
func (x *Index) Search(q Query) (Result, error) {
	p, err := parse(q)
	if err != nil {
		return Result{}, err
	}
	sc := scratches.Get().(*scratch)
	res := x.searchLocked(p, sc)
	// Only a scratch whose bitsets were cleared by a search that ran to
	// its end goes back to the pool.
	scratches.Put(sc)
	return res, nil
}

func (x *Index) searchLocked(p *parsed, sc *scratch) Result {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return x.st.search(p, sc, x.engine)
}
