package web

import (
	"net/http"
	"strconv"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/catalog/search"
	"github.com/charmory/charmory/internal/errs"
)

// StudioPage is /studios/{slug}: the studio's story, its charms (newest
// first, in keyset pages), its series and its authorised sellers.
type StudioPage struct {
	Base
	Studio  *catalog.Studio
	Charms  *catalog.SearchResult
	Series  []SeriesCard
	Sellers []catalog.Seller
	Paged   bool
}

// studioCharmsPage is how many charms a studio page lists at a time.
const studioCharmsPage = 12

// studioShow answers GET /studios/{slug}?cursor=.
func (s *Server) studioShow(w http.ResponseWriter, r *http.Request) error {
	const op = "studio page"
	ctx := r.Context()
	st, err := s.deps.Catalog.Studio(ctx, r.PathValue("slug"))
	if err != nil {
		return errs.Wrap(op, err)
	}
	cursor := r.URL.Query().Get("cursor")
	charms, err := s.deps.Catalog.Search(ctx, search.Query{
		Filters: map[string][]string{search.FacetStudio: {strconv.FormatInt(st.ID, 10)}},
		Sort:    search.SortNewest, Limit: studioCharmsPage, Cursor: cursor,
	})
	if err != nil {
		return s.catalogFailure(r, op, err)
	}
	series, err := s.deps.Catalog.SeriesList(ctx, catalog.SeriesFilter{StudioID: st.ID, Limit: catalog.MaxLimit})
	if err != nil {
		return errs.Wrap(op, err)
	}
	sellers, err := s.deps.Catalog.Sellers(ctx, catalog.SellerFilter{StudioID: st.ID, Limit: catalog.MaxLimit})
	if err != nil {
		return errs.Wrap(op, err)
	}
	b := s.base(r, "catalog.studio.title", st.Name)
	b.Title = b.Local(st.Name, st.NameZH)
	p := &StudioPage{Base: b, Studio: st, Charms: charms, Series: seriesCards(series.Items), Sellers: sellers.Items, Paged: cursor != ""}
	return s.render(w, r, http.StatusOK, "studio_show", p)
}
