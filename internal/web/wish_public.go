package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/errs"
)

// CollectorWishlistPage is /collectors/{username}/wishlist: the open
// wishes of a collector who made their wishlist public, for friends
// choosing a gift and for traders.
type CollectorWishlistPage struct {
	insightBase
	Owner  *account.User
	Name   string // display name, else username
	Wishes []collection.Wish
	Own    bool // the visitor is the owner
}

// collectorWishlist answers GET /collectors/{username}/wishlist. A private
// wishlist is NotFound, exactly like an unknown collector, so the page
// never tells whether someone has one.
func (s *Server) collectorWishlist(w http.ResponseWriter, r *http.Request) error {
	const op = "collectorWishlist"
	ctx := r.Context()
	owner, err := s.deps.Accounts.UserByUsername(ctx, r.PathValue("username"))
	if errs.KindOf(err) == errs.NotFound {
		return errs.E(op, errs.NotFound, "no such wishlist")
	} else if err != nil {
		return err
	}
	var viewer int64
	if v := visitorOf(ctx).User; v != nil {
		viewer = v.ID
	}
	wishes, err := s.deps.Collection.Wishes(ctx, viewer, owner.ID, false)
	if err != nil {
		return errs.Wrap(op, err)
	}
	name := owner.DisplayName
	if name == "" {
		name = owner.Username
	}
	page := &CollectorWishlistPage{
		insightBase: s.insightBaseOf(r, "wishlist.public_title", name),
		Owner:       owner, Name: name, Wishes: wishes, Own: viewer == owner.ID,
	}
	return s.render(w, r, http.StatusOK, "collector_wishlist", page)
}
