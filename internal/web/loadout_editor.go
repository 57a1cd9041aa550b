package web

import (
	"context"
	"net/http"
	"slices"
	"strings"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/styling"
)

// LoadoutEditor is the editor of a carrier page. Without JavaScript it is
// one form: each point lists its items (hidden "place" inputs with a
// "remove" button each) and an "add an item" select; with JavaScript the
// same inputs move as chips are dragged between the points and the tray.
type LoadoutEditor struct {
	CarrierID int64
	Points    []LoadoutPoint
	Options   []LoadoutChip // items that can be added: not on the draft
	Count     int           // items on the draft
	More      bool          // the owner has more items than the selects list
	Find      string        // the search that narrowed the selects
	Note      string

	known map[int64]collection.ItemSummary // the items the editor can name
}

// LoadoutPoint is one attachment point with its items.
type LoadoutPoint struct {
	Code  string
	Name  string
	Items []LoadoutChip
	Extra bool // not one of the carrier's points (the save will refuse it)
}

// LoadoutChip is an item in the editor.
type LoadoutChip struct {
	ItemID   int64
	Name     string
	Category string
	Image    string // thumbnail or charm picture; "" for none
	Value    string // its "place" value on its point
}

// loadoutEditor builds the editor for draft on c.
func (s *Server) loadoutEditor(r *http.Request, b Base, owner int64, c *styling.Carrier, draft []styling.PlacementInput, note string) (*LoadoutEditor, error) {
	ctx := r.Context()
	e := &LoadoutEditor{CarrierID: c.ID, Find: strings.TrimSpace(r.URL.Query().Get("find")), Note: note, Count: len(draft)}
	avail, more, err := s.stylingItems(ctx, owner, e.Find)
	if err != nil {
		return nil, err
	}
	e.More = more
	e.known = map[int64]collection.ItemSummary{}
	if c.Current != nil {
		// What hangs on the carrier now can go back on after a remove.
		for _, p := range c.Current.Placements {
			if p.Item != nil {
				e.known[p.ItemID] = *p.Item
				avail = append(avail, *p.Item)
			}
		}
		sortByName(avail)
	}
	for _, it := range avail {
		e.known[it.ID] = it
	}
	if err := s.nameDraftItems(ctx, owner, draft, e.known); err != nil {
		return nil, err
	}
	e.layOut(b, c, draft, avail)
	return e, nil
}

// layOut puts the draft's items on their points (an item on a point the
// carrier lacks gets a point of its own, marked, so nothing is lost) and
// offers the items not on the draft.
func (e *LoadoutEditor) layOut(b Base, c *styling.Carrier, draft []styling.PlacementInput, avail []collection.ItemSummary) {
	chip := func(id int64, point string) LoadoutChip {
		it, ok := e.known[id]
		ch := LoadoutChip{ItemID: id, Name: stylingItemName(b, &it, id), Category: it.Category,
			Value: placeValue(styling.PlacementInput{ItemID: id, Point: point})}
		if ok {
			ch.Image = b.ItemImage(it)
		}
		return ch
	}
	for _, pt := range c.Points {
		lp := LoadoutPoint{Code: pt, Name: b.CarrierPointName(pt)}
		for _, p := range draft {
			if p.Point == pt {
				lp.Items = append(lp.Items, chip(p.ItemID, pt))
			}
		}
		e.Points = append(e.Points, lp)
	}
	for _, p := range draft {
		if !slices.Contains(c.Points, p.Point) {
			e.Points = append(e.Points, LoadoutPoint{Code: p.Point, Name: p.Point, Extra: true, Items: []LoadoutChip{chip(p.ItemID, p.Point)}})
		}
	}
	for _, it := range avail {
		if !slices.ContainsFunc(draft, func(p styling.PlacementInput) bool { return p.ItemID == it.ID }) {
			e.Options = append(e.Options, chip(it.ID, ""))
		}
	}
}

// stylingItemStatuses are the statuses of items the editor offers: on a
// shelf or up for trade. Items on another carrier must come off it first.
var stylingItemStatuses = []string{"stored", "for_trade"}

// stylingItems lists the owner's items the editor offers, by name,
// narrowed by find; more is true when some did not fit in one page.
func (s *Server) stylingItems(ctx context.Context, owner int64, find string) (items []collection.ItemSummary, more bool, err error) {
	for _, st := range stylingItemStatuses {
		pg, err := s.deps.Collection.Items(ctx, owner, owner, collection.ItemFilter{
			Status: st, Query: find, Sort: "name", Limit: collection.MaxItemLimit})
		if err != nil {
			return nil, false, errs.Wrap("loadout items", err)
		}
		items = append(items, pg.Items...)
		more = more || pg.Next != ""
	}
	sortByName(items)
	return items, more, nil
}

// sortByName sorts items by name the way people read a list.
func sortByName(items []collection.ItemSummary) {
	slices.SortStableFunc(items, func(a, b collection.ItemSummary) int {
		return strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name))
	})
}

// nameDraftItems adds to known the draft's items it lacks (found through
// a search since narrowed, say). Only the owner's items are named; an id
// that is not theirs stays unnamed, and the save refuses it.
func (s *Server) nameDraftItems(ctx context.Context, owner int64, draft []styling.PlacementInput, known map[int64]collection.ItemSummary) error {
	for _, p := range draft {
		if _, ok := known[p.ItemID]; ok {
			continue
		}
		it, err := s.deps.Collection.Item(ctx, owner, p.ItemID)
		if errs.KindOf(err) == errs.NotFound {
			continue
		} else if err != nil {
			return errs.Wrap("loadout item", err)
		}
		if it.OwnerID != owner {
			continue
		}
		known[it.ID] = collection.ItemSummary{ID: it.ID, OwnerID: it.OwnerID, CharmID: it.CharmID, Name: it.Name,
			Category: it.Category, Status: it.Status, MainPhotoID: it.MainPhoto, CharmVersion: charmVersion(it)}
	}
	return nil
}

// charmVersion is the version of an item's charm, for its picture's URL.
func charmVersion(it *collection.Item) int {
	if it.Charm != nil {
		return it.Charm.Version
	}
	return 0
}
