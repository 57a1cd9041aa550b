package styling

import (
	"database/sql"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/styling/coach"
)

// adviceBulkItems inserts n items of owner's, cycling through the demo
// charms, in one transaction (CreateItem per item would take minutes).
func adviceBulkItems(b *testing.B, f *fixture, owner int64, n int) []int64 {
	b.Helper()
	var charms []int64
	for _, c := range f.charms(b, 20) {
		charms = append(charms, c.ID)
	}
	ids := make([]int64, n)
	err := f.DB.Tx(ctxBG, func(tx *sql.Tx) error {
		for i := range n {
			err := tx.QueryRowContext(ctxBG, `INSERT INTO items (owner_id, charm_id, condition, status, currency, mood_tags, created_at, updated_at)
				VALUES ($1, $2, 'mint', 'stored', 'CNY', $3, $4, $4) RETURNING id`,
				owner, charms[i%len(charms)], []string{"", "cozy", "happy,calm"}[i%3], f.Now).Scan(&ids[i])
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return ids
}

// BenchmarkCoach measures the coach on a backpack with 12 placed items
// and a 5,000-item collection with a year of journey and journal, on
// SQLite: the whole service call, its database part, and the pure rules.
func BenchmarkCoach(b *testing.B) {
	f := newFixture(b, dbtest.MustOpen(b, db.SQLite))
	ids := adviceBulkItems(b, f, f.A, 5000)
	bag := adviceInsertCarrier(b, f, f.A, "backpack", "Bag")
	k, _ := KindOf("backpack")
	placements := func(from int) []PlacementInput {
		var ps []PlacementInput
		for i := range 12 {
			ps = append(ps, PlacementInput{ItemID: ids[from+i], Point: k.Points[i%len(k.Points)]})
		}
		return ps
	}
	start := f.Now.AddDate(-1, 0, 0)
	for w := range 52 { // a weekly rotation for a year
		end := start.AddDate(0, 0, 7)
		adviceInsertLoadout(b, f, f.A, bag, start, adviceEnd(end), placements(100+w*12)...)
		start = end
	}
	adviceInsertLoadout(b, f, f.A, bag, start, nil, placements(0)...)
	for dd := range 300 {
		day := f.Now.AddDate(0, 0, -dd-1).Format(time.DateOnly)
		adviceJournalDay(b, f, f.A, day, ids[(dd*17)%len(ids)])
	}
	b.Run("Service", func(b *testing.B) {
		for b.Loop() {
			if _, err := f.S.Coach(ctxBG, f.A, bag, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Database", func(b *testing.B) {
		for b.Loop() {
			if _, err := f.S.adviceCoachInput(ctxBG, f.A, bag, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
	in, err := f.S.adviceCoachInput(ctxBG, f.A, bag, nil)
	if err != nil || len(in.Placed) != 12 || len(in.Collection) != 5000-12 {
		b.Fatalf("input: %d placed, %d in the collection, %v", len(in.Placed), len(in.Collection), err)
	}
	b.Run("Rules", func(b *testing.B) {
		for b.Loop() {
			coach.Evaluate(in)
		}
	})
}
