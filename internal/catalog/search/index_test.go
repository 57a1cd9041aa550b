package search

import (
	"fmt"
	"reflect"
	"slices"
	"sync"
	"testing"
)

func TestUpsertReplacesADocument(t *testing.T) {
	x := newIndex(t, shelf()...)
	d := shelf()[0] // Palace Museum Cat Plush, plush, east_asia
	d.Text = []string{"Palace Museum Dragon Keyring"}
	d.Name = "Palace Museum Dragon Keyring"
	d.Category, d.Region, d.PriceCNY = "metal_enamel", "europe", 99
	x.Upsert(d)

	if x.Len() != 8 {
		t.Errorf("Len = %d, want 8", x.Len())
	}
	if r := mustSearch(t, x, Query{Text: "cat"}); !slices.Equal(r.IDs, []int64{6}) {
		t.Errorf("old text still matches: %v", r.IDs)
	}
	if r := mustSearch(t, x, Query{Text: "dragon keyring"}); !slices.Equal(r.IDs, []int64{1}) {
		t.Errorf("new text: %v, want [1]", r.IDs)
	}
	if r := mustSearch(t, x, Query{Text: "故宫"}); len(r.IDs) != 0 {
		t.Errorf("dropped Chinese text still matches: %v", r.IDs)
	}
	r := mustSearch(t, x, Query{})
	want := []FacetValue{{"plush", 2}, {"metal_enamel", 2}, {"acrylic", 1}, {"beaded", 1}, {"crochet", 1}, {"leather", 1}}
	slices.SortFunc(want, cmpFacetValue)
	if !reflect.DeepEqual(r.Facets[FacetCategory], want) {
		t.Errorf("category = %v, want %v", r.Facets[FacetCategory], want)
	}
	if r := mustSearch(t, x, Query{Sort: SortPriceAsc, Limit: 1}); !slices.Equal(r.IDs, []int64{1}) {
		t.Errorf("new price not sorted: %v", r.IDs)
	}
	for _, e := range engines {
		x.engine = e.mode
		r := mustSearch(t, x, Query{Filters: map[string][]string{FacetCategory: {"plush"}, FacetRegion: {"east_asia"}}})
		if !slices.Equal(sortedIDs(r.IDs), []int64{7}) {
			t.Errorf("%s: old facet values still match: %v", e.name, r.IDs)
		}
	}
}

func TestUpsertBatchKeepsTheLastOfAnID(t *testing.T) {
	x := New()
	x.Upsert(Doc{ID: 1, Text: []string{"first"}}, Doc{ID: 2, Text: []string{"other"}}, Doc{ID: 1, Text: []string{"second"}})
	if x.Len() != 2 {
		t.Errorf("Len = %d, want 2", x.Len())
	}
	if r := mustSearch(t, x, Query{Text: "first"}); len(r.IDs) != 0 {
		t.Errorf("first version kept: %v", r.IDs)
	}
	if r := mustSearch(t, x, Query{Text: "second"}); !slices.Equal(r.IDs, []int64{1}) {
		t.Errorf("second version: %v", r.IDs)
	}
}

func TestRemove(t *testing.T) {
	x := newIndex(t, shelf()...)
	if n := x.Remove(1, 7, 99); n != 2 {
		t.Errorf("Remove = %d, want 2", n)
	}
	if n := x.Remove(1); n != 0 {
		t.Errorf("second Remove = %d, want 0", n)
	}
	if r := mustSearch(t, x, Query{Text: "毛绒"}); len(r.IDs) != 0 || r.Total != 0 {
		t.Errorf("removed documents match: %+v", r)
	}
	r := mustSearch(t, x, Query{})
	if r.Total != 6 || x.Len() != 6 {
		t.Errorf("Total %d, Len %d, want 6", r.Total, x.Len())
	}
	if want := []FacetValue{{"acrylic", 1}, {"beaded", 1}, {"crochet", 1}, {"leather", 1}, {"metal_enamel", 1}, {"plush", 1}}; !reflect.DeepEqual(r.Facets[FacetCategory], want) {
		t.Errorf("category = %v, want %v", r.Facets[FacetCategory], want)
	}
	x.Upsert(shelf()[0])
	if r := mustSearch(t, x, Query{Text: "故宫"}); !slices.Equal(r.IDs, []int64{1}) {
		t.Errorf("re-added document: %v", r.IDs)
	}
}

func TestCompactionKeepsResults(t *testing.T) {
	docs := ledger()
	x := newIndex(t, docs...)
	before := map[string]Result{}
	queries := []Query{{}, {Text: "charm", Sort: SortNewest, Limit: 100}, {Sort: SortName, Limit: 100}, {Filters: map[string][]string{FacetMaterial: {"pearl"}}, Sort: SortPriceDesc}}
	for i, q := range queries {
		before[fmt.Sprint(i)] = mustSearch(t, x, q)
	}
	// Replace every document with itself, twice: all tombstones.
	for range 2 {
		for _, d := range docs {
			x.Upsert(d)
		}
	}
	if st := x.Stats(); st.Docs != len(docs) || st.Tombstones*4 >= st.Docs+st.Tombstones {
		t.Errorf("stats after replacing everything: %+v", st)
	}
	for i, q := range queries {
		if got := mustSearch(t, x, q); !reflect.DeepEqual(got, before[fmt.Sprint(i)]) {
			t.Errorf("%+v after compaction:\n%+v\nwant\n%+v", q, got, before[fmt.Sprint(i)])
		}
	}
}

func TestBuildReplacesContent(t *testing.T) {
	x := newIndex(t, shelf()...)
	x.Build(ledger())
	if x.Len() != len(ledger()) {
		t.Errorf("Len = %d, want %d", x.Len(), len(ledger()))
	}
	if r := mustSearch(t, x, Query{Text: "毛绒"}); len(r.IDs) != 0 {
		t.Errorf("old content kept: %v", r.IDs)
	}
	y := newIndex(t, ledger()...)
	for _, q := range []Query{{Limit: 100}, {Text: "apple", Limit: 100}, {Sort: SortPriceAsc, Filters: map[string][]string{FacetCategory: {"beaded"}}}} {
		if a, b := mustSearch(t, x, q), mustSearch(t, y, q); !reflect.DeepEqual(a, b) {
			t.Errorf("%+v: Build gives %+v, Upsert %+v", q, a, b)
		}
	}
}

func TestStats(t *testing.T) {
	x := newIndex(t, shelf()...)
	st := x.Stats()
	if st.Docs != 8 || st.Tombstones != 0 || st.Terms == 0 || st.Postings < st.Terms || st.FacetValues == 0 || st.Bytes <= 0 {
		t.Errorf("stats %+v", st)
	}
	x.Remove(3)
	if st := x.Stats(); st.Docs != 7 || st.Tombstones != 1 {
		t.Errorf("after a removal: %+v", st)
	}
}

func TestOverflowingFacetValues(t *testing.T) {
	// More multi-valued values than a row holds.
	d := Doc{ID: 1, Text: []string{"rainbow charm"}, Colours: []string{"red", "orange", "yellow", "green", "blue", "navy", "purple", "pink", "white", "black"}, Materials: []string{"brass", "enamel"}}
	x := newIndex(t, d, Doc{ID: 2, Text: []string{"charm"}, Colours: []string{"black"}})
	for _, e := range engines {
		x.engine = e.mode
		r := mustSearch(t, x, Query{Filters: map[string][]string{FacetColour: {"black"}, FacetMaterial: {"enamel"}}})
		if !slices.Equal(r.IDs, []int64{1}) {
			t.Errorf("%s: matched %v, want [1]", e.name, r.IDs)
		}
		if got := len(r.Facets[FacetColour]); got != 10 {
			t.Errorf("%s: %d colours, want 10: %v", e.name, got, r.Facets[FacetColour])
		}
	}
	x.Remove(1)
	if r := mustSearch(t, x, Query{}); len(r.Facets[FacetColour]) != 1 {
		t.Errorf("removed document's colours still counted: %v", r.Facets[FacetColour])
	}
}

func TestConcurrentSearchAndUpsert(t *testing.T) {
	docs := genDocs(3, 3000)
	x := New()
	x.Build(docs[:2000])
	g := newGenCorpus(5, 300, 50, 100)
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Go(func() {
			for i := range 200 {
				q := Query{Text: []string{"charm", "plu", "毛绒", ""}[i%4], Limit: 10}
				if i%3 == 0 {
					q.Filters = map[string][]string{FacetCategory: {genCategories[(i+w)%len(genCategories)]}}
				}
				if i%5 == 0 {
					q.Sort = SortPriceAsc
				}
				r, err := x.Search(q)
				if err != nil {
					t.Errorf("search: %v", err)
					return
				}
				if len(r.IDs) > 10 || r.Total < len(r.IDs) {
					t.Errorf("inconsistent page: %d ids of %d", len(r.IDs), r.Total)
				}
				if r.Next != "" {
					if _, err := x.Search(Query{Text: q.Text, Filters: q.Filters, Sort: q.Sort, Limit: 10, Cursor: r.Next}); err != nil {
						t.Errorf("next page: %v", err)
					}
				}
			}
		})
	}
	wg.Go(func() {
		for i := range 100 {
			switch i % 3 {
			case 0:
				x.Upsert(docs[2000+i*10 : 2000+i*10+10]...)
			case 1:
				x.Upsert(g.doc(int64(1 + i*7)))
			default:
				x.Remove(int64(i * 13))
			}
		}
	})
	wg.Wait()
	if x.Len() < 2000 {
		t.Errorf("Len = %d", x.Len())
	}
}
