package web

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/errs"
)

// CollectionPage is /collection: one's own items as a filtered grid of
// cards with a "next page" link. Scoped to a box it is also the box page,
// /collection/boxes/{id}, where Box is set.
type CollectionPage struct {
	Base
	Items    []collection.ItemSummary
	Total    int    // items matching the filter
	All      int    // items in the whole collection
	Next     string // URL of the next page; "" on the last one
	Filter   collection.ItemFilter
	Filtered bool // some filter narrows the list
	Boxes    []collection.Box
	Box      *collection.Box // the box page's box
	Notice   string          // message key of a confirmation

	Categories, Conditions, Statuses, Sorts []string
}

// collectionSorts are the orders the collection page offers.
var collectionSorts = []string{"recent", "name", "acquired"}

// collectionNotices are the confirmations /collection shows after a redirect.
var collectionNotices = []string{"deleted"}

// collectionList answers GET /collection with the signed-in user's items.
func (s *Server) collectionList(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "collectionList")
	if err != nil {
		return err
	}
	f, err := s.itemFilterOf(r)
	if err != nil {
		return err
	}
	page, err := s.collectionPage(r, u, f, nil)
	if err != nil {
		return err
	}
	page.Notice = doneNotice("items", collectionNotices, r.URL.Query().Get("done"))
	return s.render(w, r, http.StatusOK, "collection", page)
}

// collectionPage loads one page of the user's items with f, in box when
// it is the box page, and the boxes for the filter. Whatever the size of
// the collection that is two queries, three when a filter needs the
// count of the whole collection beside the count of its matches.
func (s *Server) collectionPage(r *http.Request, u *account.User, f collection.ItemFilter, box *collection.Box) (*CollectionPage, error) {
	ctx := r.Context()
	list, err := s.deps.Collection.Items(ctx, u.ID, u.ID, f)
	if err != nil {
		return nil, errs.Wrap("collection page", err)
	}
	boxes, err := s.deps.Collection.Boxes(ctx, u.ID)
	if err != nil {
		return nil, errs.Wrap("collection page boxes", err)
	}
	p := &CollectionPage{
		Base: s.base(r, "collection.title"), Items: list.Items, Total: list.Total, All: list.Total,
		Filter: f, Boxes: boxes, Box: box,
		Filtered:   f.Query != "" || f.Status != "" || f.Category != "" || f.Condition != "",
		Categories: catalog.Categories, Conditions: collection.Conditions,
		Statuses: collection.Statuses, Sorts: collectionSorts,
	}
	switch {
	case box != nil:
		p.Title, p.All = p.T("boxes.box_title", box.Name), box.Items
	case p.Filtered || f.BoxID != 0:
		p.Filtered = true
		if p.All, err = s.deps.Collection.CountItems(ctx, u.ID, u.ID); err != nil {
			return nil, errs.Wrap("collection page count", err)
		}
	}
	if list.Next != "" {
		p.Next = p.With("cursor", list.Next)
	}
	return p, nil
}

// itemFilterOf reads the collection page's filter from the query. Values
// the service does not know come back from it as Invalid.
func (s *Server) itemFilterOf(r *http.Request) (collection.ItemFilter, error) {
	q := r.URL.Query()
	f := collection.ItemFilter{
		Query: strings.TrimSpace(q.Get("q")), Status: q.Get("status"), Category: q.Get("category"),
		Condition: q.Get("condition"), Sort: q.Get("sort"), Cursor: q.Get("cursor"),
	}
	if v := q.Get("box"); v != "" {
		id, err := strconv.ParseInt(v, 10, 64)
		if err != nil || id <= 0 {
			return f, s.invalidParam(r, "collectionList", "box", v)
		}
		f.BoxID = id
	}
	return f, nil
}
