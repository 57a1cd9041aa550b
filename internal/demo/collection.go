package demo

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/charmory/charmory/internal/db"
)

// SettingCollection is "done" once the demo user's collection exists.
const SettingCollection = "demo_collection"

// ensureCollection gives the demo user a lived-in collection: a blind-box
// series with duplicates and a chase figure, pieces from across the
// catalog, two one-offs with memories, storage boxes, a public wishlist,
// a monthly budget at its warning level and half a year of value
// snapshots. It runs once per database.
func ensureCollection(ctx context.Context, d *db.DB, now time.Time) error {
	const op = "create demo collection"
	if _, done, err := setting(ctx, d, SettingCollection); err != nil || done {
		return err
	}
	var owner int64
	err := d.R.QueryRowContext(ctx, `SELECT id FROM users WHERE username = $1`, DemoUser).Scan(&owner)
	if err == sql.ErrNoRows {
		return nil // no demo user: nothing to fill
	} else if err != nil {
		return db.Translate(op, err)
	}
	picks, err := pickCollectionCharms(ctx, d)
	if err != nil {
		return err
	}
	return d.Tx(ctx, func(tx *sql.Tx) error {
		w := collectionWriter{tx: tx, owner: owner, now: now.UTC().Truncate(time.Second)}
		if err := w.write(ctx, picks); err != nil {
			return fmt.Errorf("%s: %w", op, err)
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES ($1, 'done') ON CONFLICT (key) DO NOTHING`, SettingCollection)
		return db.Translate(op, err)
	})
}

// demoCharm is a catalog charm the demo collection uses.
type demoCharm struct {
	ID       int64
	Name     string
	Rarity   string
	Price    int64
	Currency string
	Category string
	Kind     string // studio kind
}

// collectionPicks are the charms the demo collection is built from.
type collectionPicks struct {
	Series   []demoCharm // every figure of one blind-box series, series order
	Second   []demoCharm // figures of a second series
	Assorted []demoCharm // one per category, then a few more
}

func pickCollectionCharms(ctx context.Context, d *db.DB) (*collectionPicks, error) {
	var series []int64
	rows, err := d.R.QueryContext(ctx, `SELECT id FROM series WHERE kind = 'blind_box' ORDER BY id LIMIT 2`)
	if err != nil {
		return nil, db.Translate("demo collection series", err)
	}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, err
		}
		series = append(series, id)
	}
	rows.Close()
	if len(series) < 2 {
		return nil, fmt.Errorf("demo collection: the catalog has %d blind-box series, want 2", len(series))
	}
	p := &collectionPicks{}
	const cols = `SELECT c.id, c.name, c.rarity, c.list_price, c.currency, c.category, s.kind FROM charms c JOIN studios s ON s.id = c.studio_id`
	if p.Series, err = queryDemoCharms(ctx, d, cols+` WHERE c.series_id = $1 ORDER BY c.id`, series[0]); err != nil {
		return nil, err
	}
	if p.Second, err = queryDemoCharms(ctx, d, cols+` WHERE c.series_id = $1 ORDER BY c.id`, series[1]); err != nil {
		return nil, err
	}
	// The first charm of each category outside series, then every 37th.
	if p.Assorted, err = queryDemoCharms(ctx, d, cols+` WHERE c.series_id IS NULL AND c.id IN
		(SELECT MIN(id) FROM charms WHERE series_id IS NULL GROUP BY category) ORDER BY c.id`); err != nil {
		return nil, err
	}
	more, err := queryDemoCharms(ctx, d, cols+` WHERE c.series_id IS NULL AND c.id % 37 = 0 ORDER BY c.id LIMIT 10`)
	if err != nil {
		return nil, err
	}
	p.Assorted = append(p.Assorted, more...)
	return p, nil
}

func queryDemoCharms(ctx context.Context, d *db.DB, q string, args ...any) ([]demoCharm, error) {
	rows, err := d.R.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, db.Translate("demo collection charms", err)
	}
	defer rows.Close()
	var out []demoCharm
	for rows.Next() {
		var c demoCharm
		if err := rows.Scan(&c.ID, &c.Name, &c.Rarity, &c.Price, &c.Currency, &c.Category, &c.Kind); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
