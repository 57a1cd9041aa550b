package web

import (
	"net/http"
	"net/url"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/catalog/search"
)

// SearchPage is /charms: full-text search with facets, sorting and keyset
// pages.
type SearchPage struct {
	Base
	Text     string
	Sort     string
	Sorts    []string
	Result   *catalog.SearchResult
	Facets   []FacetGroup
	Active   []ActiveFilter
	Hidden   [][2]string // current filters, kept by the text box and sort forms
	Paged    bool        // past the first page
	Themes   []string    // suggestions for an empty result
	ClearAll string      // this search without any filter
}

// charmSearch answers GET /charms. With htmx targeting #search-results it
// returns only the results block; a plain GET renders the whole page.
func (s *Server) charmSearch(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	q, err := s.searchQuery(r)
	if err != nil {
		return err
	}
	res, err := s.deps.Catalog.Search(ctx, q)
	if err != nil {
		return s.catalogFailure(r, "charm search", err)
	}
	title := "catalog.search.title"
	if q.Text != "" {
		title = "catalog.search.title_text"
	}
	p := &SearchPage{
		Base: s.base(r, title, q.Text), Text: q.Text, Sort: q.Sort, Sorts: sortChoices,
		Result: res, Hidden: hiddenFilters(r.URL.Query()), Paged: q.Cursor != "",
		Themes: []string{"kawaii", "heritage", "y2k", "kpop", "travel", "nature"},
	}
	p.Facets, p.Active, err = s.facetGroups(ctx, &p.Base, q, res.Facets)
	if err != nil {
		return err
	}
	p.ClearAll = clearFilters(r.URL.Query())
	if isFragment(r, "search-results") {
		return s.renderFragment(w, r, "charm_search", "search_results", p)
	}
	return s.render(w, r, http.StatusOK, "charm_search", p)
}

// sortChoices are the orders offered besides the default, which is
// relevance with search text and newest without.
var sortChoices = []string{search.SortNewest, search.SortPriceAsc, search.SortPriceDesc, search.SortName}

// clearFilters is the search URL keeping only the text and the sort.
func clearFilters(v url.Values) string {
	keep := url.Values{}
	for _, k := range []string{"q", "sort"} {
		if val := v.Get(k); val != "" {
			keep.Set(k, val)
		}
	}
	if len(keep) == 0 {
		return "/charms"
	}
	return "/charms?" + keep.Encode()
}
