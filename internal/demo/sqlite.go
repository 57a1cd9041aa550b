package demo

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/charmory/charmory/internal/db"
)

// sqliteMaxParams bounds the parameters of one multi-row INSERT: well below
// SQLite's limit (32,766), and large enough to amortise each statement.
const sqliteMaxParams = 8000

// bigLoad is the size from which a SQLite load trades durability of the
// load itself for speed: a crash mid-load loses only the load, which then
// starts again on an empty catalog.
const bigLoad = 20000

// loadSQLite writes ds in one IMMEDIATE transaction on the writer
// connection.
func loadSQLite(ctx context.Context, d *db.DB, ds *Dataset, o Options, now time.Time) (*Report, error) {
	conn, err := d.W.Conn(ctx)
	if err != nil {
		return nil, db.Translate("load demo data", err)
	}
	defer conn.Close()
	if ds.Total >= bigLoad {
		if _, err := conn.ExecContext(ctx, `PRAGMA synchronous = OFF`); err != nil {
			return nil, db.Translate("load demo data", err)
		}
		if _, err := conn.ExecContext(ctx, `PRAGMA cache_size = -262144`); err != nil {
			return nil, db.Translate("load demo data", err)
		}
		defer func() {
			// Back to the settings every connection opens with.
			conn.ExecContext(context.WithoutCancel(ctx), `PRAGMA synchronous = NORMAL`)
			conn.ExecContext(context.WithoutCancel(ctx), `PRAGMA cache_size = -2000`)
		}()
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return nil, db.Translate("begin demo load", err)
	}
	w := &sqliteWriter{tx: tx, stmts: map[string]*sql.Stmt{}}
	rep, err := writeDataSet(ctx, w, ds, o, now)
	w.close()
	if err != nil {
		tx.Rollback()
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, db.Translate("commit demo data", err)
	}
	if ds.Total >= bigLoad {
		// Fold the load into the database file now: readers of a WAL of
		// gigabytes look every page up in the WAL index first, which makes
		// the first full scan (the search index build) many times slower.
		if _, err := conn.ExecContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
			return nil, db.Translate("checkpoint demo data", err)
		}
	}
	return rep, nil
}

type sqliteWriter struct {
	tx    *sql.Tx
	stmts map[string]*sql.Stmt // multi-row INSERTs by table and row count
	args  []any
}

func (w *sqliteWriter) exec(ctx context.Context, query string, args ...any) error {
	_, err := w.tx.ExecContext(ctx, query, args...)
	return db.Translate("load demo data", err)
}

func (w *sqliteWriter) queryInt(ctx context.Context, query string, args ...any) (int64, error) {
	var n int64
	err := w.tx.QueryRowContext(ctx, query, args...).Scan(&n)
	return n, db.Translate("load demo data", err)
}

// insert writes rows with as few statements as the parameter limit
// allows, reusing a prepared statement for every full chunk.
func (w *sqliteWriter) insert(ctx context.Context, table string, cols []string, rows [][]any) error {
	per := max(1, sqliteMaxParams/len(cols))
	for start := 0; start < len(rows); start += per {
		chunk := rows[start:min(start+per, len(rows))]
		stmt, err := w.stmt(ctx, table, cols, len(chunk))
		if err != nil {
			return err
		}
		w.args = w.args[:0]
		for _, r := range chunk {
			w.args = append(w.args, r...)
		}
		if _, err := stmt.ExecContext(ctx, w.args...); err != nil {
			return db.Translate("insert demo "+table, err)
		}
	}
	return nil
}

func (w *sqliteWriter) stmt(ctx context.Context, table string, cols []string, n int) (*sql.Stmt, error) {
	key := fmt.Sprintf("%s/%d", table, n)
	if s, ok := w.stmts[key]; ok {
		return s, nil
	}
	s, err := w.tx.PrepareContext(ctx, multiInsert(table, cols, n))
	if err != nil {
		return nil, db.Translate("prepare demo "+table, err)
	}
	w.stmts[key] = s
	return s, nil
}

func (w *sqliteWriter) close() {
	for _, s := range w.stmts {
		s.Close()
	}
}

// multiInsert builds "INSERT INTO t (a, b) VALUES (?, ?), (?, ?)…". The
// bulk path uses anonymous placeholders, unlike the rest of the code: SQLite
// looks up the name of each numbered parameter with a linear scan, which
// makes binding a statement of thousands of $N parameters quadratic.
func multiInsert(table string, cols []string, rows int) string {
	row := "(" + strings.TrimSuffix(strings.Repeat("?, ", len(cols)), ", ") + ")"
	var b strings.Builder
	fmt.Fprintf(&b, "INSERT INTO %s (%s) VALUES ", table, strings.Join(cols, ", "))
	for r := 0; r < rows; r++ {
		if r > 0 {
			b.WriteString(", ")
		}
		b.WriteString(row)
	}
	return b.String()
}
