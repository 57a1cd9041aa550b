package search

import (
	"reflect"
	"slices"
	"testing"
)

func TestFacetCountsAreDisjunctive(t *testing.T) {
	x := newIndex(t, shelf()...)
	q := Query{Filters: map[string][]string{FacetCategory: {"plush"}, FacetRegion: {"east_asia", "europe"}}}
	want := map[string][]FacetValue{
		// Category counts ignore the category filter: documents in
		// east_asia or europe are 1, 2, 4, 6, 7.
		FacetCategory: {{"plush", 3}, {"leather", 1}, {"metal_enamel", 1}},
		// Region counts ignore the region filter: plush is 1, 4, 7.
		FacetRegion: {{"east_asia", 2}, {"europe", 1}},
		// The others count the matches 1, 4, 7.
		FacetMaterial:  {{"plush_fabric", 3}, {"cotton", 1}, {"organic_cotton", 1}},
		FacetTheme:     {{"animals", 2}, {"kawaii", 2}, {"food", 1}, {"heritage", 1}},
		FacetStudio:    {{"10", 2}, {"30", 1}},
		FacetIP:        {{"5", 1}, {"6", 1}},
		FacetPriceBand: {{"30_60", 2}, {"60_100", 1}},
		FacetEco:       {{"organic_fabric", 1}},
		FacetYear:      {{"2025", 2}, {"2024", 1}},
		FacetColour:    {{"beige", 1}, {"black", 1}, {"brown", 1}, {"gold", 1}, {"red", 1}, {"white", 1}},
	}
	for _, e := range engines {
		t.Run(e.name, func(t *testing.T) {
			x.engine = e.mode
			r := mustSearch(t, x, q)
			if got := sortedIDs(r.IDs); !slices.Equal(got, []int64{1, 4, 7}) || r.Total != 3 {
				t.Fatalf("matched %v (Total %d), want [1 4 7]", got, r.Total)
			}
			for _, f := range Facets {
				if !reflect.DeepEqual(r.Facets[f], want[f]) && !(len(r.Facets[f]) == 0 && len(want[f]) == 0) {
					t.Errorf("facet %s = %v, want %v", f, r.Facets[f], want[f])
				}
			}
			if _, ok := r.Facets[FacetSeries]; ok {
				t.Errorf("series is a filter, not a counted facet")
			}
		})
	}
}

func TestFacetCountsWithTextAndOneFilter(t *testing.T) {
	x := newIndex(t, shelf()...)
	// "charm" matches 2, 5, 8; the material filter keeps 2.
	q := Query{Text: "charm", Filters: map[string][]string{FacetMaterial: {"enamel"}}}
	for _, e := range engines {
		t.Run(e.name, func(t *testing.T) {
			x.engine = e.mode
			r := mustSearch(t, x, q)
			if !slices.Equal(r.IDs, []int64{2}) {
				t.Fatalf("matched %v, want [2]", r.IDs)
			}
			wantMat := []FacetValue{{"acrylic_yarn", 1}, {"brass", 1}, {"enamel", 1}, {"glass_beads", 1}, {"seed_beads", 1}}
			if !reflect.DeepEqual(r.Facets[FacetMaterial], wantMat) {
				t.Errorf("material = %v, want %v", r.Facets[FacetMaterial], wantMat)
			}
			if want := []FacetValue{{"metal_enamel", 1}}; !reflect.DeepEqual(r.Facets[FacetCategory], want) {
				t.Errorf("category = %v, want %v", r.Facets[FacetCategory], want)
			}
		})
	}
}

func TestFacetsWithoutQueryCountEverything(t *testing.T) {
	x := newIndex(t, shelf()...)
	r := mustSearch(t, x, Query{})
	want := []FacetValue{{"plush", 3}, {"acrylic", 1}, {"beaded", 1}, {"crochet", 1}, {"leather", 1}, {"metal_enamel", 1}}
	if !reflect.DeepEqual(r.Facets[FacetCategory], want) {
		t.Errorf("category = %v, want %v", r.Facets[FacetCategory], want)
	}
	if r.Total != 8 {
		t.Errorf("Total = %d, want 8", r.Total)
	}
}

func TestUnknownSelectedValueIsListedWithZero(t *testing.T) {
	x := newIndex(t, shelf()...)
	r := mustSearch(t, x, Query{Filters: map[string][]string{FacetCategory: {"unicorn", "beaded"}}})
	want := []FacetValue{{"plush", 3}, {"acrylic", 1}, {"beaded", 1}, {"crochet", 1}, {"leather", 1}, {"metal_enamel", 1}, {"unicorn", 0}}
	if !reflect.DeepEqual(r.Facets[FacetCategory], want) {
		t.Errorf("category = %v, want %v", r.Facets[FacetCategory], want)
	}
	if !slices.Equal(r.IDs, []int64{5}) {
		t.Errorf("matched %v, want [5]", r.IDs)
	}
}

func TestFacetValuesAreCappedButSelectedKept(t *testing.T) {
	var docs []Doc
	for i := 1; i <= 45; i++ {
		// Studio i has i charms, so the counts order the studios.
		for j := range i {
			docs = append(docs, Doc{ID: int64(i*100 + j), Text: []string{"charm"}, StudioID: int64(i), Category: "plush"})
		}
	}
	x := newIndex(t, docs...)
	for _, e := range engines {
		t.Run(e.name, func(t *testing.T) {
			x.engine = e.mode
			r := mustSearch(t, x, Query{Text: "charm"})
			studios := r.Facets[FacetStudio]
			if len(studios) != MaxFacetValues {
				t.Fatalf("%d studio values, want %d", len(studios), MaxFacetValues)
			}
			if studios[0] != (FacetValue{"45", 45}) || studios[29] != (FacetValue{"16", 16}) {
				t.Errorf("studios run %v … %v, want 45 … 16", studios[0], studios[29])
			}
			r = mustSearch(t, x, Query{Text: "charm", Filters: map[string][]string{FacetStudio: {"3", "45"}}})
			studios = r.Facets[FacetStudio]
			if len(studios) != MaxFacetValues+1 || studios[len(studios)-1] != (FacetValue{"3", 3}) {
				t.Errorf("selected studio 3 missing: %v", studios)
			}
			if r.Total != 48 {
				t.Errorf("Total = %d, want 48", r.Total)
			}
		})
	}
}
