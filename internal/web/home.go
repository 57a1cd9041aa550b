package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/catalog/search"
	"github.com/charmory/charmory/internal/errs"
)

// HomePage is the product's front door: search, categories, what is new,
// blind-box series, studios of every kind and where to buy genuine.
type HomePage struct {
	Base
	Stats       *catalog.Stats
	Categories  []CategoryTile
	NewReleases []catalog.Charm
	Featured    []FeaturedSeries
	StudioKinds []StudioKindGroup
	Cities      []catalog.City
	Themes      []search.FacetValue
}

// homeNewReleases is how many new charms the home page shows.
const homeNewReleases = 8

// home answers GET /.
func (s *Server) home(w http.ResponseWriter, r *http.Request) error {
	const op = "home"
	ctx := r.Context()
	p := &HomePage{Base: s.base(r, "catalog.home.title")}
	var err error
	if p.Stats, err = s.deps.Catalog.Stats(ctx); err != nil {
		return errs.Wrap(op, err)
	}
	res, err := s.deps.Catalog.Search(ctx, search.Query{Sort: search.SortNewest, Limit: homeNewReleases})
	if err != nil {
		return errs.Wrap(op, err)
	}
	p.NewReleases = res.Charms
	p.Categories = categoryTiles(&p.Base, res.Facets[search.FacetCategory])
	p.Themes = topValues(res.Facets[search.FacetTheme], 8)
	if p.Featured, err = s.featuredSeries(ctx, 2); err != nil {
		return err
	}
	if p.StudioKinds, err = s.studiosByKind(ctx, 3); err != nil {
		return err
	}
	if p.Cities, err = s.topCities(ctx, 8); err != nil {
		return err
	}
	return s.render(w, r, http.StatusOK, "home", p)
}
