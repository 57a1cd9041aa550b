package api

import (
	"context"
	"net/http"

	"github.com/charmory/charmory/internal/catalog/search"
	"github.com/charmory/charmory/internal/errs"
)

type charmSearchInput struct {
	Q         string    `query:"q" maxLength:"200" doc:"Words to find in names (English or Chinese), studio, IP, series and description."`
	Category  []string  `query:"category,explode" doc:"Categories. Like every filter, repeat the parameter or separate values with commas; values of one filter are ORed, filters are ANDed."`
	Material  []string  `query:"material,explode" doc:"Materials."`
	Studio    []string  `query:"studio,explode" doc:"Studios, by id or slug."`
	IP        []string  `query:"ip,explode" doc:"IPs, by id or slug."`
	Theme     []string  `query:"theme,explode" doc:"Themes."`
	PriceBand []string  `query:"price_band,explode" doc:"List price bands, in CNY."`
	Region    []string  `query:"region,explode" doc:"Regions of origin."`
	Eco       []string  `query:"eco,explode" doc:"Eco attributes."`
	Year      []string  `query:"year,explode" doc:"Release years." example:"2024"`
	Colour    []string  `query:"colour,explode" doc:"Colours."`
	Series    []string  `query:"series,explode" doc:"Series, by id or slug."`
	Sort      sortOrder `query:"sort" doc:"Order of results: relevance (the default with q), newest (the default without), price_asc, price_desc or name."`
	PageParams
}

// CharmSearch is one page of search results with facet counts.
type CharmSearch struct {
	Items  []Charm                 `json:"items" nullable:"false"`
	Total  int                     `json:"total" example:"312" doc:"Number of matching charms."`
	Next   string                  `json:"next" doc:"Cursor of the following page; empty on the last page."`
	Facets map[string][]FacetValue `json:"facets" doc:"For each facet, its values among all matches with their counts. Studio and IP values are ids."`
}

// FacetValue is one value of a facet and how many matches have it.
type FacetValue struct {
	Value string `json:"value" example:"plush"`
	Count int    `json:"count" example:"42"`
}

func (s *Server) charmRoutes() {
	handle(s, endpoint{
		id: "search-charms", method: http.MethodGet, path: "/charms", tag: tagCharms,
		summary: "Search the catalog",
		desc:    "Full-text search with facet filters, facet counts over all matches, sorting and keyset paging.",
	}, s.searchCharms)
	s.describeValues(http.MethodGet, "/charms", s.facetVocab())
	handle(s, endpoint{
		id: "get-charm", method: http.MethodGet, path: "/charms/{id}", tag: tagCharms,
		summary: "Get a charm", errors: []int{http.StatusNotFound},
	}, s.getCharm)
	handle(s, endpoint{
		id: "list-charm-revisions", method: http.MethodGet, path: "/charms/{id}/revisions", tag: tagCharms,
		summary: "List a charm's revisions", desc: "Every recorded change, newest first: who, when, which fields, and why.",
		errors: []int{http.StatusNotFound},
	}, s.listRevisions)
}

func (s *Server) searchCharms(ctx context.Context, in *charmSearchInput) (*body[CharmSearch], error) {
	filters, err := s.searchFilters(ctx, in)
	if err != nil {
		return nil, err
	}
	res, err := s.deps.Catalog.Search(ctx, search.Query{
		Text: in.Q, Filters: filters, Sort: string(in.Sort), Limit: in.Limit, Cursor: in.Cursor,
	})
	if err != nil {
		return nil, errs.Wrap("api.searchCharms", err)
	}
	out := CharmSearch{Items: charmsOf(res.Charms), Total: res.Total, Next: res.Next,
		Facets: make(map[string][]FacetValue, len(search.Facets))}
	for _, f := range search.Facets {
		values := res.Facets[f]
		fv := make([]FacetValue, len(values))
		for i, v := range values {
			fv[i] = FacetValue{Value: v.Value, Count: v.Count}
		}
		out.Facets[f] = fv
	}
	return &body[CharmSearch]{Body: out}, nil
}
