package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/collection"
)

// CompletionListPage is /collection/series: every series the collector
// has a piece of, with a progress bar, owned/total, missing figures and
// spare copies.
type CompletionListPage struct {
	insightBase
	Series   []collection.SeriesProgress
	Complete int // series with every figure owned
	Spares   int // spare copies across all series
}

// completionList answers GET /collection/series with one service call,
// whatever the number of series.
func (s *Server) completionList(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "completionList")
	if err != nil {
		return err
	}
	list, err := s.deps.Collection.SeriesCompletion(r.Context(), u.ID, u.ID)
	if err != nil {
		return err
	}
	page := &CompletionListPage{insightBase: s.insightBaseOf(r, "completion.title"), Series: list}
	for _, sp := range list {
		if sp.Total > 0 && sp.Owned == sp.Total {
			page.Complete++
		}
		page.Spares += sp.DupCount
	}
	return s.render(w, r, http.StatusOK, "completion_list", page)
}
