package search

import "slices"

// compacted returns a copy of st without its dead documents, the live ones
// renumbered in the same relative order (so every list stays sorted). The
// dictionaries are shared: only the single writer changes them, and only
// after this copy has replaced st. Searches may read st meanwhile.
func (st *state) compacted() *state {
	remap := make([]uint32, st.n())
	live := uint32(0)
	for o := range remap {
		if st.isDead(uint32(o)) {
			remap[o] = noValue
			continue
		}
		remap[o] = live
		live++
	}
	ns := &state{
		byID:     st.byID.renumbered(remap),
		nameOff:  make([]uint32, 1, live+1),
		dead:     make([]uint64, (live+63)/64),
		liveLen:  st.liveLen,
		rows:     make([]uint32, 0, int(live)*rowLen),
		overflow: map[uint32][]uint32{},
		dict:     dict{ids: st.dict.ids, surf: st.dict.surf, surfTerm: st.dict.surfTerm},
		facets:   st.facets,
	}
	ns.ids = keepLive(st.ids, remap, live)
	ns.docLen = keepLive(st.docLen, remap, live)
	ns.price = keepLive(st.price, remap, live)
	ns.released = keepLive(st.released, remap, live)
	ns.names = make([]byte, 0, len(st.names))
	for o, r := range remap {
		if r != noValue {
			ns.names = append(ns.names, st.name(uint32(o))...)
			ns.nameOff = append(ns.nameOff, uint32(len(ns.names)))
		}
	}
	for o, r := range remap {
		if r != noValue {
			ns.rows = append(ns.rows, st.row(uint32(o))...)
		}
	}
	for j := range ns.cols {
		ns.cols[j] = keepLive(st.cols[j], remap, live)
	}
	for o, extra := range st.overflow {
		if r := remap[o]; r != noValue {
			ns.overflow[r] = extra
		}
	}
	ns.dict.posts, ns.dict.tfs = remapLists(st.dict.posts, st.dict.tfs, remap)
	ns.facets.posts, _ = remapLists[uint8](st.facets.posts, nil, remap)
	ns.facets.live = slices.Clone(st.facets.live)
	ns.facets.bits = make([][]uint64, len(st.facets.bits))
	ns.facets.refresh(0, int(live))
	for f := range nFacets {
		ns.facets.byFacet[f] = slices.Clone(st.facets.byFacet[f])
	}
	for o := range nOrders {
		perm := make([]uint32, 0, live)
		for _, ord := range st.orders[o].perm {
			if r := remap[ord]; r != noValue {
				perm = append(perm, r)
			}
		}
		ns.orders[o] = order{perm: perm, rank: ranks(perm)}
	}
	return ns
}

func keepLive[T any](s []T, remap []uint32, live uint32) []T {
	out := make([]T, 0, live)
	for o, r := range remap {
		if r != noValue {
			out = append(out, s[o])
		}
	}
	return out
}

// remapLists renumbers postings (and their frequencies, when given) into
// one block, dropping dead ordinals.
func remapLists[T any](posts [][]uint32, freqs [][]T, remap []uint32) ([][]uint32, [][]T) {
	total := 0
	for _, l := range posts {
		for _, o := range l {
			if remap[o] != noValue {
				total++
			}
		}
	}
	block := make([]uint32, total)
	out := make([][]uint32, len(posts))
	var fblock []T
	var fout [][]T
	if freqs != nil {
		fblock, fout = make([]T, total), make([][]T, len(posts))
	}
	at := 0
	for i, l := range posts {
		start := at
		for j, o := range l {
			if r := remap[o]; r != noValue {
				block[at] = r
				if freqs != nil {
					fblock[at] = freqs[i][j]
				}
				at++
			}
		}
		out[i] = block[start:at:at]
		if freqs != nil {
			fout[i] = fblock[start:at:at]
		}
	}
	return out, fout
}
