package web

import (
	"net/http"
	"strconv"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/errs"
)

// CompletionShowPage is /collection/series/{id}: every figure of one
// series as a grid (owned ones with their copy count, missing ones greyed
// with an "add to wishlist" button, chase and secret marked) and the spare
// copies, the natural list of pieces to trade.
type CompletionShowPage struct {
	insightBase
	Progress *collection.SeriesProgress
	Here     string // this page's path, where the forms come back to
	Notice   string
}

// completionShow answers GET /collection/series/{id}.
func (s *Server) completionShow(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "completionShow")
	if err != nil {
		return err
	}
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	sp, err := s.deps.Collection.SeriesProgress(r.Context(), u.ID, u.ID, id)
	if err != nil {
		return errs.Wrap("series completion page", err)
	}
	page := &CompletionShowPage{
		insightBase: s.insightBaseOf(r, "completion.show_title", sp.Name),
		Progress:    sp, Here: "/collection/series/" + strconv.FormatInt(id, 10),
	}
	if r.URL.Query().Get("added") == "1" {
		page.Notice = "completion.wished"
	}
	return s.render(w, r, http.StatusOK, "completion_show", page)
}
