package web

import (
	"net/http"
	"slices"
	"time"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/errs"
)

// queueShown is how many pending contributions the queue page lists.
const queueShown = 100

// QueueItem is one pending contribution with what a moderator wants to
// know before opening it.
type QueueItem struct {
	C       catalog.Contribution
	New     bool // proposes a new charm
	Changes int  // fields it changes
	Stale   bool // the charm changed since it was proposed: approving will fail
}

// ModerationPage is the queue of pending contributions, oldest first.
type ModerationPage struct {
	Base
	Items []QueueItem
	Total int
	Done  string // "approved" or "rejected": the review just made

	now time.Time
}

// moderationQueue lists pending contributions oldest first, so nobody's
// proposal waits behind newer ones. Moderators only.
func (s *Server) moderationQueue(w http.ResponseWriter, r *http.Request) error {
	const op = "moderationQueue"
	u, err := requireUser(r, op)
	if err != nil {
		return err
	}
	if !u.CanModerate() {
		return errs.E(op, errs.Forbidden, "moderators only")
	}
	pending, total, err := s.pendingOldestFirst(r, actorOf(u))
	if err != nil {
		return err
	}
	page := &ModerationPage{Base: s.base(r, "moderation.title"), Total: total, now: time.Now()}
	if done := r.URL.Query().Get("done"); done == "approved" || done == "rejected" {
		page.Done = done
	}
	pending = pending[:min(len(pending), queueShown)]
	ids := make([]int64, 0, len(pending))
	for _, c := range pending {
		if c.CharmID != 0 {
			ids = append(ids, c.CharmID)
		}
	}
	charms, err := s.deps.Catalog.CharmsByIDs(r.Context(), ids)
	if err != nil {
		return err
	}
	byID := make(map[int64]*catalog.Charm, len(charms))
	for i := range charms {
		byID[charms[i].ID] = &charms[i]
	}
	for _, c := range pending {
		item := QueueItem{C: c, New: c.BaseVersion == 0}
		cur := byID[c.CharmID]
		item.Changes = len(charmChanges(cur, &c.Proposed))
		item.Stale = cur != nil && cur.Version != c.BaseVersion
		page.Items = append(page.Items, item)
	}
	return s.render(w, r, http.StatusOK, "moderation", page)
}

// pendingOldestFirst reads the pending contributions (the catalog lists
// newest first, up to maxOptionPages pages) and reverses them; total is
// how many are pending in all.
func (s *Server) pendingOldestFirst(r *http.Request, a catalog.Actor) (list []catalog.Contribution, total int, err error) {
	cursor := ""
	for i := range maxOptionPages {
		p, err := s.deps.Catalog.Contributions(r.Context(), a, catalog.ContributionFilter{Status: catalog.StatusPending, Cursor: cursor, Limit: 100})
		if err != nil {
			return nil, 0, err
		}
		if i == 0 {
			total = p.Total
		}
		list = append(list, p.Items...)
		if cursor = p.Next; cursor == "" {
			break
		}
	}
	slices.Reverse(list)
	return list, max(total, len(list)), nil
}

// CharmName names the item's charm in the page's language.
func (p *ModerationPage) CharmName(it QueueItem) string {
	return localName(p.Lang, it.C.Proposed.Name, it.C.Proposed.NameZH)
}

// Waiting says how long a contribution has waited, in whole days.
func (p *ModerationPage) Waiting(since time.Time) string {
	days := int(p.now.Sub(since).Hours() / 24)
	switch {
	case days < 1:
		return p.T("moderation.waiting_today")
	case days == 1:
		return p.T("moderation.waiting_day")
	}
	return p.T("moderation.waiting_days", days)
}
