package search

import (
	"testing"
)

// FuzzQuery checks that no text, cursor, sort, filter or limit makes a
// search panic, and that what comes back is consistent.
func FuzzQuery(f *testing.F) {
	x := newIndex(f, shelf()...)
	next := mustSearch(f, x, Query{Limit: 2}).Next
	f.Add("plush", "", "", "category", "plush", 0)
	f.Add("故宫猫", next, "", "studio", "10", 2)
	f.Add("café ＰＬＵ", next, "newest", "year", "2024", 1)
	f.Add("\xff\x00'", "AAAA", "name", "colour", "", -1)
	f.Add("the of a", "", "price_desc", "series", "100", 100)
	f.Fuzz(func(t *testing.T, text, cur, sort, facet, value string, limit int) {
		q := Query{Text: text, Cursor: cur, Sort: sort, Limit: limit, Filters: map[string][]string{facet: {value}}}
		for _, e := range engines {
			x.engine = e.mode
			r, err := x.Search(q)
			if err != nil {
				continue
			}
			max := limit
			if max == 0 {
				max = DefaultLimit
			}
			if len(r.IDs) > max || r.Total < len(r.IDs) || r.Total > x.Len() {
				t.Fatalf("%+v: %d ids, Total %d", q, len(r.IDs), r.Total)
			}
			seen := map[int64]bool{}
			for _, id := range r.IDs {
				if seen[id] {
					t.Fatalf("%+v: id %d twice", q, id)
				}
				seen[id] = true
			}
			if r.Next != "" {
				q2 := q
				q2.Cursor = r.Next
				if _, err := x.Search(q2); err != nil {
					t.Fatalf("%+v: its own next cursor fails: %v", q, err)
				}
			}
		}
	})
}
