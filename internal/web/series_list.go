package web

import (
	"html/template"
	"net/http"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/web/illustration"
)

// SeriesListPage is /series: standard lines and blind-box series, newest
// first, filtered by kind and studio.
type SeriesListPage struct {
	Base
	Kind   string
	Kinds  []string
	Studio *catalog.Studio // the studio filter, or nil
	Series []SeriesCard
	Total  int
	Next   string
	Paged  bool
}

// SeriesCard is a series with its generated box cover.
type SeriesCard struct {
	catalog.Series
	Cover template.URL
}

// seriesCards adds covers to series.
func seriesCards(list []catalog.Series) []SeriesCard {
	out := make([]SeriesCard, 0, len(list))
	for _, sr := range list {
		cover := illustration.SeriesCover(sr.ID, sr.Name, sr.Kind == "blind_box")
		out = append(out, SeriesCard{Series: sr, Cover: svgDataURI(cover)})
	}
	return out
}

// seriesList answers GET /series?kind=&studio=&cursor=.
func (s *Server) seriesList(w http.ResponseWriter, r *http.Request) error {
	const op = "series list"
	ctx := r.Context()
	v := r.URL.Query()
	f := catalog.SeriesFilter{Kind: v.Get("kind"), Cursor: v.Get("cursor"), Limit: 24}
	if f.Kind != "" && !catalog.In(catalog.SeriesKinds, f.Kind) {
		return s.invalidParam(r, op, "kind", f.Kind)
	}
	var studio *catalog.Studio
	if slug := v.Get("studio"); slug != "" {
		st, err := s.deps.Catalog.Studio(ctx, slug)
		if errs.Is(err, errs.NotFound) {
			return s.invalidParam(r, op, "studio", slug)
		}
		if err != nil {
			return errs.Wrap(op, err)
		}
		studio, f.StudioID = st, st.ID
	}
	page, err := s.deps.Catalog.SeriesList(ctx, f)
	if err != nil {
		return s.catalogFailure(r, op, err)
	}
	p := &SeriesListPage{
		Base: s.base(r, "catalog.series_list.title"), Kind: f.Kind, Kinds: catalog.SeriesKinds, Studio: studio,
		Series: seriesCards(page.Items), Total: page.Total, Next: page.Next, Paged: f.Cursor != "",
	}
	return s.render(w, r, http.StatusOK, "series_list", p)
}
