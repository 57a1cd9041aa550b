package search

import "slices"

// hit is a match ranked by relevance.
type hit struct {
	score float32
	id    int64
	ord   uint32
}

// better reports whether a ranks before b: higher score, then lower id.
func (a hit) better(b hit) bool {
	return a.score > b.score || a.score == b.score && a.id < b.id
}

// page returns the ids of the page after the cursor and the next cursor.
func (st *state) page(p *parsed, t *tally, sc *scratch) ([]int64, string) {
	if p.sort == sRelevance {
		return st.pageByScore(p, t, sc)
	}
	o := orderOf[p.sort]
	pos := 0
	if c := p.cursor; c != nil {
		pos = st.after(o, &sortKey{num: c.num, str: c.str, id: c.id})
	}
	want := p.limit + 1
	perm := st.orders[o].perm
	picked := sc.ranks[:0]
	if t.all {
		// Every live document matches: walk the order from the cursor.
		for r := pos; r < len(perm) && len(picked) < want; r++ {
			if !st.isDead(perm[r]) {
				picked = append(picked, uint32(r))
			}
		}
	} else {
		rank := st.orders[o].rank
		for _, ord := range t.ords {
			if r := rank[ord]; int(r) >= pos {
				picked = pushSmallest(picked, want, r)
			}
		}
		slices.Sort(picked)
	}
	sc.ranks = picked
	ids := make([]int64, 0, min(len(picked), p.limit))
	next := ""
	for i, r := range picked {
		if i == p.limit {
			k := st.key(o, perm[picked[i-1]])
			next = (&cursor{sort: p.sort, id: k.id, num: k.num, str: k.str}).encode()
			break
		}
		ids = append(ids, st.ids[perm[r]])
	}
	return ids, next
}

// pageByScore ranks matches by relevance with a bounded heap.
func (st *state) pageByScore(p *parsed, t *tally, sc *scratch) ([]int64, string) {
	want := p.limit + 1
	h := sc.hits[:0]
	var after hit
	if c := p.cursor; c != nil {
		after = hit{score: c.score(), id: c.id}
	}
	consider := func(ord uint32, score float32) {
		x := hit{score: score, id: st.ids[ord], ord: ord}
		if p.cursor != nil && !after.better(x) {
			return
		}
		h = pushBest(h, want, x)
	}
	if t.all {
		for o := range st.n() {
			if !st.isDead(uint32(o)) {
				consider(uint32(o), 0)
			}
		}
	} else {
		for i, o := range t.ords {
			var s float32
			if t.scores != nil {
				s = t.scores[i]
			}
			consider(o, s)
		}
	}
	slices.SortFunc(h, func(a, b hit) int {
		if a.better(b) {
			return -1
		}
		return 1
	})
	sc.hits = h
	ids := make([]int64, 0, min(len(h), p.limit))
	next := ""
	for i, x := range h {
		if i == p.limit {
			last := h[i-1]
			next = (&cursor{sort: sRelevance, id: last.id, num: int64(floatBits(last.score))}).encode()
			break
		}
		ids = append(ids, x.id)
	}
	return ids, next
}
