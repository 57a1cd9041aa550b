package web

import (
	"net/http"
	"strconv"

	"github.com/charmory/charmory/internal/errs"
)

// dailyWear answers POST /styling/today/wear: the collector wears item_id
// today instead of the pick (the backup, usually). Someone else's item,
// or no pick today, is the same 404 as a missing item.
func (s *Server) dailyWear(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "dailyWear")
	if err != nil {
		return err
	}
	if err := r.ParseForm(); err != nil {
		return err
	}
	id, err := strconv.ParseInt(r.PostForm.Get("item_id"), 10, 64)
	if err != nil || id <= 0 {
		return errs.E("dailyWear", errs.NotFound, "no such item")
	}
	if err := s.deps.Styling.Wear(r.Context(), u.ID, id); err != nil {
		return errs.Wrap("daily wear", err)
	}
	http.Redirect(w, r, "/styling/today?done=worn", http.StatusSeeOther)
	return nil
}
