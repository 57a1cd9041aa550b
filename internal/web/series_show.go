package web

import (
	"html/template"
	"net/http"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/web/illustration"
)

// SeriesPage is /series/{slug}: every figure with its rarity, the box
// price of a blind-box series and a note on its chase and secret figures.
type SeriesPage struct {
	Base
	Series  *catalog.Series
	Studio  *catalog.Studio
	Figures []catalog.Charm
	Regular int
	Chase   int
	Secret  int
	Cover   template.URL
}

// seriesShow answers GET /series/{slug}.
func (s *Server) seriesShow(w http.ResponseWriter, r *http.Request) error {
	const op = "series page"
	ctx := r.Context()
	sr, err := s.deps.Catalog.Series(ctx, r.PathValue("slug"))
	if err != nil {
		return errs.Wrap(op, err)
	}
	st, err := s.deps.Catalog.StudioByID(ctx, sr.StudioID)
	if err != nil {
		return errs.Wrap(op, err)
	}
	figures, err := s.deps.Catalog.SeriesCharms(ctx, sr.ID)
	if err != nil {
		return errs.Wrap(op, err)
	}
	b := s.base(r, "catalog.series.title", sr.Name)
	b.Title = b.Local(sr.Name, sr.NameZH)
	p := &SeriesPage{Base: b, Series: sr, Studio: st, Figures: figures,
		Cover: svgDataURI(illustration.SeriesCover(sr.ID, sr.Name, sr.Kind == "blind_box"))}
	for _, f := range figures {
		switch f.Rarity {
		case "chase":
			p.Chase++
		case "secret":
			p.Secret++
		default:
			p.Regular++
		}
	}
	return s.render(w, r, http.StatusOK, "series_show", p)
}
