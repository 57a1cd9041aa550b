package api_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"testing"

	"github.com/charmory/charmory/internal/api"
	"github.com/charmory/charmory/internal/catalog/search"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
)

// charmSearch is the search response as a client reads it.
type charmSearch struct {
	Items  []api.Charm                 `json:"items"`
	Total  int                         `json:"total"`
	Next   *string                     `json:"next"`
	Facets map[string][]api.FacetValue `json:"facets"`
}

func names(cs []api.Charm) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.Name
	}
	return out
}

func TestSearchCharms(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newEnv(t, d)

		t.Run("ShapeAndFacets", func(t *testing.T) {
			r := e.do(http.MethodGet, "/api/v1/charms", "", nil)
			var raw map[string]json.RawMessage
			r.decode(t, http.StatusOK, &raw)
			for _, k := range []string{"items", "total", "next", "facets"} {
				if _, ok := raw[k]; !ok {
					t.Errorf("response lacks %q: %s", k, r.Body.String())
				}
			}
			var res charmSearch
			r.decode(t, http.StatusOK, &res)
			if res.Total != 4 || len(res.Items) != 4 || res.Next == nil || *res.Next != "" {
				t.Fatalf("total %d, %d items, next %v; want 4, 4 and \"\"", res.Total, len(res.Items), res.Next)
			}
			for _, f := range search.Facets {
				if _, ok := res.Facets[f]; !ok {
					t.Errorf("facet %q missing", f)
				}
			}
			counts := map[string]int{}
			for _, v := range res.Facets[search.FacetCategory] {
				counts[v.Value] = v.Count
			}
			if counts["plush"] != 2 || counts["metal_enamel"] != 2 {
				t.Errorf("category facet %v, want plush 2 and metal_enamel 2", res.Facets[search.FacetCategory])
			}
		})

		t.Run("FiltersBySlugAndCommaSeparatedValues", func(t *testing.T) {
			var res charmSearch
			e.do(http.MethodGet, "/api/v1/charms?studio=palace-museum&colour=gold,red&sort=price_asc", "", nil).decode(t, http.StatusOK, &res)
			if got := names(res.Items); !slices.Equal(got, []string{"Red-Crowned Crane Charm", "Guardian Lion Charm"}) {
				t.Errorf("got %v, want the two museum charms cheapest first", got)
			}
			e.do(http.MethodGet, "/api/v1/charms?category=plush&category=metal_enamel&eco=recycled_metal", "", nil).decode(t, http.StatusOK, &res)
			if res.Total != 2 {
				t.Errorf("plush or metal, recycled: total %d, want 2", res.Total)
			}
			e.do(http.MethodGet, fmt.Sprintf("/api/v1/charms?ip=%d&year=2023", e.labubu.ID), "", nil).decode(t, http.StatusOK, &res)
			if res.Total != 2 {
				t.Errorf("Labubu 2023: total %d, want 2", res.Total)
			}
		})

		t.Run("FullText", func(t *testing.T) {
			var res charmSearch
			e.do(http.MethodGet, "/api/v1/charms?q=lion", "", nil).decode(t, http.StatusOK, &res)
			if got := names(res.Items); !slices.Equal(got, []string{"Guardian Lion Charm"}) {
				t.Errorf("q=lion found %v", got)
			}
		})

		t.Run("PagesWithCursor", func(t *testing.T) {
			var seen []string
			path := "/api/v1/charms?sort=name&limit=3"
			for range 3 {
				var res charmSearch
				e.do(http.MethodGet, path, "", nil).decode(t, http.StatusOK, &res)
				seen = append(seen, names(res.Items)...)
				if *res.Next == "" {
					break
				}
				path = "/api/v1/charms?sort=name&limit=3&cursor=" + *res.Next
			}
			want := []string{"Guardian Lion Charm", "Lychee Berry", "Red-Crowned Crane Charm", "Sea Salt Coconut"}
			if !slices.Equal(seen, want) {
				t.Errorf("paged through %v, want %v", seen, want)
			}
		})

		t.Run("InvalidParametersAre422WithLocations", func(t *testing.T) {
			for _, tc := range []struct {
				query string
				want  []string
			}{
				{"limit=0", []string{"query.limit"}},
				{"limit=101", []string{"query.limit"}},
				{"limit=many", []string{"query.limit"}},
				{"sort=cheapest", []string{"query.sort"}},
				{"category=plush,rubber&colour=plaid", []string{"query.category", "query.colour"}},
				{"studio=no-such-studio", []string{"query.studio"}},
				{"year=last", []string{"query.year"}},
				{"cursor=not!a!cursor", []string{"query.cursor"}},
			} {
				t.Run(tc.query, func(t *testing.T) {
					p := e.do(http.MethodGet, "/api/v1/charms?"+tc.query, "", nil).problem(t, http.StatusUnprocessableEntity)
					if got := p.locations(); !slices.Equal(got, tc.want) {
						t.Errorf("locations %v, want %v (%+v)", got, tc.want, p)
					}
					for _, fe := range p.Errors {
						if fe.Message == "" {
							t.Errorf("field error at %s has no message", fe.Location)
						}
					}
				})
			}
		})
	})
}

func TestGetCharm(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newEnv(t, d)

		t.Run("Found", func(t *testing.T) {
			var c api.Charm
			e.do(http.MethodGet, fmt.Sprintf("/api/v1/charms/%d", e.lychee.ID), "", nil).decode(t, http.StatusOK, &c)
			want := api.Money{Amount: 9900, Currency: "CNY", Display: "¥99.00"}
			if c.Name != "Lychee Berry" || c.Price != want || c.Studio.Slug != "pop-mart" {
				t.Errorf("got %+v", c)
			}
			if c.IP == nil || c.IP.Name != "Labubu" || c.Series == nil || c.Series.Slug != "exciting-macaron" {
				t.Errorf("ip %+v series %+v, want Labubu and exciting-macaron", c.IP, c.Series)
			}
			if !slices.Equal(c.CareFamilies, []string{"soft", "plastic"}) {
				t.Errorf("care families %v, want [soft plastic]", c.CareFamilies)
			}
		})

		t.Run("UnknownIs404Problem", func(t *testing.T) {
			e.do(http.MethodGet, "/api/v1/charms/999999", "", nil).problem(t, http.StatusNotFound)
		})

		t.Run("NonNumericIs422Problem", func(t *testing.T) {
			p := e.do(http.MethodGet, "/api/v1/charms/lion", "", nil).problem(t, http.StatusUnprocessableEntity)
			if !slices.Equal(p.locations(), []string{"path.id"}) {
				t.Errorf("locations %v, want [path.id]", p.locations())
			}
		})

		t.Run("Revisions", func(t *testing.T) {
			var page struct {
				Items []api.Revision `json:"items"`
				Total int            `json:"total"`
			}
			e.do(http.MethodGet, fmt.Sprintf("/api/v1/charms/%d/revisions", e.lion.ID), "", nil).decode(t, http.StatusOK, &page)
			if page.Total != 1 || len(page.Items) != 1 || page.Items[0].Source != "demo" || page.Items[0].Author != nil {
				t.Errorf("revisions %+v, want the one system revision", page)
			}
			e.do(http.MethodGet, "/api/v1/charms/999999/revisions", "", nil).problem(t, http.StatusNotFound)
		})
	})
}
