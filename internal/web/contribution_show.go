package web

import (
	"net/http"
	"strconv"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/errs"
)

// ContributionPage is one contribution as a field-by-field review: what it
// changes (old → new), its status and notes, and for moderators the
// approve and reject buttons.
type ContributionPage struct {
	Base
	C         *catalog.Contribution
	Charm     *catalog.Charm // the charm as it is now; nil for a new one not yet approved
	Rows      []DiffRow
	Applied   bool   // Rows are what approving it changed, from the charm's history
	Stale     bool   // an edit whose charm changed since it was proposed
	Reviewer  string // username of the moderator who reviewed it
	Thanks    bool   // just submitted
	CanReview bool
	Conflict  string // why an approve or reject was refused
}

// contributionShow shows a contribution to its author or a moderator;
// anyone else gets NotFound, so ids reveal nothing.
func (s *Server) contributionShow(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "contributionShow")
	if err != nil {
		return err
	}
	page, err := s.contributionPage(r, u)
	if err != nil {
		return err
	}
	page.Thanks = r.URL.Query().Get("thanks") == "1" && page.C.UserID == u.ID
	return s.render(w, r, http.StatusOK, "contribution_show", page)
}

// contributionPage loads the contribution named by the {id} path segment
// and works out what it changes.
func (s *Server) contributionPage(r *http.Request, u *account.User) (*ContributionPage, error) {
	const op = "contributionPage"
	ctx, lang := r.Context(), visitorOf(r.Context()).Lang
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		return nil, errs.E(op, errs.NotFound, "no such contribution")
	}
	c, err := s.deps.Catalog.Contribution(ctx, actorOf(u), id)
	if err != nil {
		return nil, err
	}
	page := &ContributionPage{
		Base: s.base(r, "contribution.title", c.ID, localName(lang, c.Proposed.Name, c.Proposed.NameZH)),
		C:    c, CanReview: u.CanModerate() && c.Status == catalog.StatusPending,
	}
	if c.CharmID != 0 {
		if page.Charm, err = s.deps.Catalog.Charm(ctx, c.CharmID); err != nil {
			return nil, err
		}
	}
	changes, oldCur, err := s.reviewChanges(r, page)
	if err != nil {
		return nil, err
	}
	if page.Rows, err = s.diffRows(ctx, lang, changes, oldCur, c.Proposed.Currency); err != nil {
		return nil, err
	}
	if c.ReviewerID != 0 {
		if rv, err := s.deps.Accounts.User(ctx, c.ReviewerID); err == nil {
			page.Reviewer = rv.Username
		} else if !errs.Is(err, errs.NotFound) {
			return nil, err
		}
	}
	return page, nil
}

// reviewChanges works out what the page's contribution changes: once
// approved, what the approval recorded in the charm's history; before,
// the proposal against the charm as it is now (against nothing for a new
// charm). oldCur is the currency of the prices before the change.
func (s *Server) reviewChanges(r *http.Request, page *ContributionPage) (changes []catalog.Change, oldCur string, err error) {
	c := page.C
	oldCur = c.Proposed.Currency
	if c.Status == catalog.StatusApproved && page.Charm != nil {
		if changes, page.Applied, err = s.appliedChanges(r, c); err != nil {
			return nil, "", err
		}
		oldCur = priorCurrency(changes, page.Charm.Currency)
	}
	if !page.Applied {
		var base *catalog.Charm
		if c.BaseVersion > 0 && page.Charm != nil {
			base, oldCur = page.Charm, page.Charm.Currency
			page.Stale = c.Status == catalog.StatusPending && page.Charm.Version != c.BaseVersion
		}
		changes = charmChanges(base, &c.Proposed)
	}
	if c.BaseVersion == 0 && c.Proposed.ListPrice != 0 {
		changes = withoutField(changes, "currency") // the price shows it
	}
	return changes, oldCur, nil
}

// appliedChanges returns the changes recorded in the charm's history when
// the contribution was approved, and whether that revision was found.
func (s *Server) appliedChanges(r *http.Request, c *catalog.Contribution) ([]catalog.Change, bool, error) {
	revs, err := s.deps.Catalog.Revisions(r.Context(), c.CharmID)
	if err != nil {
		return nil, false, err
	}
	for _, rev := range revs {
		if rev.ContributionID == c.ID {
			return rev.Changes, true, nil
		}
	}
	return nil, false, nil
}

// withoutField drops one field's change.
func withoutField(changes []catalog.Change, field string) []catalog.Change {
	out := changes[:0:0]
	for _, ch := range changes {
		if ch.Field != field {
			out = append(out, ch)
		}
	}
	return out
}

// priorCurrency is the currency a charm had before changes, given the
// currency it has now.
func priorCurrency(changes []catalog.Change, now string) string {
	for _, ch := range changes {
		if ch.Field == "currency" && ch.Old != "" {
			return ch.Old
		}
	}
	return now
}

// CharmName names the proposed charm in the page's language.
func (p *ContributionPage) CharmName() string {
	return localName(p.Lang, p.C.Proposed.Name, p.C.Proposed.NameZH)
}

// OldLabel and NewLabel head the two value columns: the charm now and
// the proposal, or before and after once approved.
func (p *ContributionPage) OldLabel() string {
	if p.Applied {
		return p.T("contribution.col_before")
	}
	return p.T("contribution.col_old")
}

// NewLabel: see OldLabel. A new charm has one column, its values.
func (p *ContributionPage) NewLabel() string {
	switch {
	case p.IsNew():
		return p.T("contribution.col_value")
	case p.Applied:
		return p.T("contribution.col_after")
	}
	return p.T("contribution.col_new")
}

// IsNew reports whether the contribution proposes a new charm.
func (p *ContributionPage) IsNew() bool { return p.C.BaseVersion == 0 }
