package search

import (
	"cmp"
	"slices"
	"sort"
	"strings"
)

// Orders kept pre-sorted, one per sort other than relevance.
const (
	oNewest = iota
	oPriceAsc
	oPriceDesc
	oName
	nOrders
)

// order is every ordinal (dead ones too) in one sort order, and the
// position of each ordinal in it. Ranking matches by position turns every
// sort into a comparison of two integers.
type order struct {
	perm []uint32
	rank []uint32
}

// sortKey is what a sort compares: a number (release day or price) or a
// folded name, then the id.
type sortKey struct {
	num int64
	str string
	id  int64
}

// cmpKey compares two keys in order o; ids break ties, ascending.
func cmpKey(o int, a, b *sortKey) int {
	switch o {
	case oNewest, oPriceDesc:
		if a.num != b.num {
			return -cmp.Compare(a.num, b.num)
		}
	case oPriceAsc:
		if a.num != b.num {
			return cmp.Compare(a.num, b.num)
		}
	case oName:
		if c := strings.Compare(a.str, b.str); c != 0 {
			return c
		}
	}
	return cmp.Compare(a.id, b.id)
}

// name returns ordinal ord's folded name.
func (st *state) name(ord uint32) []byte { return st.names[st.nameOff[ord]:st.nameOff[ord+1]] }

// key returns ordinal ord's key in order o.
func (st *state) key(o int, ord uint32) sortKey {
	k := sortKey{id: st.ids[ord]}
	switch o {
	case oNewest:
		k.num = int64(st.released[ord])
	case oPriceAsc, oPriceDesc:
		k.num = st.price[ord]
	case oName:
		k.str = string(st.name(ord))
	}
	return k
}

// cmpOrd compares ordinal ord's key in order o with k, like cmpKey but
// without copying a name out of the arena.
func (st *state) cmpOrd(o int, ord uint32, k *sortKey) int {
	if o != oName {
		pk := st.key(o, ord)
		return cmpKey(o, &pk, k)
	}
	switch name := st.name(ord); {
	case string(name) < k.str:
		return -1
	case string(name) > k.str:
		return 1
	}
	return cmp.Compare(st.ids[ord], k.id)
}

// after returns the first position of order o whose key sorts after k.
func (st *state) after(o int, k *sortKey) int {
	perm := st.orders[o].perm
	return sort.Search(len(perm), func(i int) bool { return st.cmpOrd(o, perm[i], k) > 0 })
}

// keyed is a new document's key and ordinal, while it is merged into an order.
type keyed struct {
	k   sortKey
	ord uint32
}

// merged returns order o of st with the new documents inserted; the
// existing order is not modified, so searches can go on reading it.
func (st *state) merged(o int, add []keyed) order {
	slices.SortFunc(add, keyedCmp(o))
	old := st.orders[o].perm
	perm := make([]uint32, 0, len(old)+len(add))
	lo := 0
	for _, e := range add {
		i := st.gallopAfter(o, old, lo, &e.k)
		perm = append(perm, old[lo:i]...)
		perm = append(perm, e.ord)
		lo = i
	}
	perm = append(perm, old[lo:]...)
	return order{perm: perm, rank: ranks(perm)}
}

// gallopAfter returns the first position at or after lo of order o's
// permutation perm whose key sorts after k, probing 1, 2, 4… ahead before
// a binary search: merging a batch of sorted keys costs a logarithm of the
// gaps between them rather than of the whole order.
func (st *state) gallopAfter(o int, perm []uint32, lo int, k *sortKey) int {
	hi, step := lo, 1
	for hi < len(perm) && st.cmpOrd(o, perm[hi], k) <= 0 {
		lo = hi + 1
		hi += step
		step <<= 1
	}
	hi = min(hi, len(perm))
	return lo + sort.Search(hi-lo, func(i int) bool { return st.cmpOrd(o, perm[lo+i], k) > 0 })
}

// ranks inverts a permutation.
func ranks(perm []uint32) []uint32 {
	rank := make([]uint32, len(perm))
	for i, o := range perm {
		rank[o] = uint32(i)
	}
	return rank
}

// keyedCmp returns cmpKey for order o, specialised for the numeric orders,
// which sorts a bulk load's keys faster than a switch per comparison.
func keyedCmp(o int) func(a, b keyed) int {
	switch o {
	case oNewest, oPriceDesc:
		return func(a, b keyed) int {
			if a.k.num != b.k.num {
				return cmp.Compare(b.k.num, a.k.num)
			}
			return cmp.Compare(a.k.id, b.k.id)
		}
	case oPriceAsc:
		return func(a, b keyed) int {
			if a.k.num != b.k.num {
				return cmp.Compare(a.k.num, b.k.num)
			}
			return cmp.Compare(a.k.id, b.k.id)
		}
	}
	return func(a, b keyed) int { return cmpKey(o, &a.k, &b.k) }
}
