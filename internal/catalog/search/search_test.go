package search

import (
	"fmt"
	"slices"
	"testing"
)

// shelf is a small hand-made catalog whose every facet count can be
// worked out by hand.
func shelf() []Doc {
	return []Doc{
		{ID: 1, Text: []string{"Palace Museum Cat Plush", "故宫猫咪毛绒挂件", "Palace Museum Shop"}, Name: "Palace Museum Cat Plush",
			Category: "plush", Materials: []string{"plush_fabric", "cotton"}, Themes: []string{"heritage", "animals"}, Colours: []string{"red", "gold"},
			StudioID: 10, SeriesID: 100, PriceBand: "30_60", Region: "east_asia", Year: 2024, PriceCNY: 5900, Released: "2024-05-01"},
		{ID: 2, Text: []string{"Jade Dragon Enamel Pin Charm", "玉龙珐琅", "Palace Museum Shop"}, Name: "Jade Dragon Enamel Pin Charm",
			Category: "metal_enamel", Materials: []string{"enamel", "brass"}, Themes: []string{"heritage", "fantasy"}, Colours: []string{"green", "gold"},
			StudioID: 10, IPID: 5, SeriesID: 100, PriceBand: "60_100", Region: "east_asia", Year: 2023, PriceCNY: 8800, Released: "2023-11-11"},
		{ID: 3, Text: []string{"Boba Bunny Keychains", "奶茶兔钥匙扣"}, Name: "Boba Bunny Keychains",
			Category: "acrylic", Materials: []string{"acrylic"}, Themes: []string{"food", "kawaii"}, Colours: []string{"pink"},
			StudioID: 20, PriceBand: "30_60", Region: "southeast_asia", Year: 2024, PriceCNY: 3900, Released: "2024-07-20"},
		{ID: 4, Text: []string{"Café Crème Plushie"}, Name: "Café Crème Plushie",
			Category: "plush", Materials: []string{"plush_fabric"}, Themes: []string{"food", "kawaii"}, Colours: []string{"beige", "brown"},
			StudioID: 30, IPID: 6, PriceBand: "60_100", Region: "europe", Year: 2025, PriceCNY: 6900, Released: "2025-01-05"},
		{ID: 5, Text: []string{"Y2K Butterfly Beaded Charm"}, Name: "Y2K Butterfly Beaded Charm",
			Category: "beaded", Materials: []string{"glass_beads", "seed_beads"}, Themes: []string{"y2k"}, Colours: []string{"pink", "purple"},
			Eco: []string{"recycled_plastic"}, StudioID: 20, PriceBand: "under_30", Region: "north_america", Year: 2024, PriceCNY: 2500, Released: "2024-02-14"},
		{ID: 6, Text: []string{"Leather Lucky Cat Tag"}, Name: "leather lucky cat tag",
			Category: "leather", Materials: []string{"leather"}, Themes: []string{"animals", "minimalist"}, Colours: []string{"brown"},
			StudioID: 40, PriceBand: "100_200", Region: "europe", Year: 2022, PriceCNY: 15000, Released: "2022-09-09"},
		{ID: 7, Text: []string{"Kawaii Panda Plush Keychain", "熊猫毛绒钥匙扣"}, Name: "Kawaii Panda Plush Keychain",
			Category: "plush", Materials: []string{"plush_fabric", "organic_cotton"}, Themes: []string{"animals", "kawaii"}, Colours: []string{"white", "black"},
			Eco: []string{"organic_fabric"}, StudioID: 10, IPID: 5, PriceBand: "30_60", Region: "east_asia", Year: 2025, PriceCNY: 4500, Released: "2025-03-03"},
		{ID: 8, Text: []string{"Crochet Mushroom Charm"}, Name: "Crochet Mushroom Charm",
			Category: "crochet", Materials: []string{"acrylic_yarn"}, Themes: []string{"nature"}, Colours: []string{"red", "white"},
			StudioID: 50, PriceBand: "30_60", Region: "north_america", Year: 2023, PriceCNY: 3200, Released: "2023-04-04"},
	}
}

// engines lists every way of counting facets; results must not depend on it.
var engines = []struct {
	name string
	mode engine
}{{"Auto", engineAuto}, {"Rows", engineRows}, {"Bits", engineBits}, {"BitsRows", engineBitsRows}}

func newIndex(t testing.TB, docs ...Doc) *Index {
	t.Helper()
	x := New()
	x.Upsert(docs...)
	return x
}

func mustSearch(t testing.TB, x *Index, q Query) Result {
	t.Helper()
	r, err := x.Search(q)
	if err != nil {
		t.Fatalf("Search(%+v): %v", q, err)
	}
	return r
}

func sortedIDs(ids []int64) []int64 {
	out := slices.Clone(ids)
	slices.Sort(out)
	return out
}

func TestTextMatching(t *testing.T) {
	x := newIndex(t, shelf()...)
	tests := []struct {
		name, text string
		want       []int64
	}{
		{"every term must match", "cat plush", []int64{1}},
		{"a term alone", "cat", []int64{1, 6}},
		{"prefix of the last word", "plu", []int64{1, 4, 7}},
		{"prefix reaching a folded word", "plushi", []int64{4}},
		{"plural finds singular", "charms", []int64{2, 5, 8}},
		{"singular finds plural", "keychain", []int64{3, 7}},
		{"accent-insensitive", "cafe creme", []int64{4}},
		{"case-insensitive", "CAFÉ", []int64{4}},
		{"Chinese pair", "毛绒", []int64{1, 7}},
		{"Chinese name", "故宫", []int64{1}},
		{"Chinese run", "钥匙扣", []int64{3, 7}},
		{"Chinese single character", "猫", []int64{1, 7}},
		{"mixed scripts", "panda 毛绒", []int64{7}},
		{"studio name in other texts", "museum shop", []int64{1, 2}},
		{"unknown word", "unicorn", nil},
		{"unknown Chinese pair", "龙猫", nil},
		{"stop words only match all", "the of", []int64{1, 2, 3, 4, 5, 6, 7, 8}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mustSearch(t, x, Query{Text: tt.text})
			if got := sortedIDs(r.IDs); !slices.Equal(got, tt.want) {
				t.Errorf("%q matched %v, want %v", tt.text, got, tt.want)
			}
			if r.Total != len(tt.want) {
				t.Errorf("%q: Total %d, want %d", tt.text, r.Total, len(tt.want))
			}
		})
	}
}

func TestFilters(t *testing.T) {
	x := newIndex(t, shelf()...)
	tests := []struct {
		name    string
		filters map[string][]string
		want    []int64
	}{
		{"values of one facet are ORed", map[string][]string{FacetMaterial: {"cotton", "enamel"}}, []int64{1, 2}},
		{"facets are ANDed", map[string][]string{FacetCategory: {"plush"}, FacetRegion: {"east_asia"}}, []int64{1, 7}},
		{"studio by decimal id", map[string][]string{FacetStudio: {"20"}}, []int64{3, 5}},
		{"ids compare as numbers", map[string][]string{FacetStudio: {"010"}}, []int64{1, 2, 7}},
		{"ip", map[string][]string{FacetIP: {"5"}}, []int64{2, 7}},
		{"year", map[string][]string{FacetYear: {"2025", "2022"}}, []int64{4, 6, 7}},
		{"series filters without text", map[string][]string{FacetSeries: {"100"}}, []int64{1, 2}},
		{"eco", map[string][]string{FacetEco: {"organic_fabric", "recycled_plastic"}}, []int64{5, 7}},
		{"price band", map[string][]string{FacetPriceBand: {"under_30", "100_200"}}, []int64{5, 6}},
		{"unknown value matches nothing", map[string][]string{FacetCategory: {"unicorn"}}, nil},
		{"empty value is no filter", map[string][]string{FacetCategory: {""}}, []int64{1, 2, 3, 4, 5, 6, 7, 8}},
		{"three facets", map[string][]string{FacetColour: {"pink", "white"}, FacetYear: {"2024", "2025"}, FacetTheme: {"kawaii"}}, []int64{3, 7}},
	}
	for _, e := range engines {
		x.engine = e.mode
		for _, tt := range tests {
			t.Run(e.name+"/"+tt.name, func(t *testing.T) {
				r := mustSearch(t, x, Query{Filters: tt.filters})
				if got := sortedIDs(r.IDs); !slices.Equal(got, tt.want) {
					t.Errorf("matched %v, want %v", got, tt.want)
				}
			})
		}
	}
}

func TestRelevance(t *testing.T) {
	x := newIndex(t,
		Doc{ID: 1, Text: []string{"Star Charm", "a moon and a star"}},
		Doc{ID: 2, Text: []string{"Moon Charm", "silver"}},
		Doc{ID: 3, Text: []string{"Sun Charm", "sun"}},
		Doc{ID: 5, Text: []string{"Moon Charm", "silver"}},
		Doc{ID: 4, Text: []string{"Moon Charm", "silver"}},
	)
	t.Run("NameOutweighsOtherTexts", func(t *testing.T) {
		r := mustSearch(t, x, Query{Text: "moon"})
		if !slices.Equal(r.IDs, []int64{2, 4, 5, 1}) {
			t.Errorf("order %v, want [2 4 5 1]: name first, ties by id", r.IDs)
		}
	})
	t.Run("AllTermsRequired", func(t *testing.T) {
		r := mustSearch(t, x, Query{Text: "charm sun"})
		if !slices.Equal(r.IDs, []int64{3}) {
			t.Errorf("order %v, want [3]", r.IDs)
		}
	})
	t.Run("ExactWordBeforeLongerOne", func(t *testing.T) {
		y := newIndex(t,
			Doc{ID: 1, Text: []string{"Moonlight Charm"}},
			Doc{ID: 2, Text: []string{"Moon Charm"}},
		)
		r := mustSearch(t, y, Query{Text: "moon"})
		if !slices.Equal(r.IDs, []int64{2, 1}) {
			t.Errorf("order %v, want [2 1]", r.IDs)
		}
	})
}

func TestDefaultSort(t *testing.T) {
	x := newIndex(t, shelf()...)
	r := mustSearch(t, x, Query{})
	if want := []int64{7, 4, 3, 1, 5, 2, 8, 6}; !slices.Equal(r.IDs, want) {
		t.Errorf("without text: %v, want newest first %v", r.IDs, want)
	}
	r = mustSearch(t, x, Query{Text: "plush"})
	if r.IDs[0] != 1 && r.IDs[0] != 7 {
		t.Errorf("with text: %v, want a Plush name first", r.IDs)
	}
}

func TestLimit(t *testing.T) {
	var docs []Doc
	for i := 1; i <= 150; i++ {
		docs = append(docs, Doc{ID: int64(i), Text: []string{fmt.Sprintf("charm %d", i)}})
	}
	x := newIndex(t, docs...)
	for _, tt := range []struct{ limit, want int }{{0, DefaultLimit}, {1, 1}, {100, 100}} {
		r := mustSearch(t, x, Query{Limit: tt.limit})
		if len(r.IDs) != tt.want || r.Total != 150 || r.Next == "" {
			t.Errorf("limit %d: %d ids, Total %d, Next %q; want %d ids", tt.limit, len(r.IDs), r.Total, r.Next, tt.want)
		}
	}
}

func TestEmptyIndex(t *testing.T) {
	x := New()
	for _, q := range []Query{{}, {Text: "charm"}, {Filters: map[string][]string{FacetCategory: {"plush"}}}, {Sort: SortName}} {
		r := mustSearch(t, x, q)
		if len(r.IDs) != 0 || r.Total != 0 || r.Next != "" {
			t.Errorf("%+v on an empty index: %+v", q, r)
		}
		if len(r.Facets) != len(Facets) {
			t.Errorf("%+v: facets %v, want every facet listed", q, r.Facets)
		}
	}
}
