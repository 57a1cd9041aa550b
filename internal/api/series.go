package api

import (
	"context"
	"net/http"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/catalog/search"
	"github.com/charmory/charmory/internal/errs"
)

func (s *Server) seriesRoutes() {
	handle(s, endpoint{
		id: "list-series", method: http.MethodGet, path: "/series", tag: tagDirectory,
		summary: "List series", desc: "Series, newest release first.",
	}, s.listSeries)
	handle(s, endpoint{
		id: "get-series", method: http.MethodGet, path: "/series/{slug}", tag: tagDirectory,
		summary: "Get a series with its charms",
		desc:    "The series and all its charms: regular figures first, then chase, then secret.",
		errors:  []int{http.StatusNotFound},
	}, s.getSeries)
}

type seriesListInput struct {
	Studio string     `query:"studio" maxLength:"200" doc:"Only series of this studio, by id or slug."`
	Kind   seriesKind `query:"kind" doc:"Only series of this kind."`
	PageParams
}

func (s *Server) listSeries(ctx context.Context, in *seriesListInput) (*body[Page[Series]], error) {
	const op = "api.listSeries"
	f := catalog.SeriesFilter{Kind: string(in.Kind), Cursor: in.Cursor, Limit: in.Limit}
	if in.Studio != "" {
		id, err := s.resolveParam(ctx, op, "studio", search.FacetStudio, in.Studio)
		if err != nil {
			return nil, err
		}
		f.StudioID = id
	}
	p, err := s.deps.Catalog.SeriesList(ctx, f)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	return pageOf(p, seriesOf), nil
}

func (s *Server) getSeries(ctx context.Context, in *slugInput) (*body[SeriesDetail], error) {
	const op = "api.getSeries"
	sr, err := s.deps.Catalog.Series(ctx, in.Slug)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	st, err := s.deps.Catalog.StudioByID(ctx, sr.StudioID)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	charms, err := s.deps.Catalog.SeriesCharms(ctx, sr.ID)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	out := SeriesDetail{Series: seriesOf(sr), Charms: charmsOf(charms)}
	out.Studio = Ref{ID: st.ID, Slug: st.Slug, Name: st.Name}
	return &body[SeriesDetail]{Body: out}, nil
}

// resolveParam resolves a query parameter naming a studio, IP or series by
// id or slug, locating an unknown one at the parameter.
func (s *Server) resolveParam(ctx context.Context, op, param, kind, v string) (int64, error) {
	id, err := s.resolve(ctx, kind, v)
	if errs.Is(err, errs.Invalid) {
		return 0, errs.Fields(op, errs.FieldError{Field: param, Message: errs.Message(err)})
	}
	if err != nil {
		return 0, errs.Wrap(op, err)
	}
	return id, nil
}
