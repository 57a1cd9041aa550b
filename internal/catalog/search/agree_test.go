package search

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// randomQuery draws text and filters from the synthetic vocabulary, with
// some values the catalog does not have.
func randomQuery(r *rand.Rand) Query {
	pick := func(list []string) string { return list[r.IntN(len(list))] }
	var q Query
	switch r.IntN(8) {
	case 0:
	case 1:
		q.Text = pick(genSubjects)
	case 2:
		w := strings.ToLower(pick(genAdjectives))
		q.Text = w[:1+r.IntN(len(w))] // a prefix being typed
	case 3:
		q.Text = pick(genZH)
	case 4:
		q.Text = pick(genNouns) + "s"
	case 5:
		q.Text = pick(genSubjects) + " " + pick(genWords)
	case 6:
		q.Text = pick(genWords) + " " + pick(genZH) + " " + pick(genAdjectives)[:3]
	default:
		q.Text = "unicorn"
	}
	q.Filters = map[string][]string{}
	draw := map[string]func() string{
		FacetCategory:  func() string { return pick(genCategories) },
		FacetMaterial:  func() string { return pick(genMaterials[pick(genCategories)]) },
		FacetTheme:     func() string { return pick(genThemes) },
		FacetColour:    func() string { return pick(genColours) },
		FacetRegion:    func() string { return pick(genRegions) },
		FacetEco:       func() string { return pick(genEco) },
		FacetYear:      func() string { return strconv.Itoa(2019 + r.IntN(9)) },
		FacetStudio:    func() string { return strconv.Itoa(1 + r.IntN(40)) },
		FacetIP:        func() string { return strconv.Itoa(1 + r.IntN(10)) },
		FacetSeries:    func() string { return strconv.Itoa(1 + r.IntN(15)) },
		FacetPriceBand: func() string { return genPriceBand(int64(r.IntN(60000))) },
	}
	names := []string{FacetCategory, FacetMaterial, FacetTheme, FacetColour, FacetRegion, FacetEco, FacetYear, FacetStudio, FacetIP, FacetSeries, FacetPriceBand}
	for range r.IntN(4) {
		name := pick(names)
		for range 1 + r.IntN(3) {
			q.Filters[name] = append(q.Filters[name], draw[name]())
		}
	}
	q.Sort = []string{"", SortRelevance, SortNewest, SortPriceAsc, SortPriceDesc, SortName}[r.IntN(6)]
	return q
}

func TestIndexAgreesWithModel(t *testing.T) {
	r := rand.New(rand.NewPCG(42, 7))
	g := newGenCorpus(11, 40, 10, 15)
	x, m := New(), newModel()
	add := func(docs ...Doc) {
		x.Upsert(docs...)
		m.upsert(docs...)
	}
	nextID := int64(1)
	fresh := func(n int) []Doc {
		docs := make([]Doc, n)
		for i := range docs {
			docs[i] = g.doc(nextID)
			nextID++
		}
		return docs
	}
	add(fresh(300)...)
	for round := range 8 {
		for range 25 {
			checkAgainstModel(t, x, m, randomQuery(r))
		}
		switch round % 4 {
		case 0: // new documents, one by one
			for _, d := range fresh(20) {
				add(d)
			}
		case 1: // replace some with new content
			var docs []Doc
			for range 60 {
				d := g.doc(1 + r.Int64N(nextID-1))
				docs = append(docs, d)
			}
			add(docs...)
		case 2: // remove some
			for range 40 {
				id := 1 + r.Int64N(nextID-1)
				if got, want := x.Remove(id), len(m.docs); got == 1 {
					delete(m.docs, id)
				} else if _, ok := m.docs[id]; ok {
					t.Fatalf("Remove(%d) = %d with %d documents", id, got, want)
				}
			}
		case 3: // rebuild from scratch
			var docs []Doc
			for _, d := range m.docs {
				docs = append(docs, d)
			}
			x.Build(docs)
			m.surfaces = map[string]bool{}
			m.upsert(docs...)
		}
	}
}

func checkAgainstModel(t *testing.T, x *Index, m *model, q Query) {
	t.Helper()
	matches, facets := m.answer(q)
	sortName := q.Sort
	if sortName == "" {
		var f folder
		sortName = SortNewest
		if len(f.queryTerms(q.Text)) > 0 {
			sortName = SortRelevance
		}
	}
	for _, e := range engines {
		x.engine = e.mode
		name := fmt.Sprintf("%s %+v", e.name, q)
		q.Limit = 7
		r := mustSearch(t, x, q)
		if r.Total != len(matches) {
			t.Errorf("%s: Total %d, want %d", name, r.Total, len(matches))
		}
		for _, f := range Facets {
			if !reflect.DeepEqual(r.Facets[f], facets[f]) && len(r.Facets[f])+len(facets[f]) > 0 {
				t.Errorf("%s: facet %s = %v\nwant %v", name, f, r.Facets[f], facets[f])
			}
		}
		got := walk(t, x, q)
		if sortName == SortRelevance {
			want := make([]int64, len(matches))
			for i, d := range matches {
				want[i] = d.ID
			}
			slices.Sort(want)
			if g := sortedIDs(got); !slices.Equal(g, want) {
				t.Errorf("%s: walk found %v\nwant %v", name, g, want)
			}
			continue
		}
		if want := expectedOrder(matches, sortName); !slices.Equal(got, want) {
			t.Errorf("%s: walk %v\nwant %v", name, got, want)
		}
	}
	x.engine = engineAuto
}

// TestRelevanceOrderIsStable checks that relevance pages are sorted by a
// score that does not depend on how facets were counted.
func TestRelevanceOrderIsStable(t *testing.T) {
	x := New()
	x.Build(genDocs(9, 2000))
	r := rand.New(rand.NewPCG(1, 2))
	for range 30 {
		q := randomQuery(r)
		q.Sort, q.Limit = SortRelevance, 100
		var first []int64
		for _, e := range engines {
			x.engine = e.mode
			got := mustSearch(t, x, q).IDs
			if first == nil {
				first = got
			} else if !slices.Equal(got, first) {
				t.Errorf("%+v: %s gives %v, want %v", q, e.name, got, first)
			}
		}
	}
}
