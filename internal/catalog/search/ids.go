package search

import (
	"cmp"
	"slices"
)

// idIndex maps document ids to their live ordinals: the ids in ascending
// order beside their ordinals, a third of the size of a map and nothing
// for the garbage collector to scan. Catalog ids mostly arrive in
// ascending order, which appends. A removed id keeps its place with
// noValue until compaction rebuilds the index. Only the writer uses it.
type idIndex struct {
	ids  []int64
	ords []uint32
}

// get returns the live ordinal of id.
func (x *idIndex) get(id int64) (uint32, bool) {
	i, ok := slices.BinarySearch(x.ids, id)
	if !ok || x.ords[i] == noValue {
		return 0, false
	}
	return x.ords[i], true
}

// setAll records base+i as the live ordinal of ids[i]; of repeated ids the
// last wins. New ids that do not extend the table are merged in one pass,
// so a batch arriving out of id order (parallel range loads) costs a sort,
// not a shift of the table per id.
func (x *idIndex) setAll(ids []int64, base uint32) {
	type pair struct {
		id  int64
		ord uint32
	}
	var late []pair
	for i, id := range ids {
		ord := base + uint32(i)
		if n := len(x.ids); n == 0 || x.ids[n-1] < id {
			x.ids, x.ords = append(x.ids, id), append(x.ords, ord)
			continue
		}
		if j, ok := slices.BinarySearch(x.ids, id); ok {
			x.ords[j] = ord
			continue
		}
		late = append(late, pair{id, ord})
	}
	if len(late) == 0 {
		return
	}
	// Stable, so that of repeated late ids the last one stays last.
	slices.SortStableFunc(late, func(a, b pair) int { return cmp.Compare(a.id, b.id) })
	ids2 := make([]int64, 0, len(x.ids)+len(late))
	ords2 := make([]uint32, 0, len(x.ids)+len(late))
	i := 0
	for k, p := range late {
		if k+1 < len(late) && late[k+1].id == p.id {
			continue // a later copy of this id wins
		}
		for i < len(x.ids) && x.ids[i] < p.id {
			ids2, ords2 = append(ids2, x.ids[i]), append(ords2, x.ords[i])
			i++
		}
		ids2, ords2 = append(ids2, p.id), append(ords2, p.ord)
	}
	x.ids, x.ords = append(ids2, x.ids[i:]...), append(ords2, x.ords[i:]...)
}

// clear marks id as having no live ordinal.
func (x *idIndex) clear(id int64) {
	if i, ok := slices.BinarySearch(x.ids, id); ok {
		x.ords[i] = noValue
	}
}

// renumbered returns the index after compaction: removed ids dropped, the
// others' ordinals mapped by remap.
func (x *idIndex) renumbered(remap []uint32) idIndex {
	out := idIndex{ids: make([]int64, 0, len(x.ids)), ords: make([]uint32, 0, len(x.ids))}
	for i, o := range x.ords {
		if o != noValue && remap[o] != noValue {
			out.ids, out.ords = append(out.ids, x.ids[i]), append(out.ords, remap[o])
		}
	}
	return out
}
