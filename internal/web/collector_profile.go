package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/errs"
)

// CollectorPage is /collectors/{username}: a collector's public items.
// Private and followers-only items never show here, not even to their
// owner, so the page is exactly what everyone else sees.
type CollectorPage struct {
	Base
	Collector *account.User
	Items     []collection.ItemSummary
	Total     int
	Next      string
	Self      bool // the visitor is this collector
}

// collectorProfile answers GET /collectors/{username}.
func (s *Server) collectorProfile(w http.ResponseWriter, r *http.Request) error {
	c, err := s.deps.Accounts.UserByUsername(r.Context(), r.PathValue("username"))
	if err != nil {
		return errs.Wrap("collector page", err)
	}
	var viewer int64
	if u := visitorOf(r.Context()).User; u != nil {
		viewer = u.ID
	}
	f := collection.ItemFilter{Visibility: "public", Sort: "recent", Cursor: r.URL.Query().Get("cursor")}
	list, err := s.deps.Collection.Items(r.Context(), viewer, c.ID, f)
	if err != nil {
		return errs.Wrap("collector page items", err)
	}
	name := c.DisplayName
	if name == "" {
		name = c.Username
	}
	page := &CollectorPage{
		Base: s.base(r, "collector.title", name), Collector: c,
		Items: publicOnly(list.Items), Total: list.Total, Self: viewer == c.ID,
	}
	if list.Next != "" {
		page.Next = page.With("cursor", list.Next)
	}
	return s.render(w, r, http.StatusOK, "collector", page)
}

// publicOnly keeps public items: the filter already asks for them, and
// this page must never show another kind, whatever a list returns.
func publicOnly(items []collection.ItemSummary) []collection.ItemSummary {
	out := items[:0:0]
	for _, it := range items {
		if it.Visibility == "public" {
			out = append(out, it)
		}
	}
	return out
}
