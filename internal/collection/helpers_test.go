package collection

import (
	"context"
	"database/sql"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/collection/photo"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/demo"
)

var ctxBG = context.Background()

// fixture is a collection service on a database holding the smallest demo
// catalog, with two collectors, A and B, and a clock tests can move.
type fixture struct {
	DB      *db.DB
	Catalog *catalog.Service
	S       *Service
	A, B    int64
	Now     time.Time
}

// newFixture builds a fixture on d. The clock starts at 2026-06-15 12:00 UTC.
func newFixture(t testing.TB, d *db.DB) *fixture {
	t.Helper()
	if _, err := demo.EnsureLoaded(ctxBG, d, demo.Options{Seed: 1, Charms: demo.MinCharms}); err != nil {
		t.Fatalf("load demo data: %v", err)
	}
	f := &fixture{DB: d, Catalog: catalog.NewService(d, nil), Now: time.Date(2026, 6, 15, 12, 0, 0, 0, time.UTC)}
	f.S = NewService(d, f.Catalog, photo.NewStore(t.TempDir()), func() time.Time { return f.Now })
	f.A = mustUser(t, d, "alice", "CNY")
	f.B = mustUser(t, d, "bob", "USD")
	return f
}

// mustUser inserts a user directly: accounts are another package's.
func mustUser(t testing.TB, d *db.DB, username, currency string) int64 {
	t.Helper()
	var id int64
	err := d.Tx(ctxBG, func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctxBG, `INSERT INTO users (username, email, password_hash, currency, created_at)
			VALUES ($1, $2, 'x', $3, $4) RETURNING id`, username, username+"@example.com", currency, time.Now().UTC()).Scan(&id)
	})
	if err != nil {
		t.Fatalf("insert user %s: %v", username, err)
	}
	return id
}

// blindBoxSeries returns a blind-box series of the demo catalog with its
// figures (one of them chase, one secret).
func (f *fixture) blindBoxSeries(t testing.TB) (*catalog.Series, []catalog.Charm) {
	t.Helper()
	page, err := f.Catalog.SeriesList(ctxBG, catalog.SeriesFilter{Kind: "blind_box", Limit: 1})
	if err != nil || len(page.Items) == 0 {
		t.Fatalf("blind-box series: %v", err)
	}
	sr := page.Items[0]
	charms, err := f.Catalog.SeriesCharms(ctxBG, sr.ID)
	if err != nil || len(charms) < 3 {
		t.Fatalf("series charms: %d, %v", len(charms), err)
	}
	return &sr, charms
}

// mustItem adds a copy of charmID to owner's collection.
func (f *fixture) mustItem(t testing.TB, owner, charmID int64, mods ...func(*ItemInput)) *Item {
	t.Helper()
	in := ItemInput{CharmID: charmID, AcquiredOn: "2026-05-01", Source: "shop", PricePaid: 5900}
	for _, m := range mods {
		m(&in)
	}
	it, err := f.S.CreateItem(ctxBG, owner, in)
	if err != nil {
		t.Fatalf("create item: %v", err)
	}
	return it
}
