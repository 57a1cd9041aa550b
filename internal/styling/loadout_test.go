package styling

import (
	"slices"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
)

func TestSaveLoadoutBuildsADatedJourney(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		bag := f.storeCarrier(t, f.A, "backpack", "Bag")
		items := f.storeItems(t, f.A, "Bunny", "Star", "Moon")
		start := f.Now

		first := f.storeSave(t, f.A, bag, items[:2], "strap_left", "strap_left")
		f.Now = start.AddDate(0, 0, 10)
		second, err := f.S.SaveLoadout(ctxBG, f.A, bag.ID, LoadoutInput{Note: " spring ", Placements: []PlacementInput{
			{ItemID: items[2].ID, Point: "top_handle"}, {ItemID: items[1].ID, Point: "strap_left"}}})
		if err != nil {
			t.Fatal(err)
		}
		f.Now = start.AddDate(0, 0, 20)
		emptied := f.storeSave(t, f.A, bag, nil)

		t.Run("PositionsWithinAPoint", func(t *testing.T) {
			if got := first.Placements; len(got) != 2 || got[0].ItemID != items[0].ID || got[0].Position != 0 || got[1].Position != 1 {
				t.Errorf("first placements = %+v", got)
			}
			if second.Note != "spring" || !slices.Equal(placedIDs(second.Placements), []int64{items[2].ID, items[1].ID}) {
				t.Errorf("second = %+v", second)
			}
		})
		j, err := f.S.Journey(ctxBG, f.A, bag.ID)
		if err != nil {
			t.Fatal(err)
		}
		t.Run("NewestFirstWithDates", func(t *testing.T) {
			if len(j) != 3 || j[0].ID != emptied.ID || j[1].ID != second.ID || j[2].ID != first.ID {
				t.Fatalf("journey = %+v, want emptied, second, first", j)
			}
			want := []struct{ start, end int }{{20, -1}, {10, 20}, {0, 10}}
			for i, w := range want {
				if !j[i].StartedAt.Equal(start.AddDate(0, 0, w.start)) {
					t.Errorf("entry %d started %v", i, j[i].StartedAt)
				}
				if w.end < 0 && j[i].EndedAt != nil || w.end >= 0 && (j[i].EndedAt == nil || !j[i].EndedAt.Equal(start.AddDate(0, 0, w.end))) {
					t.Errorf("entry %d ended %v, want day %d", i, j[i].EndedAt, w.end)
				}
			}
		})
		t.Run("OldEntriesKeepTheirItems", func(t *testing.T) {
			if len(j[0].Placements) != 0 || !slices.Equal(placedIDs(j[2].Placements), []int64{items[0].ID, items[1].ID}) {
				t.Errorf("placements = %+v / %+v", j[0].Placements, j[2].Placements)
			}
			if it := j[2].Placements[0].Item; it == nil || it.Name != "Bunny" {
				t.Errorf("old entry's item = %+v", it)
			}
			for _, id := range []int64{items[0].ID, items[1].ID, items[2].ID} {
				if n := f.activeCount(t, id); n != 0 {
					t.Errorf("item %d active on %d loadouts after emptying", id, n)
				}
			}
		})
		t.Run("CarrierShowsTheEmptyCurrentLoadout", func(t *testing.T) {
			c, err := f.S.Carrier(ctxBG, f.A, bag.ID)
			if err != nil || c.Current == nil || c.Current.ID != emptied.ID || len(c.Current.Placements) != 0 || !c.LastRotated.Equal(f.Now) {
				t.Errorf("carrier = %+v, %v", c, err)
			}
		})
	})
}

func TestSaveLoadoutMovesStatusesWithHistory(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		bag := f.storeCarrier(t, f.A, "tote", "Tote")
		items := f.storeItems(t, f.A, "Bunny", "Star", "Moon")
		if err := f.Col.SetStatus(ctxBG, f.A, items[2].ID, "for_trade", ""); err != nil {
			t.Fatal(err)
		}
		f.storeSave(t, f.A, bag, items[:2], "handle_left", "handle_right")
		f.Now = f.Now.AddDate(0, 0, 5)
		f.storeSave(t, f.A, bag, items[1:], "handle_left", "inner_ring")

		for i, want := range []string{"stored", "on_carrier", "on_carrier"} {
			if got := f.statusOf(t, f.A, items[i].ID); got != want {
				t.Errorf("%s is %s, want %s", items[i].Title, got, want)
			}
		}
		tests := []struct {
			name   string
			item   *collection.Item
			latest []string
		}{
			{"TakenOffIsStoredAgain", items[0], []string{"stored", "on_carrier", "stored"}},
			{"KeptOnIsNotRecordedTwice", items[1], []string{"on_carrier", "stored"}},
			{"NewlyPlacedFromTrade", items[2], []string{"on_carrier", "for_trade", "stored"}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				h, err := f.Col.StatusHistory(ctxBG, f.A, tt.item.ID)
				if err != nil {
					t.Fatal(err)
				}
				var got []string
				for _, c := range h {
					got = append(got, c.Status)
				}
				if !slices.Equal(got, tt.latest) || h[0].Note != "Tote" {
					t.Errorf("history = %+v, want %v noting the carrier", h, tt.latest)
				}
			})
		}
		t.Run("LostWhileHangingStaysLost", func(t *testing.T) {
			if err := f.Col.SetStatus(ctxBG, f.A, items[1].ID, "lost", "fell off"); err != nil {
				t.Fatal(err)
			}
			f.storeSave(t, f.A, bag, nil)
			if got := f.statusOf(t, f.A, items[1].ID); got != "lost" {
				t.Errorf("status = %s, want lost", got)
			}
			if got := f.statusOf(t, f.A, items[2].ID); got != "stored" {
				t.Errorf("status = %s, want stored", got)
			}
		})
	})
}

func TestSaveLoadoutRejectsInvalidPlacements(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		bag := f.storeCarrier(t, f.A, "tote", "Tote")
		items := f.storeItems(t, f.A, "Bunny", "Star", "Moon", "Sun", "Heart")
		theirs := f.storeItems(t, f.B, "Bob's charm")
		for i, status := range map[int]string{2: "lost", 3: "for_sale", 4: "lent"} {
			if err := f.Col.SetStatus(ctxBG, f.A, items[i].ID, status, ""); err != nil {
				t.Fatal(err)
			}
		}
		current := f.storeSave(t, f.A, bag, items[:1], "handle_left")
		many := LoadoutInput{}
		for i := range MaxPlacements + 1 {
			many.Placements = append(many.Placements, PlacementInput{ItemID: int64(i + 1), Point: "handle_left"})
		}
		tests := []struct {
			name, field, says string
			in                LoadoutInput
		}{
			{"UnknownPoint", "placements", "strap", placing(items[1:2], "strap")},
			{"PlacedTwice", "placements", "twice", placing([]*collection.Item{items[1], items[1]}, "handle_left", "handle_right")},
			{"NoItem", "placements", "item", LoadoutInput{Placements: []PlacementInput{{Point: "handle_left"}}}},
			{"NoPoint", "placements", "point", LoadoutInput{Placements: []PlacementInput{{ItemID: items[1].ID, Point: " "}}}},
			{"SomeoneElsesItem", "placements", "not in your collection", placing(theirs, "handle_left")},
			{"LostItem", "placements", "lost", placing(items[2:3], "handle_left")},
			{"ItemForSale", "placements", "for sale", placing(items[3:4], "handle_left")},
			{"LentItem", "placements", "lent", placing(items[4:5], "handle_left")},
			{"LongNote", "note", "500", LoadoutInput{Note: strings.Repeat("n", MaxLoadoutNote+1)}},
			{"TooManyItems", "placements", "at most", many},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				_, err := f.S.SaveLoadout(ctxBG, f.A, bag.ID, tt.in)
				wantFieldError(t, err, tt.field)
				if msg := errs.FieldsOf(err)[0].Message; !strings.Contains(msg, tt.says) {
					t.Errorf("message %q does not say %q", msg, tt.says)
				}
			})
		}
		t.Run("UnknownCarrier", func(t *testing.T) {
			_, err := f.S.SaveLoadout(ctxBG, f.A, bag.ID+1000, placing(items[1:2], "handle_left"))
			if !errs.Is(err, errs.NotFound) {
				t.Errorf("err = %v, want NotFound", err)
			}
		})
		t.Run("NothingChanged", func(t *testing.T) {
			j, err := f.S.Journey(ctxBG, f.A, bag.ID)
			if err != nil || len(j) != 1 || j[0].ID != current.ID || j[0].EndedAt != nil {
				t.Errorf("journey = %+v, %v; want only the first loadout, still current", j, err)
			}
			if got := f.statusOf(t, f.A, items[1].ID); got != "stored" {
				t.Errorf("status = %s", got)
			}
		})
	})
}

func TestSaveLoadoutNamesTheCarrierAnItemHangsOn(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		bag := f.storeCarrier(t, f.A, "backpack", "Blue backpack")
		tote := f.storeCarrier(t, f.A, "tote", "Tote")
		items := f.storeItems(t, f.A, "Bunny", "Star")
		f.storeSave(t, f.A, bag, items[:1], "top_handle")
		_, err := f.S.SaveLoadout(ctxBG, f.A, tote.ID, placing(items, "handle_left", "handle_right"))
		if !errs.Is(err, errs.Conflict) {
			t.Fatalf("err = %v, want Conflict", err)
		}
		if msg := errs.Message(err); !strings.Contains(msg, "Bunny") || !strings.Contains(msg, "Blue backpack") {
			t.Errorf("message %q names neither item nor carrier", msg)
		}
		if c, _ := f.S.Carrier(ctxBG, f.A, tote.ID); c.Current != nil {
			t.Errorf("tote got a loadout: %+v", c.Current)
		}
		t.Run("MovingWithinACarrierIsFine", func(t *testing.T) {
			l := f.storeSave(t, f.A, bag, items, "side_loop", "top_handle")
			if !slices.Equal(placedIDs(l.Placements), []int64{items[1].ID, items[0].ID}) {
				t.Errorf("placements = %+v", l.Placements)
			}
		})
	})
}

func TestLoadoutNote(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		bag := f.storeCarrier(t, f.A, "tote", "Tote")
		l := f.storeSave(t, f.A, bag, nil)
		if err := f.S.SetLoadoutNote(ctxBG, f.A, l.ID, "  rainy day set "); err != nil {
			t.Fatal(err)
		}
		if got, _ := f.S.Loadout(ctxBG, f.A, l.ID); got.Note != "rainy day set" {
			t.Errorf("note = %q", got.Note)
		}
		wantFieldError(t, f.S.SetLoadoutNote(ctxBG, f.A, l.ID, strings.Repeat("x", MaxLoadoutNote+1)), "note")
		if err := f.S.SetLoadoutNote(ctxBG, f.A, l.ID+1000, "x"); !errs.Is(err, errs.NotFound) {
			t.Errorf("missing loadout: %v", err)
		}
	})
}
