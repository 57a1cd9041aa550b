package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/errs"
)

// boxShow answers GET /collection/boxes/{id}: the collection page scoped
// to one of the user's boxes, with the box's own actions. Another user's
// box is 404.
func (s *Server) boxShow(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "boxShow")
	if err != nil {
		return err
	}
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	box, err := s.deps.Collection.Box(r.Context(), u.ID, id)
	if err != nil {
		return errs.Wrap("box page", err)
	}
	f, err := s.itemFilterOf(r)
	if err != nil {
		return err
	}
	f.BoxID = box.ID
	page, err := s.collectionPage(r, u, f, box)
	if err != nil {
		return err
	}
	page.Notice = doneNotice("boxes", []string{"created"}, r.URL.Query().Get("done"))
	return s.render(w, r, http.StatusOK, "collection", page)
}

// boxDelete answers POST /collection/boxes/{id}/delete. The items stay in
// the collection, with no box.
func (s *Server) boxDelete(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "boxDelete")
	if err != nil {
		return err
	}
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	if err := s.deps.Collection.DeleteBox(r.Context(), u.ID, id); err != nil {
		return errs.Wrap("delete box", err)
	}
	http.Redirect(w, r, "/collection/boxes?done=deleted", http.StatusSeeOther)
	return nil
}
