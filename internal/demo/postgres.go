package demo

import (
	"context"
	"fmt"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

// demoLockKey is the advisory lock that lets only one process load demo
// data into a PostgreSQL database at a time ("charmory" in ASCII).
const demoLockKey int64 = 0x636861726d6f7279

// identityTables get their identity sequences moved past the ids the load
// wrote explicitly.
var identityTables = []string{"studios", "ips", "series", "sellers", "charms", "charm_revisions"}

// loadPostgres writes ds with COPY in one transaction on a pgx connection
// borrowed from the pool.
func loadPostgres(ctx context.Context, d *db.DB, ds *Dataset, o Options, now time.Time) (*Report, error) {
	conn, err := d.W.Conn(ctx)
	if err != nil {
		return nil, db.Translate("load demo data", err)
	}
	defer conn.Close()
	var rep *Report
	err = conn.Raw(func(dc any) error {
		sc, ok := dc.(*stdlib.Conn)
		if !ok {
			return errs.Ef("load demo data", errs.Internal, "unexpected PostgreSQL driver connection %T", dc)
		}
		return pgx.BeginFunc(ctx, sc.Conn(), func(tx pgx.Tx) error {
			// Other writers wait while ids are taken explicitly; readers do not.
			if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, demoLockKey); err != nil {
				return err
			}
			if _, err := tx.Exec(ctx, `LOCK TABLE studios, ips, series, sellers, seller_studios, charms, charm_revisions IN EXCLUSIVE MODE`); err != nil {
				return err
			}
			w := &pgWriter{tx: tx}
			var err error
			if rep, err = writeDataSet(ctx, w, ds, o, now); err != nil {
				return err
			}
			for _, t := range identityTables {
				if _, err := tx.Exec(ctx, fmt.Sprintf(`SELECT setval(pg_get_serial_sequence('%s', 'id'), (SELECT MAX(id) FROM %s))`, t, t)); err != nil {
					return err
				}
			}
			_, err = tx.Exec(ctx, `ANALYZE charms`)
			return err
		})
	})
	if err != nil {
		return nil, db.Translate("load demo data", err)
	}
	return rep, nil
}

type pgWriter struct{ tx pgx.Tx }

func (w *pgWriter) exec(ctx context.Context, query string, args ...any) error {
	_, err := w.tx.Exec(ctx, query, args...)
	return err
}

func (w *pgWriter) queryInt(ctx context.Context, query string, args ...any) (int64, error) {
	var n int64
	err := w.tx.QueryRow(ctx, query, args...).Scan(&n)
	return n, err
}

func (w *pgWriter) insert(ctx context.Context, table string, cols []string, rows [][]any) error {
	if len(rows) == 0 {
		return nil
	}
	_, err := w.tx.CopyFrom(ctx, pgx.Identifier{table}, cols, pgx.CopyFromRows(rows))
	if err != nil {
		return fmt.Errorf("copy demo %s: %w", table, err)
	}
	return nil
}
