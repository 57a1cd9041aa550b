package web

import (
	"net/http"
	"strings"

	"github.com/charmory/charmory/internal/errs"
)

// itemDelete answers POST /collection/items/{id}/delete, the button of the
// confirmation on the item page: the item goes, with its photos and history.
func (s *Server) itemDelete(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "itemDelete")
	if err != nil {
		return err
	}
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	if err := s.deps.Collection.DeleteItem(r.Context(), u.ID, id); err != nil {
		return errs.Wrap("delete item", err)
	}
	http.Redirect(w, r, "/collection?done=deleted", http.StatusSeeOther)
	return nil
}

// itemStatus answers POST /collection/items/{id}/status: a new status with
// a note, kept in the item's dated history. "next" returns to the page the
// button was on.
func (s *Server) itemStatus(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "itemStatus")
	if err != nil {
		return err
	}
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	if err := r.ParseForm(); err != nil {
		return err
	}
	status, note := r.PostForm.Get("status"), strings.TrimSpace(r.PostForm.Get("note"))
	err = s.deps.Collection.SetStatus(r.Context(), u.ID, id, status, note)
	if errs.KindOf(err) == errs.Invalid {
		lang := visitorOf(r.Context()).Lang
		fe := s.itemFormErrors(lang, err, "status", "note", "status_note")
		msg := fe.Wide()
		for _, k := range []string{"status", "note", "status_note"} {
			if msg == "" {
				msg = fe[k]
			}
		}
		return s.ownerItemPage(w, r, u, id, http.StatusUnprocessableEntity, func(p *ItemPage) {
			p.StatusError, p.StatusForm.Status, p.StatusForm.Note = msg, status, note
		})
	}
	if err != nil {
		return errs.Wrap("set status", err)
	}
	next := itemURL(id, "status") + "#status"
	if back := r.PostForm.Get("next"); back != "" {
		next = safeNext(back) // e.g. back to the series view's spare copies
	}
	http.Redirect(w, r, next, http.StatusSeeOther)
	return nil
}

// itemCareDone answers POST /collection/items/{id}/care: the care task was
// done today. "back" returns to the due list when the button was there.
func (s *Server) itemCareDone(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "itemCareDone")
	if err != nil {
		return err
	}
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	if err := r.ParseForm(); err != nil {
		return err
	}
	if err := s.deps.Collection.MarkCared(r.Context(), u.ID, id, r.PostForm.Get("task")); err != nil {
		return errs.Wrap("mark cared", err)
	}
	next := itemURL(id, "care") + "#care"
	if back := r.PostForm.Get("back"); back != "" {
		next = safeNext(back)
	}
	http.Redirect(w, r, next, http.StatusSeeOther)
	return nil
}
