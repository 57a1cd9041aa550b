package web

import (
	"context"
	"net/http"
	"strconv"
	"time"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/errs"
)

// itemNew answers GET /collection/new: the add form, for the catalog charm
// of ?charm=ID, or for a one-off without it; ?box=ID preselects a box.
func (s *Server) itemNew(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "itemNew")
	if err != nil {
		return err
	}
	today := time.Now().UTC().Format(time.DateOnly)
	f := newItemForm(u.Currency, today)
	q := r.URL.Query()
	if v := q.Get("charm"); v != "" {
		if f.CharmID, err = strconv.ParseInt(v, 10, 64); err != nil || f.CharmID <= 0 {
			return errs.E("itemNew", errs.NotFound, "no such charm")
		}
	}
	f.BoxID, _ = strconv.ParseInt(q.Get("box"), 10, 64)
	page, err := s.loadItemForm(r, u, f)
	if err != nil {
		return err
	}
	return s.render(w, r, http.StatusOK, "item_form", page)
}

// itemEdit answers GET /collection/items/{id}/edit for the item's owner;
// anyone else gets 404, even for a public item.
func (s *Server) itemEdit(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "itemEdit")
	if err != nil {
		return err
	}
	it, err := s.ownItem(r, u)
	if err != nil {
		return err
	}
	page, err := s.loadItemForm(r, u, itemFormOf(it))
	if err != nil {
		return err
	}
	return s.render(w, r, http.StatusOK, "item_form", page)
}

// ownItem loads the item of the {id} path value if u owns it. Items are
// readable by others when public, so ownership is checked here too: the
// answer for someone else's item is the same 404 as for a missing one.
func (s *Server) ownItem(r *http.Request, u *account.User) (*collection.Item, error) {
	id, err := pathID(r, "id")
	if err != nil {
		return nil, err
	}
	it, err := s.deps.Collection.Item(r.Context(), u.ID, id)
	if err != nil {
		return nil, errs.Wrap("item", err)
	}
	if it.OwnerID != u.ID {
		return nil, errs.E("item", errs.NotFound, "no such item")
	}
	return it, nil
}

// loadItemForm builds the form page: the catalog charm (an unknown one is
// 404) and the user's boxes.
func (s *Server) loadItemForm(r *http.Request, u *account.User, f *ItemForm) (*ItemFormPage, error) {
	ctx := r.Context()
	charm, err := s.itemCharm(ctx, f.CharmID)
	if err != nil {
		return nil, err
	}
	boxes, err := s.deps.Collection.Boxes(ctx, u.ID)
	if err != nil {
		return nil, errs.Wrap("item form boxes", err)
	}
	b := s.base(r, "items.new_title")
	name := f.Title
	if charm != nil && name == "" {
		name = b.Local(charm.Name, charm.NameZH)
	}
	switch {
	case f.Edit():
		b.Title = b.T("items.edit_title", name)
	case charm != nil:
		b.Title = b.T("items.new_title_charm", name)
	}
	return s.itemFormPage(b, f, charm, boxes, time.Now().UTC().Format(time.DateOnly)), nil
}

// itemCharm is the catalog charm an item form is about, nil for a one-off.
func (s *Server) itemCharm(ctx context.Context, id int64) (*catalog.Charm, error) {
	if id == 0 {
		return nil, nil
	}
	c, err := s.deps.Catalog.Charm(ctx, id)
	if err != nil {
		return nil, errs.Wrap("item form charm", err)
	}
	return c, nil
}
