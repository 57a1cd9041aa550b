package api

import (
	"context"
	"net/http"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/errs"
)

func (s *Server) seriesProgressRoutes() {
	handle(s, endpoint{
		id: "list-series-progress", method: http.MethodGet, path: "/collection/series", tag: tagCollection,
		summary: "List your series completion", auth: true,
		desc: "Every series you own an item of, with owned, missing and duplicate counts; least complete last.",
	}, s.listSeriesProgress)
	handle(s, endpoint{
		id: "get-series-progress", method: http.MethodGet, path: "/collection/series/{id}", tag: tagCollection,
		summary: "Get your completion of one series", auth: true, errors: collection404,
		desc: "Every figure of the series with your copies (chase and secret marked), your wishes, and your duplicates.",
	}, s.getSeriesProgress)
	handle(s, endpoint{
		id: "list-duplicates", method: http.MethodGet, path: "/collection/duplicates", tag: tagCollection,
		summary: "List your duplicates", auth: true,
		desc: "Every copy of a charm beyond your best-conditioned one: the natural list of what to trade.",
	}, s.listDuplicates)
}

// SeriesProgress is how far a collector is through one series.
type SeriesProgress struct {
	SeriesID   int64          `json:"series_id" example:"8"`
	Slug       string         `json:"slug" example:"exciting-macaron"`
	Name       string         `json:"name" example:"Exciting Macaron"`
	StudioName string         `json:"studio_name" example:"Pop Mart"`
	Kind       string         `json:"kind" example:"blind_box"`
	Total      int            `json:"total" example:"7" doc:"Figures in the series."`
	Owned      int            `json:"owned" example:"5" doc:"Distinct figures owned."`
	Missing    int            `json:"missing" example:"2"`
	Duplicates int            `json:"duplicate_count" example:"1" doc:"Copies beyond one per figure."`
	Percent    int            `json:"percent" example:"71" doc:"owned × 100 / total, rounded down: the progress bar."`
	Figures    []FigureStatus `json:"figures,omitempty" doc:"Every figure, in series order (one series only)."`
	DupItems   []ItemSummary  `json:"duplicates,omitempty" doc:"The duplicate items (one series only)."`
}

// FigureStatus is one figure of a series and the copies owned.
type FigureStatus struct {
	CharmID int64   `json:"charm_id" example:"1042"`
	Name    string  `json:"name" example:"Sea Salt Coconut"`
	Rarity  string  `json:"rarity,omitempty" example:"secret" doc:"chase and secret figures are marked."`
	Copies  int     `json:"copies" example:"2"`
	ItemIDs []int64 `json:"item_ids,omitempty" doc:"Your copies."`
	Wished  bool    `json:"wished" doc:"On your wishlist."`
}

func seriesProgressOf(p *collection.SeriesProgress) SeriesProgress {
	out := SeriesProgress{SeriesID: p.SeriesID, Slug: p.Slug, Name: p.Name, StudioName: p.StudioName, Kind: p.Kind,
		Total: p.Total, Owned: p.Owned, Missing: p.Missing, Duplicates: p.DupCount, Percent: p.Percent}
	if len(p.Figures) > 0 {
		out.Figures = make([]FigureStatus, len(p.Figures))
		for i, f := range p.Figures {
			out.Figures[i] = FigureStatus(f)
		}
	}
	if len(p.Duplicates) > 0 {
		out.DupItems = itemSummariesOf(p.Duplicates)
	}
	return out
}

func (s *Server) listSeriesProgress(ctx context.Context, in *PageParams) (*body[Page[SeriesProgress]], error) {
	uid, err := s.collector(ctx)
	if err != nil {
		return nil, err
	}
	ps, err := s.deps.Collection.SeriesCompletion(ctx, uid, uid)
	if err != nil {
		return nil, errs.Wrap("api.listSeriesProgress", err)
	}
	out := make([]SeriesProgress, len(ps))
	for i := range ps {
		out[i] = seriesProgressOf(&ps[i])
	}
	return slicePage(out, func(p SeriesProgress) string { return itoa(p.SeriesID) }, *in)
}

func (s *Server) getSeriesProgress(ctx context.Context, in *IDPath) (*body[SeriesProgress], error) {
	uid, err := s.collector(ctx)
	if err != nil {
		return nil, err
	}
	p, err := s.deps.Collection.SeriesProgress(ctx, uid, uid, in.ID)
	if err != nil {
		return nil, errs.Wrap("api.getSeriesProgress", err)
	}
	return &body[SeriesProgress]{Body: seriesProgressOf(p)}, nil
}

func (s *Server) listDuplicates(ctx context.Context, in *PageParams) (*body[Page[ItemSummary]], error) {
	uid, err := s.collector(ctx)
	if err != nil {
		return nil, err
	}
	dups, err := s.deps.Collection.Duplicates(ctx, uid)
	if err != nil {
		return nil, errs.Wrap("api.listDuplicates", err)
	}
	return slicePage(itemSummariesOf(dups), func(it ItemSummary) string { return itoa(it.ID) }, *in)
}
