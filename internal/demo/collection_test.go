package demo

import (
	"context"
	"testing"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
)

func TestDemoCollection(t *testing.T) {
	ctx := context.Background()
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		if _, err := EnsureLoaded(ctx, d, Options{Seed: 3, Charms: MinCharms, Now: clock}); err != nil {
			t.Fatalf("load: %v", err)
		}
		count := func(q string) int {
			t.Helper()
			var n int
			if err := d.R.QueryRowContext(ctx, q, DemoUser).Scan(&n); err != nil {
				t.Fatalf("%s: %v", q, err)
			}
			return n
		}
		const owner = `(SELECT id FROM users WHERE username = $1)`
		if n := count(`SELECT COUNT(*) FROM items WHERE owner_id = ` + owner); n < 20 {
			t.Errorf("demo user has %d items, want a lived-in collection of 20 or more", n)
		}
		if n := count(`SELECT COUNT(*) FROM (SELECT charm_id FROM items WHERE owner_id = ` + owner + ` AND charm_id IS NOT NULL GROUP BY charm_id HAVING COUNT(*) > 1) x`); n < 2 {
			t.Errorf("demo collection has %d figures with duplicates, want 2", n)
		}
		if n := count(`SELECT COUNT(*) FROM items WHERE charm_id IS NULL AND memory <> '' AND owner_id = ` + owner); n != 2 {
			t.Errorf("demo collection has %d one-offs with memories, want 2", n)
		}
		if n := count(`SELECT COUNT(*) FROM wishes WHERE owner_id = ` + owner); n < 1 {
			t.Errorf("demo wishlist is empty")
		}
		if n := count(`SELECT COUNT(*) FROM value_snapshots WHERE owner_id = ` + owner); n != 6 {
			t.Errorf("demo has %d value snapshots, want 6 months", n)
		}
		onCarrier := count(`SELECT COUNT(*) FROM items WHERE status = 'on_carrier' AND owner_id = ` + owner)
		active := count(`SELECT COUNT(*) FROM loadout_items li JOIN items i ON i.id = li.item_id WHERE li.active AND i.owner_id = ` + owner)
		if onCarrier == 0 || onCarrier != active {
			t.Errorf("%d items are on a carrier but %d hang on current loadouts", onCarrier, active)
		}
		if n := count(`SELECT COUNT(*) FROM loadouts WHERE owner_id = ` + owner); n < 3 {
			t.Errorf("demo has %d loadouts, want a journey of at least 3", n)
		}
		if n := count(`SELECT COUNT(*) FROM mood_journal WHERE owner_id = ` + owner); n != 14 {
			t.Errorf("demo mood journal has %d days, want 14", n)
		}
		// Loading again adds nothing.
		before := count(`SELECT COUNT(*) FROM items WHERE owner_id = ` + owner)
		if _, err := EnsureLoaded(ctx, d, Options{Seed: 3, Charms: MinCharms, Now: clock}); err != nil {
			t.Fatalf("second load: %v", err)
		}
		if after := count(`SELECT COUNT(*) FROM items WHERE owner_id = ` + owner); after != before {
			t.Errorf("second EnsureLoaded: %d items, was %d", after, before)
		}
	})
}
