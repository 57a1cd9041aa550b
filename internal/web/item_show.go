package web

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/errs"
)

// ItemPage is /collection/items/{id}. Its owner sees everything and every
// action; anyone else sees a public item only (else 404), without what is
// private to the owner: the price paid, the box, the status history.
type ItemPage struct {
	Base
	Item      *collection.Item
	Owner     bool          // the visitor owns the item
	Collector *account.User // whose item, for other visitors
	Photos    []ItemPhotoView
	History   []collection.StatusChange
	Care      []collection.CareTask
	Statuses  []string
	Confirm   bool   // ?confirm=delete: ask before deleting
	Notice    string // message key of a confirmation

	PhotoError  string
	StatusError string
	StatusForm  struct{ Status, Note string }
}

// ItemPhotoView is a photo on the item page with the orders its "move
// earlier" and "move later" buttons post (comma-separated ids).
type ItemPhotoView struct {
	collection.Photo
	Earlier, Later string
}

// itemNotices are the confirmations the item page shows after a redirect.
var itemNotices = []string{"created", "saved", "status", "photos", "photo_main", "photo_deleted", "photos_ordered", "care"}

// itemShow answers GET /collection/items/{id}.
func (s *Server) itemShow(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	var viewer int64
	if u := visitorOf(r.Context()).User; u != nil {
		viewer = u.ID
	}
	it, err := s.deps.Collection.Item(r.Context(), viewer, id)
	if viewer == 0 && errs.KindOf(err) == errs.NotFound {
		// A label's QR code scanned on a phone that is not logged in: the
		// item may well be the visitor's own. Every id asks the same, so
		// this tells nothing about whether it exists.
		return errs.E("item page", errs.Unauthorized, "log in to see this item")
	}
	if err != nil {
		return errs.Wrap("item page", err)
	}
	page, err := s.itemPage(r, it, viewer)
	if err != nil {
		return err
	}
	q := r.URL.Query()
	page.Confirm = page.Owner && q.Get("confirm") == "delete"
	page.Notice = doneNotice("items", itemNotices, q.Get("done"))
	return s.render(w, r, http.StatusOK, "item_show", page)
}

// itemPage builds the item page for viewer: the owner's extras (history,
// care) or, for anyone else, whose item it is.
func (s *Server) itemPage(r *http.Request, it *collection.Item, viewer int64) (*ItemPage, error) {
	ctx := r.Context()
	p := &ItemPage{Base: s.base(r, "items.title", it.Name), Item: it, Owner: viewer == it.OwnerID, Statuses: collection.Statuses}
	p.Title = it.Name
	if it.Title == "" && it.Charm != nil {
		p.Title = p.Local(it.Charm.Name, it.Charm.NameZH)
	}
	p.Photos = photoViews(it.Photos)
	p.StatusForm.Status = it.Status
	var err error
	if !p.Owner {
		if p.Collector, err = s.deps.Accounts.User(ctx, it.OwnerID); err != nil {
			return nil, errs.Wrap("item page owner", err)
		}
		return p, nil
	}
	if p.History, err = s.deps.Collection.StatusHistory(ctx, viewer, it.ID); err != nil {
		return nil, errs.Wrap("item page history", err)
	}
	if p.Care, err = s.deps.Collection.ItemCare(ctx, viewer, it.ID); err != nil {
		return nil, errs.Wrap("item page care", err)
	}
	return p, nil
}

// photoViews adds to each photo the orders that move it one place.
func photoViews(photos []collection.Photo) []ItemPhotoView {
	ids := make([]int64, len(photos))
	for i, ph := range photos {
		ids[i] = ph.ID
	}
	out := make([]ItemPhotoView, len(photos))
	for i, ph := range photos {
		out[i].Photo = ph
		if i > 0 {
			out[i].Earlier = joinIDs(swapped(ids, i, i-1))
		}
		if i < len(ids)-1 {
			out[i].Later = joinIDs(swapped(ids, i, i+1))
		}
	}
	return out
}

// swapped is a copy of ids with positions i and j swapped.
func swapped(ids []int64, i, j int) []int64 {
	out := append([]int64(nil), ids...)
	out[i], out[j] = out[j], out[i]
	return out
}

// joinIDs writes ids as "3,1,2".
func joinIDs(ids []int64) string {
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = strconv.FormatInt(id, 10)
	}
	return strings.Join(parts, ",")
}

// ownerItemPage shows the owner's item page again with a form's problem;
// another user's id is 404 like a missing one.
func (s *Server) ownerItemPage(w http.ResponseWriter, r *http.Request, u *account.User, id int64, status int, set func(*ItemPage)) error {
	it, err := s.deps.Collection.Item(r.Context(), u.ID, id)
	if err != nil {
		return errs.Wrap("item page", err)
	}
	if it.OwnerID != u.ID {
		return errs.E("item page", errs.NotFound, "no such item")
	}
	page, err := s.itemPage(r, it, u.ID)
	if err != nil {
		return err
	}
	set(page)
	return s.render(w, r, status, "item_show", page)
}

// photoRefused shows the item page with why the photos were refused.
// prefix is the message key that says what was saved anyway, or "".
func (s *Server) photoRefused(w http.ResponseWriter, r *http.Request, u *account.User, id int64, err error, prefix string) error {
	kind := errs.KindOf(err)
	if kind != errs.Invalid && kind != errs.TooLarge {
		return err
	}
	lang := visitorOf(r.Context()).Lang
	msg := s.uploadMessage(lang, err)
	if prefix != "" {
		msg = s.msgs.T(lang, prefix) + " " + msg
	}
	return s.ownerItemPage(w, r, u, id, errs.HTTPStatus(kind), func(p *ItemPage) { p.PhotoError = msg })
}
