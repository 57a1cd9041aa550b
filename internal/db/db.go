// Package db opens the SQLite or PostgreSQL database, applies the embedded
// migrations, runs transactions and translates driver errors into errs kinds.
package db

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
	_ "modernc.org/sqlite"             // registers the "sqlite" driver
)

// Engine names the database engine behind a DB.
type Engine string

// The supported engines.
const (
	SQLite   Engine = "sqlite"
	Postgres Engine = "postgres"
)

// DB is an open database. On SQLite writes go through one connection (W)
// and reads through a pool (R); on PostgreSQL both are the same pool.
type DB struct {
	Engine Engine
	W      *sql.DB
	R      *sql.DB
	URL    string // redacted form, safe to log
	Path   string // SQLite file path; empty for PostgreSQL

	reads stmtCache
}

// IsPostgres reports whether the URL names a PostgreSQL database.
func IsPostgres(url string) bool {
	return strings.HasPrefix(url, "postgres://") || strings.HasPrefix(url, "postgresql://")
}

// Open opens url: a postgres:// URL, or a SQLite file path (optionally
// prefixed with "sqlite:"). It does not migrate; call Migrate.
func Open(ctx context.Context, url string) (*DB, error) {
	if IsPostgres(url) {
		return openPostgres(ctx, url)
	}
	return openSQLite(ctx, strings.TrimPrefix(url, "sqlite:"))
}

func openPostgres(ctx context.Context, url string) (*DB, error) {
	pool, err := sql.Open("pgx", url)
	if err != nil {
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	pool.SetMaxOpenConns(32)
	pool.SetMaxIdleConns(16)
	pool.SetConnMaxIdleTime(5 * time.Minute)
	if err := pool.PingContext(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("connect postgres: %w", err)
	}
	return &DB{Engine: Postgres, W: pool, R: pool, URL: Redact(url)}, nil
}

func openSQLite(ctx context.Context, path string) (*DB, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("create data directory: %w", err)
		}
	}
	pragmas := "_pragma=foreign_keys(1)&_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_time_format=sqlite"
	w, err := sql.Open("sqlite", "file:"+path+"?"+pragmas+"&_txlock=immediate")
	if err != nil {
		return nil, fmt.Errorf("open sqlite: %w", err)
	}
	// One writer: SQLite serialises writes anyway, and one connection avoids
	// SQLITE_BUSY between our own goroutines.
	w.SetMaxOpenConns(1)
	if err := w.PingContext(ctx); err != nil {
		w.Close()
		return nil, fmt.Errorf("open sqlite %s: %w", path, err)
	}
	r, err := sql.Open("sqlite", "file:"+path+"?"+pragmas+"&_pragma=query_only(1)")
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("open sqlite readers: %w", err)
	}
	r.SetMaxOpenConns(8)
	r.SetMaxIdleConns(8)
	return &DB{Engine: SQLite, W: w, R: r, URL: path, Path: path}, nil
}

// Close closes both pools.
func (db *DB) Close() error {
	db.reads.close()
	err := db.W.Close()
	if db.R != db.W {
		if rerr := db.R.Close(); err == nil {
			err = rerr
		}
	}
	return err
}

// Tx runs fn in a write transaction, committing if fn returns nil and
// rolling back otherwise. On SQLite the transaction begins IMMEDIATE.
func (db *DB) Tx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := db.W.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return Translate("commit", err)
	}
	return nil
}

// Redact hides the password of a database URL.
func Redact(url string) string {
	at := strings.LastIndex(url, "@")
	scheme := strings.Index(url, "://")
	if at < 0 || scheme < 0 {
		return url
	}
	creds := url[scheme+3 : at]
	if i := strings.Index(creds, ":"); i >= 0 {
		return url[:scheme+3] + creds[:i] + ":xxxxx" + url[at:]
	}
	return url
}
