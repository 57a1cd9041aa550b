package styling

import (
	"context"
	"database/sql"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/collection/photo"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/demo"
)

var ctxBG = context.Background()

// fixture is a styling service on a database holding the smallest demo
// catalog, with two collectors, A and B, and a clock tests can move.
type fixture struct {
	DB      *db.DB
	Catalog *catalog.Service
	Col     *collection.Service
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
	clock := func() time.Time { return f.Now }
	photos := photo.NewStore(t.TempDir())
	f.Col = collection.NewService(d, f.Catalog, photos, clock)
	f.S = NewService(d, f.Catalog, f.Col, photos, clock)
	f.A = mustUser(t, d, "alice")
	f.B = mustUser(t, d, "bob")
	return f
}

// mustUser inserts a user directly: accounts are another package's.
func mustUser(t testing.TB, d *db.DB, username string) int64 {
	t.Helper()
	var id int64
	err := d.Tx(ctxBG, func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctxBG, `INSERT INTO users (username, email, password_hash, created_at)
			VALUES ($1, $2, 'x', $3) RETURNING id`, username, username+"@example.com", time.Now().UTC()).Scan(&id)
	})
	if err != nil {
		t.Fatalf("insert user %s: %v", username, err)
	}
	return id
}

// charms returns n catalog charms, one per category first.
func (f *fixture) charms(t testing.TB, n int) []catalog.Charm {
	t.Helper()
	rows, err := f.DB.R.QueryContext(ctxBG, `SELECT id FROM charms ORDER BY id LIMIT 200`)
	if err != nil {
		t.Fatalf("charm ids: %v", err)
	}
	var ids []int64
	for rows.Next() {
		var id int64
		rows.Scan(&id)
		ids = append(ids, id)
	}
	rows.Close()
	all, err := f.Catalog.CharmsByIDs(ctxBG, ids)
	if err != nil {
		t.Fatalf("charms: %v", err)
	}
	var out, rest []catalog.Charm
	seen := map[string]bool{}
	for _, c := range all {
		if !seen[c.Category] {
			seen[c.Category] = true
			out = append(out, c)
		} else {
			rest = append(rest, c)
		}
	}
	out = append(out, rest...)
	if len(out) < n {
		t.Fatalf("catalog has %d charms, want %d", len(out), n)
	}
	return out[:n]
}

// mustItem adds a copy of charmID to owner's collection.
func (f *fixture) mustItem(t testing.TB, owner, charmID int64, mods ...func(*collection.ItemInput)) *collection.Item {
	t.Helper()
	in := collection.ItemInput{CharmID: charmID, AcquiredOn: "2026-05-01", Source: "shop"}
	for _, m := range mods {
		m(&in)
	}
	it, err := f.Col.CreateItem(ctxBG, owner, in)
	if err != nil {
		t.Fatalf("create item: %v", err)
	}
	return it
}
