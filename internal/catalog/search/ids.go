package search

import "slices"

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

// set records ord as id's live ordinal.
func (x *idIndex) set(id int64, ord uint32) {
	if n := len(x.ids); n == 0 || x.ids[n-1] < id {
		x.ids, x.ords = append(x.ids, id), append(x.ords, ord)
		return
	}
	i, ok := slices.BinarySearch(x.ids, id)
	if ok {
		x.ords[i] = ord
		return
	}
	x.ids, x.ords = slices.Insert(x.ids, i, id), slices.Insert(x.ords, i, ord)
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
