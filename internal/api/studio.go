package api

import (
	"context"
	"net/http"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/errs"
)

func (s *Server) directoryRoutes() {
	handle(s, endpoint{
		id: "list-studios", method: http.MethodGet, path: "/studios", tag: tagDirectory,
		summary: "List studios", desc: "Studios by name with their charm counts.",
	}, s.listStudios)
	handle(s, endpoint{
		id: "get-studio", method: http.MethodGet, path: "/studios/{slug}", tag: tagDirectory,
		summary: "Get a studio", errors: []int{http.StatusNotFound},
	}, s.getStudio)
	handle(s, endpoint{
		id: "list-ips", method: http.MethodGet, path: "/ips", tag: tagDirectory,
		summary: "List IPs", desc: "Every IP or franchise, by name.",
	}, s.listIPs)
	s.seriesRoutes()
	s.sellerRoutes()
}

type studioListInput struct {
	Kind   studioKind `query:"kind" doc:"Only studios of this kind."`
	Region regionCode `query:"region" doc:"Only studios of this region."`
	PageParams
}

func (s *Server) listStudios(ctx context.Context, in *studioListInput) (*body[Page[Studio]], error) {
	p, err := s.deps.Catalog.Studios(ctx, catalog.StudioFilter{
		Kind: string(in.Kind), Region: string(in.Region), Cursor: in.Cursor, Limit: in.Limit,
	})
	if err != nil {
		return nil, errs.Wrap("api.listStudios", err)
	}
	return pageOf(p, studioOf), nil
}

type slugInput struct {
	Slug string `path:"slug" maxLength:"200" example:"palace-museum"`
}

func (s *Server) getStudio(ctx context.Context, in *slugInput) (*body[Studio], error) {
	st, err := s.deps.Catalog.Studio(ctx, in.Slug)
	if err != nil {
		return nil, errs.Wrap("api.getStudio", err)
	}
	return &body[Studio]{Body: studioOf(st)}, nil
}

func (s *Server) listIPs(ctx context.Context, in *PageParams) (*body[Page[IP]], error) {
	ips, err := s.deps.Catalog.IPs(ctx)
	if err != nil {
		return nil, errs.Wrap("api.listIPs", err)
	}
	out := make([]IP, len(ips))
	for i := range ips {
		out[i] = ipOf(&ips[i])
	}
	return slicePage(out, func(ip IP) string { return ip.Slug }, *in)
}
