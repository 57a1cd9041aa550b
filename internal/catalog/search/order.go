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

// key returns ordinal ord's key in order o.
func (st *state) key(o int, ord uint32) sortKey {
	k := sortKey{id: st.ids[ord]}
	switch o {
	case oNewest:
		k.num = int64(st.released[ord])
	case oPriceAsc, oPriceDesc:
		k.num = st.price[ord]
	case oName:
		k.str = st.name[ord]
	}
	return k
}

// after returns the first position of order o whose key sorts after k.
func (st *state) after(o int, k *sortKey) int {
	perm := st.orders[o].perm
	return sort.Search(len(perm), func(i int) bool {
		pk := st.key(o, perm[i])
		return cmpKey(o, &pk, k) > 0
	})
}

// keyed is a new document's key and ordinal, while it is merged into an order.
type keyed struct {
	k   sortKey
	ord uint32
}

// merged returns order o of st with the new documents inserted; the
// existing order is not modified, so searches can go on reading it.
func (st *state) merged(o int, add []keyed) order {
	slices.SortFunc(add, func(a, b keyed) int { return cmpKey(o, &a.k, &b.k) })
	old := st.orders[o].perm
	perm := make([]uint32, 0, len(old)+len(add))
	lo := 0
	for _, e := range add {
		i := lo + sort.Search(len(old)-lo, func(i int) bool {
			pk := st.key(o, old[lo+i])
			return cmpKey(o, &pk, &e.k) > 0
		})
		perm = append(perm, old[lo:i]...)
		perm = append(perm, e.ord)
		lo = i
	}
	perm = append(perm, old[lo:]...)
	return order{perm: perm, rank: ranks(perm)}
}

// ranks inverts a permutation.
func ranks(perm []uint32) []uint32 {
	rank := make([]uint32, len(perm))
	for i, o := range perm {
		rank[o] = uint32(i)
	}
	return rank
}
