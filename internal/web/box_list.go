package web

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/errs"
)

// BoxesPage is /collection/boxes: the user's storage boxes with how many
// items each holds, and a form to add one.
type BoxesPage struct {
	Base
	Boxes  []collection.Box
	Name   string // the create form, as typed
	Note   string
	Errors formErrors
	Notice string // message key of a confirmation
}

// boxNotices are the confirmations the boxes page shows after a redirect.
var boxNotices = []string{"deleted"}

// boxList answers GET /collection/boxes.
func (s *Server) boxList(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "boxList")
	if err != nil {
		return err
	}
	page, err := s.boxesPage(r, u)
	if err != nil {
		return err
	}
	page.Notice = doneNotice("boxes", boxNotices, r.URL.Query().Get("done"))
	return s.render(w, r, http.StatusOK, "box_list", page)
}

// boxesPage builds the boxes page with the user's boxes.
func (s *Server) boxesPage(r *http.Request, u *account.User) (*BoxesPage, error) {
	boxes, err := s.deps.Collection.Boxes(r.Context(), u.ID)
	if err != nil {
		return nil, errs.Wrap("boxes page", err)
	}
	return &BoxesPage{Base: s.base(r, "boxes.title"), Boxes: boxes}, nil
}

// boxCreate answers POST /collection/boxes: a new box, then its page; a
// bad or taken name shows the form again with the message.
func (s *Server) boxCreate(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "boxCreate")
	if err != nil {
		return err
	}
	if err := r.ParseForm(); err != nil {
		return err
	}
	name, note := strings.TrimSpace(r.PostForm.Get("name")), strings.TrimSpace(r.PostForm.Get("note"))
	box, err := s.deps.Collection.CreateBox(r.Context(), u.ID, name, note)
	if kind := errs.KindOf(err); kind == errs.Invalid || kind == errs.Conflict {
		page, lerr := s.boxesPage(r, u)
		if lerr != nil {
			return lerr
		}
		page.Name, page.Note = name, note
		page.Errors = s.itemFormErrors(page.Lang, err, "name", "note")
		if kind == errs.Conflict {
			page.Errors = formErrors{"name": page.T("boxes.err.name_taken")}
		}
		return s.render(w, r, errs.HTTPStatus(kind), "box_list", page)
	}
	if err != nil {
		return err
	}
	http.Redirect(w, r, fmt.Sprintf("/collection/boxes/%d?done=created", box.ID), http.StatusSeeOther)
	return nil
}
