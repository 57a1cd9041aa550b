package catalog

import (
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/catalog/search"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
)

func TestSearchHydratesInIndexOrder(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		a := f.mustSave(t, f.admin, f.sampleCharm("s-a", "Almond Tofu"))
		b := f.mustSave(t, f.admin, f.sampleCharm("s-b", "Bubble Tea"))
		c := f.mustSave(t, f.admin, f.sampleCharm("s-c", "Custard Bun"))
		facets := map[string][]search.FacetValue{search.FacetCategory: {{Value: "plush", Count: 3}}}
		f.idx.result = search.Result{IDs: []int64{c.ID, 999999, a.ID, b.ID}, Total: 4, Facets: facets, Next: "bmV4dA"}

		q := search.Query{Text: "bun", Filters: map[string][]string{search.FacetCategory: {"plush"}, search.FacetStudio: {"1"}}, Sort: search.SortPriceAsc, Limit: 3}
		res, err := f.s.Search(ctxBG, q)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, ch := range res.Charms {
			names = append(names, ch.Name)
		}
		if want := []string{"Custard Bun", "Almond Tofu", "Bubble Tea"}; !reflect.DeepEqual(names, want) {
			t.Fatalf("hydrated %v, want %v (an id the database lacks is skipped)", names, want)
		}
		if res.Charms[0].StudioName != "Pop Mart" || res.Total != 4 || res.Next != "bmV4dA" || !reflect.DeepEqual(res.Facets, facets) {
			t.Fatalf("result %+v", res)
		}
		if len(f.idx.queries) != 1 || !reflect.DeepEqual(f.idx.queries[0], q) {
			t.Fatalf("index asked %+v", f.idx.queries)
		}
	})
}

func TestSearchRejectsBadQueries(t *testing.T) {
	s, idx := newServiceWithFake(nil, nil) // validation needs no database
	tests := []struct {
		name   string
		q      search.Query
		fields []string
	}{
		{"UnknownFacet", search.Query{Filters: map[string][]string{"flavour": {"mint"}}}, []string{"flavour"}},
		{"UnknownSort", search.Query{Sort: "popularity"}, []string{"sort"}},
		{"NegativeLimit", search.Query{Limit: -1}, []string{"limit"}},
		{"LimitOver100", search.Query{Limit: 101}, []string{"limit"}},
		{"CursorWithForeignCharacters", search.Query{Cursor: "abc/def+"}, []string{"cursor"}},
		{"OverlongCursor", search.Query{Cursor: strings.Repeat("a", 2000)}, []string{"cursor"}},
		{"OverlongText", search.Query{Text: strings.Repeat("字", 201)}, []string{"q"}},
		{"NonNumericStudio", search.Query{Filters: map[string][]string{search.FacetStudio: {"pop-mart"}}}, []string{"studio"}},
		{"NonNumericYear", search.Query{Filters: map[string][]string{search.FacetYear: {"2024", "last"}}}, []string{"year"}},
		{"EveryProblemAtOnce", search.Query{Sort: "x", Limit: 500, Filters: map[string][]string{"x": nil, search.FacetSeries: {"s"}}},
			[]string{"sort", "limit", "x", "series"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := s.Search(ctxBG, tt.q)
			wantFields(t, err, tt.fields...)
		})
	}
	if len(idx.queries) != 0 {
		t.Fatalf("invalid queries reached the index: %+v", idx.queries)
	}
	t.Run("ValidQueryWithoutResultsIsEmpty", func(t *testing.T) {
		res, err := s.Search(ctxBG, search.Query{Text: "毛绒", Filters: map[string][]string{search.FacetSeries: {"12"}}, Sort: search.SortRelevance, Limit: 100})
		if err != nil || len(res.Charms) != 0 {
			t.Fatalf("got %+v %v", res, err)
		}
	})
	t.Run("IndexErrorsKeepTheirKind", func(t *testing.T) {
		idx.err = errs.Fields("index", errs.FieldError{Field: "cursor", Message: "belongs to another sort"})
		_, err := s.Search(ctxBG, search.Query{Cursor: "abc"})
		wantFields(t, err, "cursor")
	})
}

// TestSearchWithTheRealIndex runs the whole path: Start loads the index,
// Search asks it and hydrates, and a local write is searchable at once.
func TestSearchWithTheRealIndex(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		f.s = NewService(d, nil) // the real index, not the fake
		for i, name := range []string{"Sea Salt Coconut", "Lychee Berry", "Toffee Coconut"} {
			c := f.sampleCharm("real-"+strconv.Itoa(i), name)
			c.ListPrice = int64(9000 - 1000*i)
			f.mustSave(t, f.admin, c)
		}
		startIndex(t, f.s)
		names := func(q search.Query) []string {
			t.Helper()
			res, err := f.s.Search(ctxBG, q)
			if err != nil {
				t.Fatal(err)
			}
			var out []string
			for _, c := range res.Charms {
				out = append(out, c.Name)
			}
			return out
		}
		if got := names(search.Query{Text: "coconut", Sort: search.SortPriceAsc}); !reflect.DeepEqual(got, []string{"Toffee Coconut", "Sea Salt Coconut"}) {
			t.Fatalf("coconut by price: %v", got)
		}
		c, _ := f.s.CharmByExternalID(ctxBG, "real-1")
		c.Name = "Lychee Coconut Berry"
		if err := f.s.SaveCharm(ctxBG, f.mod, c, SourceAdmin); err != nil {
			t.Fatal(err)
		}
		if got := names(search.Query{Text: "coconut", Sort: search.SortName}); !reflect.DeepEqual(got, []string{"Lychee Coconut Berry", "Sea Salt Coconut", "Toffee Coconut"}) {
			t.Fatalf("after a local write: %v", got)
		}
	})
}
