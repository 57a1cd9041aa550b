package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/errs"
)

// dailyShow answers GET /styling/today: the mood buttons, today's pick
// when there is one, and the rotation reminders.
func (s *Server) dailyShow(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "dailyShow")
	if err != nil {
		return err
	}
	page, err := s.dailyPage(r, u)
	if err != nil {
		return err
	}
	today, err := s.deps.Styling.Today(r.Context(), u.ID)
	switch {
	case err == nil:
		page.Pick = today
	case errs.KindOf(err) != errs.NotFound:
		// No pick yet today is the usual morning; anything else is a fault.
		return errs.Wrap("daily page today", err)
	}
	page.Notice = doneNotice("daily", dailyNotices, r.URL.Query().Get("done"))
	return s.render(w, r, http.StatusOK, "daily_pick", page)
}
