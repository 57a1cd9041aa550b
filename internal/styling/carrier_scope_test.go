package styling

import (
	"encoding/json"
	"image/color"
	"testing"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
)

// TestOtherUsersCannotReadOrChangeCarriers proves owner scoping: B gets
// NotFound from every read of A's carriers and loadouts and from every
// write to them, cannot hang A's items on B's own carrier, and nothing of
// A's changes.
func TestOtherUsersCannotReadOrChangeCarriers(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		bag := f.storeCarrier(t, f.A, "backpack", "Alice's bag")
		items := f.storeItems(t, f.A, "Bunny", "Star")
		old := f.storeSave(t, f.A, bag, items[:1], "top_handle")
		f.Now = f.Now.AddDate(0, 0, 2)
		cur := f.storeSave(t, f.A, bag, items, "top_handle", "side_loop")
		bobs := f.storeCarrier(t, f.B, "tote", "Bob's tote")
		mine := f.storeItems(t, f.B, "Bob's own")
		before := f.scopeSnapshot(t, bag.ID, items)

		calls := map[string]func() error{
			"Carrier":      func() error { _, err := f.S.Carrier(ctxBG, f.B, bag.ID); return err },
			"Journey":      func() error { _, err := f.S.Journey(ctxBG, f.B, bag.ID); return err },
			"Loadout":      func() error { _, err := f.S.Loadout(ctxBG, f.B, cur.ID); return err },
			"OldLoadout":   func() error { _, err := f.S.Loadout(ctxBG, f.B, old.ID); return err },
			"LoadoutPhoto": func() error { _, _, err := f.S.LoadoutPhoto(ctxBG, f.B, cur.ID); return err },
			"UpdateCarrier": func() error {
				_, err := f.S.UpdateCarrier(ctxBG, f.B, bag.ID, CarrierInput{Kind: "tote", Name: "Mine"})
				return err
			},
			"DeleteCarrier":  func() error { return f.S.DeleteCarrier(ctxBG, f.B, bag.ID) },
			"SaveLoadout":    func() error { _, err := f.S.SaveLoadout(ctxBG, f.B, bag.ID, placing(mine, "top_handle")); return err },
			"EmptyLoadout":   func() error { _, err := f.S.SaveLoadout(ctxBG, f.B, bag.ID, LoadoutInput{}); return err },
			"SetLoadoutNote": func() error { return f.S.SetLoadoutNote(ctxBG, f.B, cur.ID, "mine now") },
			"SetLoadoutPhoto": func() error {
				return f.S.SetLoadoutPhoto(ctxBG, f.B, cur.ID, collection.Upload{Name: "x.png", Data: pngOf(t, color.Black)})
			},
			"Share":   func() error { _, err := f.S.Share(ctxBG, f.B, cur.ID); return err },
			"Unshare": func() error { return f.S.Unshare(ctxBG, f.B, cur.ID) },
		}
		for name, call := range calls {
			t.Run("NotFound/"+name, func(t *testing.T) {
				if err := call(); !errs.Is(err, errs.NotFound) {
					t.Errorf("err = %v, want NotFound", err)
				}
			})
		}
		t.Run("ListShowsOnlyOwnCarriers", func(t *testing.T) {
			cs, err := f.S.Carriers(ctxBG, f.B)
			if err != nil || len(cs) != 1 || cs[0].ID != bobs.ID {
				t.Errorf("B's carriers = %+v, %v", cs, err)
			}
		})
		t.Run("CannotHangAnotherUsersItem", func(t *testing.T) {
			for _, it := range items {
				_, err := f.S.SaveLoadout(ctxBG, f.B, bobs.ID, placing([]*collection.Item{it}, "handle_left"))
				if !errs.Is(err, errs.Invalid) && !errs.Is(err, errs.NotFound) {
					t.Errorf("placing A's %s: %v, want Invalid or NotFound", it.Title, err)
				}
			}
			if c, _ := f.S.Carrier(ctxBG, f.B, bobs.ID); c.Current != nil {
				t.Errorf("B's tote got a loadout: %+v", c.Current)
			}
		})
		t.Run("NothingOfAChanged", func(t *testing.T) {
			if after := f.scopeSnapshot(t, bag.ID, items); after != before {
				t.Errorf("A's data changed:\nbefore %s\nafter  %s", before, after)
			}
		})
	})
}

// scopeSnapshot is A's carrier, journey and items' statuses and histories
// as JSON, to compare before and after B's attempts.
func (f *fixture) scopeSnapshot(t *testing.T, carrierID int64, items []*collection.Item) string {
	t.Helper()
	c, err := f.S.Carrier(ctxBG, f.A, carrierID)
	if err != nil {
		t.Fatal(err)
	}
	j, err := f.S.Journey(ctxBG, f.A, carrierID)
	if err != nil {
		t.Fatal(err)
	}
	var hist [][]collection.StatusChange
	for _, it := range items {
		h, err := f.Col.StatusHistory(ctxBG, f.A, it.ID)
		if err != nil {
			t.Fatal(err)
		}
		hist = append(hist, h)
	}
	b, err := json.Marshal([]any{c, j, hist})
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
