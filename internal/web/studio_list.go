package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/catalog"
)

// StudioListPage is /studios: every maker — IP brands, independent
// artists, museums, luxury houses, retailers — filtered by kind and region.
type StudioListPage struct {
	Base
	Kind, Region string
	Kinds        []string
	Regions      []string
	Studios      *catalog.Page[catalog.Studio]
	Paged        bool
}

// studioList answers GET /studios?kind=&region=&cursor=.
func (s *Server) studioList(w http.ResponseWriter, r *http.Request) error {
	const op = "studio list"
	v := r.URL.Query()
	f := catalog.StudioFilter{Kind: v.Get("kind"), Region: v.Get("region"), Cursor: v.Get("cursor"), Limit: 24}
	if f.Kind != "" && !catalog.In(catalog.StudioKinds, f.Kind) {
		return s.invalidParam(r, op, "kind", f.Kind)
	}
	if f.Region != "" && !catalog.In(catalog.Regions, f.Region) {
		return s.invalidParam(r, op, "region", f.Region)
	}
	page, err := s.deps.Catalog.Studios(r.Context(), f)
	if err != nil {
		return s.catalogFailure(r, op, err)
	}
	p := &StudioListPage{
		Base: s.base(r, "catalog.studios.title"), Kind: f.Kind, Region: f.Region,
		Kinds: catalog.StudioKinds, Regions: catalog.Regions, Studios: page, Paged: f.Cursor != "",
	}
	return s.render(w, r, http.StatusOK, "studio_list", p)
}
