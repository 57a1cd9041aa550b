package collection

import (
	"database/sql"
	"fmt"
	"testing"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
)

// benchSeries gives owner a collection touching n series of 12 figures
// each: 8 figures held per series, two of them twice. Rows go in directly:
// the catalog's and the item's write paths are not what is measured.
func (f *fixture) benchSeries(b *testing.B, owner int64, n int) {
	b.Helper()
	const figures, held = 12, 8
	err := f.DB.Tx(ctxBG, func(tx *sql.Tx) error {
		var studio int64
		if err := tx.QueryRowContext(ctxBG, `SELECT id FROM studios ORDER BY id LIMIT 1`).Scan(&studio); err != nil {
			return err
		}
		for s := range n {
			var series int64
			err := tx.QueryRowContext(ctxBG, `INSERT INTO series (slug, name, studio_id, kind) VALUES ($1, $2, $3, 'blind_box') RETURNING id`,
				fmt.Sprintf("bench-series-%d", s), fmt.Sprintf("Bench series %03d", s), studio).Scan(&series)
			if err != nil {
				return err
			}
			for c := range figures {
				var charm int64
				err := tx.QueryRowContext(ctxBG, `INSERT INTO charms (external_id, name, studio_id, series_id, category, list_price, created_at, updated_at)
					VALUES ($1, $2, $3, $4, 'acrylic', 5900, $5, $5) RETURNING id`,
					fmt.Sprintf("bench-%d-%d", s, c), fmt.Sprintf("Figure %d", c), studio, series, f.Now).Scan(&charm)
				if err != nil {
					return err
				}
				copies := map[bool]int{true: 1, false: 0}[c < held]
				if c < 2 {
					copies = 2
				}
				for range copies {
					if _, err := tx.ExecContext(ctxBG, `INSERT INTO items (owner_id, charm_id, condition, status, visibility, created_at, updated_at)
						VALUES ($1, $2, 'mint', 'stored', 'public', $3, $3)`, owner, charm, f.Now); err != nil {
						return err
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		b.Fatalf("bench collection: %v", err)
	}
}

// BenchmarkSeriesCompletion reads the completion of a collection touching
// 200 series on SQLite (the target is under 30 ms).
func BenchmarkSeriesCompletion(b *testing.B) {
	d := dbtest.MustOpen(b, db.SQLite)
	f := newFixture(b, d)
	f.benchSeries(b, f.A, 200)
	for _, tc := range []struct {
		name   string
		viewer int64
	}{{"Owner", f.A}, {"Visitor", f.B}} {
		b.Run(tc.name, func(b *testing.B) {
			for b.Loop() {
				got, err := f.S.SeriesCompletion(ctxBG, tc.viewer, f.A)
				if err != nil || len(got) != 200 {
					b.Fatalf("completion: %d series, %v", len(got), err)
				}
			}
		})
	}
}
