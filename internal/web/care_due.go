package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/errs"
)

// CareDuePage is /collection/care: the user's items with care tasks due,
// most overdue first, each task with a "done today" button.
type CareDuePage struct {
	Base
	Due   []collection.CareDue
	Tasks int // tasks due in all
	Done  bool
}

// careDue answers GET /collection/care.
func (s *Server) careDue(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "careDue")
	if err != nil {
		return err
	}
	due, err := s.deps.Collection.CareDue(r.Context(), u.ID)
	if err != nil {
		return errs.Wrap("care page", err)
	}
	page := &CareDuePage{Base: s.base(r, "care.title"), Due: due, Done: r.URL.Query().Get("done") == "care"}
	for _, d := range due {
		page.Tasks += len(d.Tasks)
	}
	return s.render(w, r, http.StatusOK, "care_due", page)
}
