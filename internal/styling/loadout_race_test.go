package styling

import (
	"database/sql"
	"errors"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
)

// TestConcurrentSavesHangAnItemOnOneCarrier races two saves, on two
// carriers, that both place the same item: exactly one wins, the other
// gets a Conflict naming the item, and the item hangs on one current
// loadout. Each round uses a fresh item; the carriers keep their journeys.
func TestConcurrentSavesHangAnItemOnOneCarrier(t *testing.T) {
	const rounds = 20
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		carriers := []*Carrier{f.storeCarrier(t, f.A, "backpack", "Bag"), f.storeCarrier(t, f.A, "tote", "Tote")}
		points := []string{"top_handle", "handle_left"}
		charm := f.charms(t, 1)[0].ID
		// Each carrier also keeps an item of its own, so both saves write
		// more than the contested row.
		own := []*collection.Item{f.mustItem(t, f.A, charm), f.mustItem(t, f.A, charm)}
		wins := map[int64]int{}
		for round := range rounds {
			title := "Contested " + strconv.Itoa(round)
			item := f.mustItem(t, f.A, charm, func(in *collection.ItemInput) { in.Title = title })
			errsOut := make([]error, 2)
			var start, done sync.WaitGroup
			start.Add(1)
			for i, c := range carriers {
				done.Add(1)
				go func() {
					defer done.Done()
					start.Wait()
					_, errsOut[i] = f.S.SaveLoadout(ctxBG, f.A, c.ID, placing([]*collection.Item{own[i], item}, points[i], points[i]))
				}()
			}
			start.Done()
			done.Wait()

			winner := -1
			for i, err := range errsOut {
				switch {
				case err == nil && winner < 0:
					winner = i
				case errs.Is(err, errs.Conflict):
					if msg := errs.Message(err); !strings.Contains(msg, title) {
						t.Errorf("round %d: conflict %q does not name the item", round, msg)
					}
				default:
					t.Fatalf("round %d: carrier %d: %v (the other: %v)", round, i, err, errsOut[1-i])
				}
			}
			if winner < 0 {
				t.Fatalf("round %d: both saves failed: %v", round, errsOut)
			}
			wins[carriers[winner].ID]++
			if n := f.activeCount(t, item.ID); n != 1 {
				t.Fatalf("round %d: item active on %d loadouts, want 1", round, n)
			}
			if got := f.statusOf(t, f.A, item.ID); got != "on_carrier" {
				t.Errorf("round %d: status %s, want on_carrier", round, got)
			}
			c, err := f.S.Carrier(ctxBG, f.A, carriers[winner].ID)
			if err != nil || c.Current == nil || len(c.Current.Placements) != 2 {
				t.Fatalf("round %d: winner's loadout = %+v, %v", round, c, err)
			}
		}
		t.Logf("wins per carrier over %d rounds: %v", rounds, wins)
	})
}

// TestIndexRefusesAnItemOnTwoCarriers skips the friendly check that a save
// makes first, as a save racing another does: the database itself refuses
// the second active placement, and the conflict still names the winner.
func TestIndexRefusesAnItemOnTwoCarriers(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		bag, tote := f.storeCarrier(t, f.A, "backpack", "Bag"), f.storeCarrier(t, f.A, "tote", "Tote")
		items := f.storeItems(t, f.A, "Bunny")
		f.storeSave(t, f.A, bag, items, "top_handle")
		in := placing(items, "handle_left")
		err := d.Tx(ctxBG, func(tx *sql.Tx) error {
			_, err := replaceLoadout(ctxBG, tx, "test", f.A, tote.ID, &in, f.Now)
			return err
		})
		if !errors.Is(err, errRacedElsewhere) {
			t.Fatalf("err = %v, want the unique violation", err)
		}
		err = f.S.explainConflict(ctxBG, "save loadout", f.A, tote.ID, in.itemIDs())
		if msg := errs.Message(err); !errs.Is(err, errs.Conflict) || !strings.Contains(msg, "Bunny") || !strings.Contains(msg, "Bag") {
			t.Errorf("err = %v, want a Conflict naming Bunny and Bag", err)
		}
		if n := f.activeCount(t, items[0].ID); n != 1 {
			t.Errorf("item active on %d loadouts", n)
		}
	})
}
