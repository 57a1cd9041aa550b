package search

import (
	"math"
	"slices"
)

// BM25 parameters (the usual ones), and how much less a word found only by
// its prefix counts than the word itself.
const (
	bm25K1       = 1.2
	bm25B        = 0.75
	prefixFactor = 0.8
)

// plist is a sorted list of ordinals every match must be in, and what being
// in it adds to a match's score.
type plist struct {
	ords   []uint32
	tfs    []uint8   // a term's frequencies, scored with idf
	scores []float32 // precomputed scores (a union of prefix expansions)
	idf    float64
}

func idf(n int, live float64) float64 {
	df := min(float64(n), live)
	return math.Log(1 + (live-df+0.5)/(df+0.5))
}

func bm25(idf float64, tf uint8, dl uint16, avg float64) float64 {
	t := float64(tf)
	return idf * t * (bm25K1 + 1) / (t + bm25K1*(1-bm25B+bm25B*float64(dl)/avg))
}

// score returns what list entry i, ordinal o, adds to the score.
func (l *plist) score(i int, o uint32, st *state, avg float64) float32 {
	switch {
	case l.tfs != nil:
		return float32(bm25(l.idf, l.tfs[i], st.docLen[o], avg))
	case l.scores != nil:
		return l.scores[i]
	}
	return 0
}

// base returns the documents that contain every query term and pass the
// filters that are not counted (the series), with their relevance, in
// sc.ords and sc.scores. Dead ordinals may be among them.
func (st *state) base(p *parsed, sc *scratch) ([]uint32, []float32) {
	live, avg := float64(st.live()), st.avgLen()
	var lists []plist
	for _, t := range p.terms {
		if t.prefix {
			l, ok := st.prefixList(t, sc, live, avg)
			if !ok {
				return nil, nil
			}
			lists = append(lists, l)
			continue
		}
		id, ok := st.dict.ids[t.term]
		if !ok {
			return nil, nil
		}
		lists = append(lists, plist{ords: st.dict.posts[id], tfs: st.dict.tfs[id], idf: idf(len(st.dict.posts[id]), live)})
	}
	if sel := p.filters[fSeries]; sel != nil {
		var posts [][]uint32
		for _, v := range sel {
			if id, ok := st.facets.lookup(v); ok {
				posts = append(posts, st.facets.posts[id])
			}
		}
		lists = append(lists, plist{ords: sc.union(posts)})
	}
	slices.SortFunc(lists, func(a, b plist) int { return len(a.ords) - len(b.ords) })
	first := &lists[0]
	ords, scores := resize(sc.ords, len(first.ords)), resize(sc.scores, len(first.ords))
	for i, o := range first.ords {
		ords[i], scores[i] = o, first.score(i, o, st, avg)
	}
	for k := 1; k < len(lists) && len(ords) > 0; k++ {
		l := &lists[k]
		w, j := 0, 0
		for i, o := range ords {
			if j = gallop(l.ords, j, o); j == len(l.ords) {
				break
			}
			if l.ords[j] == o {
				ords[w], scores[w] = o, scores[i]+l.score(j, o, st, avg)
				w++
			}
		}
		ords, scores = ords[:w], scores[:w]
	}
	sc.ords, sc.scores = ords, scores
	return ords, scores
}

// prefixList returns the documents having a word that starts with the
// term's surface form, each scored by its best such word. The prefix
// counts as one term whose documents are the union of its words', so a
// rare completion does not outrank a common one; the exact word, when the
// text has one, scores with its own weight, longer words a little less.
func (st *state) prefixList(t queryTerm, sc *scratch, live, avg float64) (plist, bool) {
	sc.expand = st.dict.expand(t.surface, sc.expand[:0])
	exact, hasExact := st.dict.ids[t.term]
	if hasExact && !slices.Contains(sc.expand, exact) {
		sc.expand = append(sc.expand, exact)
	}
	if len(sc.expand) == 0 {
		return plist{}, false
	}
	if len(sc.expand) == 1 {
		id := sc.expand[0]
		posts, w := st.dict.posts[id], idf(len(st.dict.posts[id]), live)
		if !hasExact {
			w *= prefixFactor
		}
		return plist{ords: posts, tfs: st.dict.tfs[id], idf: w}, true
	}
	// The union's size is only known at the end; the sum of its words'
	// documents stands in for it, which saves a pass over the postings.
	df := 0
	for _, id := range sc.expand {
		df += len(st.dict.posts[id])
	}
	union := idf(df, live) * prefixFactor
	if float64(df) > hugePrefix*live {
		return st.flatPrefix(sc, union, avg), true
	}
	sc.dense = resize(sc.dense, st.n())
	total := 0
	for _, id := range sc.expand {
		posts, tfs := st.dict.posts[id], st.dict.tfs[id]
		w := union
		if hasExact && id == exact {
			w = idf(len(posts), live)
		}
		for i, o := range posts {
			s := float32(bm25(w, tfs[i], st.docLen[o], avg))
			word, bit := o>>6, uint64(1)<<(o&63)
			switch {
			case sc.bits[word]&bit == 0:
				sc.bits[word] |= bit
				sc.dense[o] = s
				total++
			case s > sc.dense[o]:
				sc.dense[o] = s
			}
		}
	}
	sc.preScores = sc.preScores[:0]
	sc.pre = sc.drain(sc.pre[:0], total, sc.dense, &sc.preScores)
	return plist{ords: sc.pre, scores: sc.preScores}, true
}

// hugePrefix: a prefix whose words occur more than hugePrefix times per
// document ("s" while the user types "star") matches most of the catalog.
// Weighing each occurrence would cost more than such a ranking is worth,
// so flatPrefix gives every match the same score.
const hugePrefix = 2

func (st *state) flatPrefix(sc *scratch, idf, avg float64) plist {
	lists := make([][]uint32, len(sc.expand))
	for i, id := range sc.expand {
		lists[i] = st.dict.posts[id]
	}
	sc.pre = append(sc.pre[:0], sc.union(lists)...)
	s := float32(bm25(idf, 1, uint16(min(avg, 65535)), avg))
	sc.preScores = resize(sc.preScores, len(sc.pre))
	for i := range sc.preScores {
		sc.preScores[i] = s
	}
	return plist{ords: sc.pre, scores: sc.preScores}
}

// gallop returns the first index at or after lo where l[index] >= x,
// probing 1, 2, 4… ahead before a binary search, so intersecting a short
// list with a long one costs the short one's length times a logarithm.
func gallop(l []uint32, lo int, x uint32) int {
	if lo >= len(l) || l[lo] >= x {
		return lo
	}
	step, hi := 1, lo+1
	for hi < len(l) && l[hi] < x {
		lo = hi
		step <<= 1
		hi = lo + step
	}
	hi = min(hi, len(l))
	for lo++; lo < hi; {
		m := int(uint(lo+hi) >> 1)
		if l[m] < x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}
