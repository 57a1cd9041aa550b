package web

import (
	"context"
	"net/http"
	"strconv"
	"strings"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/errs"
)

// contributionApprove applies a pending contribution to the catalog.
func (s *Server) contributionApprove(w http.ResponseWriter, r *http.Request) error {
	return s.review(w, r, "contributionApprove", "approved", s.deps.Catalog.Approve)
}

// reviewFunc is Approve or Reject of the catalog service.
type reviewFunc func(ctx context.Context, a catalog.Actor, id int64, note string) (*catalog.Contribution, error)

// review runs a moderator's decision with its optional note and goes back
// to the queue saying what was done. When the catalog refuses with a
// Conflict (someone reviewed it first, or the charm changed since it was
// proposed) the contribution page explains that with status 409.
func (s *Server) review(w http.ResponseWriter, r *http.Request, op, done string, decide reviewFunc) error {
	u, err := requireUser(r, op)
	if err != nil {
		return err
	}
	if !u.CanModerate() {
		return errs.E(op, errs.Forbidden, "moderators only")
	}
	if err := r.ParseForm(); err != nil {
		return err
	}
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		return errs.E(op, errs.NotFound, "no such contribution")
	}
	_, err = decide(r.Context(), actorOf(u), id, strings.TrimSpace(r.PostForm.Get("review_note")))
	if errs.KindOf(err) == errs.Conflict {
		page, perr := s.contributionPage(r, u)
		if perr != nil {
			return perr
		}
		page.Conflict = page.T("contribution.conflict_changed")
		if page.C.Status != catalog.StatusPending {
			page.Conflict = page.T("contribution.conflict_reviewed", page.T("contribution.status."+page.C.Status))
		}
		return s.render(w, r, http.StatusConflict, "contribution_show", page)
	}
	if err != nil {
		return err
	}
	http.Redirect(w, r, "/moderation?done="+done, http.StatusSeeOther)
	return nil
}
