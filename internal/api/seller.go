package api

import (
	"context"
	"net/http"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/catalog/search"
	"github.com/charmory/charmory/internal/errs"
)

func (s *Server) sellerRoutes() {
	handle(s, endpoint{
		id: "list-sellers", method: http.MethodGet, path: "/sellers", tag: tagDirectory,
		summary: "List authorised sellers",
		desc:    "Where to buy genuine charms: official stores, museum shops, grain stores, online shops… by city, then name.",
	}, s.listSellers)
	handle(s, endpoint{
		id: "get-seller", method: http.MethodGet, path: "/sellers/{slug}", tag: tagDirectory,
		summary: "Get an authorised seller", desc: "The seller and the studios it is authorised to sell.",
		errors: []int{http.StatusNotFound},
	}, s.getSeller)
	handle(s, endpoint{
		id: "list-cities", method: http.MethodGet, path: "/cities", tag: tagDirectory,
		summary: "List cities with authorised sellers",
	}, s.listCities)
}

type sellerListInput struct {
	City   string     `query:"city" maxLength:"100" example:"Shanghai" doc:"Only sellers in this city."`
	Region regionCode `query:"region" doc:"Only sellers in this region."`
	Kind   sellerKind `query:"kind" doc:"Only sellers of this kind."`
	Studio string     `query:"studio" maxLength:"200" doc:"Only sellers authorised for this studio, by id or slug."`
	PageParams
}

func (s *Server) listSellers(ctx context.Context, in *sellerListInput) (*body[Page[Seller]], error) {
	const op = "api.listSellers"
	f := catalog.SellerFilter{City: in.City, Region: string(in.Region), Kind: string(in.Kind), Cursor: in.Cursor, Limit: in.Limit}
	if in.Studio != "" {
		id, err := s.resolveParam(ctx, op, "studio", search.FacetStudio, in.Studio)
		if err != nil {
			return nil, err
		}
		f.StudioID = id
	}
	p, err := s.deps.Catalog.Sellers(ctx, f)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	return pageOf(p, sellerOf), nil
}

func (s *Server) getSeller(ctx context.Context, in *slugInput) (*body[SellerDetail], error) {
	const op = "api.getSeller"
	sl, err := s.deps.Catalog.Seller(ctx, in.Slug)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	out := SellerDetail{Seller: sellerOf(sl), Studios: make([]Ref, 0, len(sl.StudioIDs))}
	for _, id := range sl.StudioIDs {
		st, err := s.deps.Catalog.StudioByID(ctx, id)
		if errs.Is(err, errs.NotFound) {
			continue // removed since the seller was read
		}
		if err != nil {
			return nil, errs.Wrap(op, err)
		}
		out.Studios = append(out.Studios, Ref{ID: st.ID, Slug: st.Slug, Name: st.Name})
	}
	return &body[SellerDetail]{Body: out}, nil
}

func (s *Server) listCities(ctx context.Context, in *PageParams) (*body[Page[City]], error) {
	cities, err := s.deps.Catalog.SellerCities(ctx)
	if err != nil {
		return nil, errs.Wrap("api.listCities", err)
	}
	out := make([]City, len(cities))
	for i, c := range cities {
		out[i] = City(c)
	}
	// A city's name is unique only within its country and region.
	return slicePage(out, func(c City) string { return c.Region + "/" + c.Country + "/" + c.Name }, *in)
}
