package web

import (
	"net/http"
	"slices"
	"strings"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/errs"
)

// ContributionsPage lists contributions: a collector's own, or for a
// moderator their own, one contributor's (Contributor) or everyone's.
type ContributionsPage struct {
	Base
	Items       []catalog.Contribution
	Next        string
	Status      string // "" for every status
	Statuses    []string
	Contributor string // contributor filter (moderators)
	Everyone    bool   // moderators: every contributor
	Moderator   bool
	NoSuch      bool // the contributor filter names nobody
}

// IsNew reports whether a contribution proposes a new charm (edits are
// based on a version, which starts at 1).
func (p *ContributionsPage) IsNew(c catalog.Contribution) bool { return c.BaseVersion == 0 }

// contributionList shows the contributions the visitor may see, newest
// first, filtered by status and, for moderators, by contributor.
func (s *Server) contributionList(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "contributionList")
	if err != nil {
		return err
	}
	q := r.URL.Query()
	page := &ContributionsPage{
		Base:      s.base(r, "contributions.title"),
		Statuses:  []string{catalog.StatusPending, catalog.StatusApproved, catalog.StatusRejected},
		Moderator: u.CanModerate(),
	}
	f := catalog.ContributionFilter{UserID: u.ID, Cursor: q.Get("cursor"), Limit: 30}
	if st := q.Get("status"); slices.Contains(page.Statuses, st) {
		page.Status, f.Status = st, st
	}
	if page.Moderator {
		page.Contributor = strings.TrimSpace(q.Get("user"))
		switch {
		case page.Contributor != "":
			who, err := s.deps.Accounts.UserByUsername(r.Context(), page.Contributor)
			if errs.Is(err, errs.NotFound) {
				page.NoSuch = true
				return s.render(w, r, http.StatusOK, "contributions", page)
			}
			if err != nil {
				return err
			}
			f.UserID = who.ID
		case q.Get("scope") == "all":
			page.Everyone, f.UserID = true, 0
		}
	}
	list, err := s.deps.Catalog.Contributions(r.Context(), actorOf(u), f)
	if err != nil {
		return err
	}
	page.Items, page.Next = list.Items, list.Next
	return s.render(w, r, http.StatusOK, "contributions", page)
}

// CharmName names a contribution's charm in the page's language.
func (p *ContributionsPage) CharmName(c catalog.Contribution) string {
	return localName(p.Lang, c.Proposed.Name, c.Proposed.NameZH)
}
