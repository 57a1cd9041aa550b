package styling

import (
	"slices"
	"testing"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/errs"
)

// storeCarrier creates a carrier of kind for owner with the kind's
// defaults.
func (f *fixture) storeCarrier(t testing.TB, owner int64, kind, name string) *Carrier {
	t.Helper()
	c, err := f.S.CreateCarrier(ctxBG, owner, CarrierInput{Kind: kind, Name: name})
	if err != nil {
		t.Fatalf("create carrier %s: %v", name, err)
	}
	return c
}

// storeItems adds n items to owner's collection, each a copy of a
// different catalog charm, titled so that messages can be checked.
func (f *fixture) storeItems(t testing.TB, owner int64, titles ...string) []*collection.Item {
	t.Helper()
	charms := f.charms(t, len(titles))
	out := make([]*collection.Item, len(titles))
	for i, title := range titles {
		out[i] = f.mustItem(t, owner, charms[i].ID, func(in *collection.ItemInput) { in.Title = title })
	}
	return out
}

// storeSave saves a loadout placing items on points (parallel slices).
func (f *fixture) storeSave(t testing.TB, owner int64, c *Carrier, items []*collection.Item, points ...string) *Loadout {
	t.Helper()
	l, err := f.S.SaveLoadout(ctxBG, owner, c.ID, placing(items, points...))
	if err != nil {
		t.Fatalf("save loadout on %s: %v", c.Name, err)
	}
	return l
}

// placing builds a loadout input from items and their points.
func placing(items []*collection.Item, points ...string) LoadoutInput {
	in := LoadoutInput{Placements: []PlacementInput{}}
	for i, it := range items {
		in.Placements = append(in.Placements, PlacementInput{ItemID: it.ID, Point: points[i]})
	}
	return in
}

// statusOf reads an item's status as its owner sees it.
func (f *fixture) statusOf(t testing.TB, owner, id int64) string {
	t.Helper()
	it, err := f.Col.Item(ctxBG, owner, id)
	if err != nil {
		t.Fatalf("item %d: %v", id, err)
	}
	return it.Status
}

// activeCount counts the current loadouts an item hangs on, straight
// from the table.
func (f *fixture) activeCount(t testing.TB, itemID int64) int {
	t.Helper()
	var n int
	err := f.DB.R.QueryRowContext(ctxBG, `SELECT COUNT(*) FROM loadout_items li JOIN loadouts l ON l.id = li.loadout_id
		WHERE li.item_id = $1 AND li.active AND l.ended_at IS NULL`, itemID).Scan(&n)
	if err != nil {
		t.Fatalf("count active placements: %v", err)
	}
	return n
}

// placedIDs lists the item ids of placements in order.
func placedIDs(ps []Placement) []int64 {
	out := make([]int64, len(ps))
	for i, p := range ps {
		out[i] = p.ItemID
	}
	return out
}

// wantFieldError fails unless err is Invalid naming field.
func wantFieldError(t testing.TB, err error, field string) {
	t.Helper()
	if !errs.Is(err, errs.Invalid) {
		t.Fatalf("err = %v, want Invalid", err)
	}
	fields := errs.FieldsOf(err)
	if !slices.ContainsFunc(fields, func(fe errs.FieldError) bool { return fe.Field == field }) {
		t.Fatalf("fields = %+v, want one on %q", fields, field)
	}
}
