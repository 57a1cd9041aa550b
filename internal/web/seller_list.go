package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/catalog"
)

// SellerListPage is /sellers, the authorised-seller directory that answers
// "where can I buy it genuine?" by region, city, kind and studio.
type SellerListPage struct {
	Base
	Region, City, Kind string
	Studio             *catalog.Studio // the studio filter, or nil
	Regions, Kinds     []string
	CityGroups         []CityGroup
	Studios            []catalog.Studio     // studio filter options
	StudioRefs         map[int64]*StudioRef // names of the studios sellers carry
	Sellers            *catalog.Page[catalog.Seller]
	Paged              bool
}

// sellerList answers GET /sellers?region=&city=&kind=&studio=&cursor=.
func (s *Server) sellerList(w http.ResponseWriter, r *http.Request) error {
	const op = "seller list"
	ctx := r.Context()
	v := r.URL.Query()
	f := catalog.SellerFilter{Region: v.Get("region"), City: v.Get("city"), Kind: v.Get("kind"), Cursor: v.Get("cursor"), Limit: 24}
	if f.Region != "" && !catalog.In(catalog.Regions, f.Region) {
		return s.invalidParam(r, op, "region", f.Region)
	}
	if f.Kind != "" && !catalog.In(catalog.SellerKinds, f.Kind) {
		return s.invalidParam(r, op, "kind", f.Kind)
	}
	studios, refs, err := s.studioDirectory(ctx)
	if err != nil {
		return err
	}
	p := &SellerListPage{Base: s.base(r, "catalog.sellers.title"), Region: f.Region, City: f.City, Kind: f.Kind,
		Regions: catalog.Regions, Kinds: catalog.SellerKinds, Studios: studios, StudioRefs: refs, Paged: f.Cursor != ""}
	if slug := v.Get("studio"); slug != "" {
		if p.Studio = studioBySlug(studios, slug); p.Studio == nil {
			return s.invalidParam(r, op, "studio", slug)
		}
		f.StudioID = p.Studio.ID
	}
	cities, err := s.deps.Catalog.SellerCities(ctx)
	if err != nil {
		return s.catalogFailure(r, op, err)
	}
	p.CityGroups = groupCities(cities)
	if p.Sellers, err = s.deps.Catalog.Sellers(ctx, f); err != nil {
		return s.catalogFailure(r, op, err)
	}
	return s.render(w, r, http.StatusOK, "seller_list", p)
}
