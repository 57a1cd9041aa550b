package web

import (
	"context"
	"net/http"
	"strings"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/catalog/search"
	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/money"
)

// WishlistPage is /collection/wishlist: the collector's open wishes with
// inline edit forms, an add form that takes a charm id or link or finds a
// charm by name, what has been fulfilled, and the sharing switch.
type WishlistPage struct {
	insightBase
	Open        []collection.Wish
	Fulfilled   []collection.Wish
	Public      bool
	PublicURL   string // to copy and share
	PublicPath  string
	Find        string          // the "find a charm" search
	Found       []catalog.Charm // its results, each with an add button
	Searched    bool
	Charm       string // what was typed into the add form
	AddCurrency string // the add form's currency
	Priorities  []int
	Notice      string // message key of a confirmation
	Errors      formErrors
}

// wishFoundLimit bounds the charms the add form's search offers.
const wishFoundLimit = 8

// wishNotices are the confirmations a redirect to the wishlist can ask for.
var wishNotices = map[string]string{
	"added": "wishlist.added", "updated": "wishlist.updated", "deleted": "wishlist.deleted",
	"public": "wishlist.now_public", "private": "wishlist.now_private",
}

// wishList answers GET /collection/wishlist.
func (s *Server) wishList(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "wishList")
	if err != nil {
		return err
	}
	page, err := s.wishlistPage(r, u)
	if err != nil {
		return err
	}
	for key, msg := range wishNotices {
		if r.URL.Query().Get(key) == "1" {
			page.Notice = msg
		}
	}
	return s.render(w, r, http.StatusOK, "wishlist", page)
}

// wishlistPage loads everything the wishlist page shows; the add and
// update handlers reuse it to show a form again with its errors.
func (s *Server) wishlistPage(r *http.Request, u *account.User) (*WishlistPage, error) {
	ctx := r.Context()
	wishes, err := s.deps.Collection.Wishes(ctx, u.ID, u.ID, true)
	if err != nil {
		return nil, err
	}
	settings, err := s.deps.Collection.Settings(ctx, u.ID)
	if err != nil {
		return nil, err
	}
	p := &WishlistPage{
		insightBase: s.insightBaseOf(r, "wishlist.title"),
		Public:      settings.WishlistPublic,
		PublicPath:  publicWishlistPath(u.Username),
		AddCurrency: u.Currency, Priorities: []int{1, 2, 3, 4, 5},
		Find: strings.TrimSpace(r.URL.Query().Get("q")),
	}
	p.PublicURL = siteOrigin(r, s.deps.SecureCookie) + p.PublicPath
	if !money.Valid(p.AddCurrency) {
		p.AddCurrency = money.Default
	}
	for _, w := range wishes {
		if w.FulfilledAt != nil {
			p.Fulfilled = append(p.Fulfilled, w)
		} else {
			p.Open = append(p.Open, w)
		}
	}
	if p.Find != "" {
		p.Searched = true
		if p.Found, err = s.findWishCharms(ctx, p.Find); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// findWishCharms searches the catalog for the add form.
func (s *Server) findWishCharms(ctx context.Context, q string) ([]catalog.Charm, error) {
	res, err := s.deps.Catalog.Search(ctx, search.Query{Text: q, Limit: wishFoundLimit})
	if err != nil {
		return nil, err
	}
	return res.Charms, nil
}

// publicWishlistPath is where others see a collector's public wishlist.
func publicWishlistPath(username string) string {
	return "/collectors/" + username + "/wishlist"
}
