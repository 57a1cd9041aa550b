package search

import "slices"

// apply publishes a plan: tombstones the replaced documents and appends the
// new ones. It only appends and swaps, so it is quick; callers hold the
// write lock when searches can see st.
func (st *state) apply(p *plan) {
	st.kill(p.kill)
	for _, t := range p.newTerms {
		st.dict.ids[t] = uint32(len(st.dict.posts))
		st.dict.posts = append(st.dict.posts, nil)
		st.dict.tfs = append(st.dict.tfs, nil)
	}
	ft := &st.facets
	for _, v := range p.newVals {
		id := uint32(len(ft.of))
		if facetNumeric[v.facet] {
			ft.num[v.facet][v.num] = id
		} else {
			ft.str[v.facet][v.str] = id
		}
		ft.of = append(ft.of, v.facet)
		ft.text = append(ft.text, v.text())
		ft.posts = append(ft.posts, nil)
		ft.bits = append(ft.bits, nil)
		ft.live = append(ft.live, 0)
		ft.byFacet[v.facet] = append(ft.byFacet[v.facet], id)
	}
	st.reserve(p)
	for i := range p.ids {
		ord := p.base + uint32(i)
		for j := p.termOff[i]; j < p.termOff[i+1]; j++ {
			t := p.terms[j]
			st.dict.posts[t] = append(st.dict.posts[t], ord)
			st.dict.tfs[t] = append(st.dict.tfs[t], p.tfs[j])
		}
		for _, v := range p.single[i*nSingle : (i+1)*nSingle] {
			if v != 0 {
				ft.posts[v] = append(ft.posts[v], ord)
			}
			ft.live[v]++
		}
		for _, v := range p.vals[p.valOff[i]:p.valOff[i+1]] {
			ft.posts[v] = append(ft.posts[v], ord)
			ft.live[v]++
		}
		st.liveLen += int64(p.docLen[i])
	}
	st.byID.setAll(p.ids, p.base)
	st.rows = slices.Grow(st.rows, len(p.ids)*rowLen)
	for i := range p.ids {
		st.appendRow(p.base+uint32(i), p.single[i*nSingle:(i+1)*nSingle], p.vals[p.valOff[i]:p.valOff[i+1]])
	}
	st.ids = append(st.ids, p.ids...)
	st.docLen = append(st.docLen, p.docLen...)
	st.price = append(st.price, p.price...)
	st.released = append(st.released, p.released...)
	for _, nm := range p.name {
		st.names = append(st.names, nm...)
		st.nameOff = append(st.nameOff, uint32(len(st.names)))
	}
	for len(st.dead)*64 < st.n() {
		st.dead = append(st.dead, 0)
	}
	ft.refresh(p.base, st.n())
	if p.surf != nil {
		st.dict.surf, st.dict.surfTerm = p.surf, p.surfTerm
	}
	st.orders = p.orders
}

// appendRow appends the facet row and columns of ordinal o.
func (st *state) appendRow(o uint32, single, multi []uint32) {
	st.cols[colOf[fStudio]] = append(st.cols[colOf[fStudio]], single[slotOf[fStudio]])
	st.cols[colOf[fIP]] = append(st.cols[colOf[fIP]], single[slotOf[fIP]])
	st.rows = append(st.rows, single...)
	n := uint32(len(multi))
	if len(multi) > nInline {
		n = nInline | overflowBit
		st.overflow[o] = slices.Clone(multi[nInline:])
		multi = multi[:nInline]
	}
	st.rows = append(st.rows, n)
	st.rows = append(st.rows, multi...)
	for range nInline - len(multi) {
		st.rows = append(st.rows, 0)
	}
}

// reserve makes room for a large batch's postings up front: lists that are
// still empty are cut from one shared block (one allocation instead of one
// per term, and no slack), the others grow once.
func (st *state) reserve(p *plan) {
	if len(p.ids) < 1024 {
		return
	}
	counts := make([]uint32, len(st.dict.posts))
	for _, t := range p.terms {
		counts[t]++
	}
	reserveLists(st.dict.posts, counts)
	reserveLists(st.dict.tfs, counts)
	counts = make([]uint32, len(st.facets.posts))
	for _, v := range p.vals {
		counts[v]++
	}
	for _, v := range p.single {
		if v != 0 {
			counts[v]++
		}
	}
	reserveLists(st.facets.posts, counts)
}

func reserveLists[T any](lists [][]T, counts []uint32) {
	total := 0
	for i, c := range counts {
		if c > 0 && cap(lists[i]) == 0 {
			total += int(c)
		}
	}
	block := make([]T, total)
	for i, c := range counts {
		switch {
		case c == 0:
		case cap(lists[i]) == 0:
			lists[i], block = block[:0:c], block[c:]
		default:
			lists[i] = slices.Grow(lists[i], int(c))
		}
	}
}
