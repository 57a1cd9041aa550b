package db

import (
	"context"
	"database/sql"
	"sync"
)

// maxCachedStmts bounds the read-statement cache; queries built from many
// filter combinations beyond it simply run unprepared.
const maxCachedStmts = 512

// stmtCache holds prepared read statements. SQLite spends a noticeable part
// of a short read parsing SQL; database/sql re-prepares a cached statement
// lazily on each pooled connection. PostgreSQL's driver caches on its own.
type stmtCache struct {
	mu    sync.Mutex
	stmts map[string]*sql.Stmt
}

func (c *stmtCache) get(ctx context.Context, pool *sql.DB, query string) *sql.Stmt {
	c.mu.Lock()
	defer c.mu.Unlock()
	if st, ok := c.stmts[query]; ok {
		return st
	}
	if len(c.stmts) >= maxCachedStmts {
		return nil
	}
	st, err := pool.PrepareContext(ctx, query)
	if err != nil {
		return nil // let the plain query report the error
	}
	if c.stmts == nil {
		c.stmts = map[string]*sql.Stmt{}
	}
	c.stmts[query] = st
	return st
}

func (c *stmtCache) close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, st := range c.stmts {
		st.Close()
	}
	c.stmts = nil
}

// QueryRow runs a single-row read on the read pool, through a prepared
// statement on SQLite.
func (db *DB) QueryRow(ctx context.Context, query string, args ...any) *sql.Row {
	if db.Engine == SQLite {
		if st := db.reads.get(ctx, db.R, query); st != nil {
			return st.QueryRowContext(ctx, args...)
		}
	}
	return db.R.QueryRowContext(ctx, query, args...)
}

// Query runs a read on the read pool, through a prepared statement on SQLite.
func (db *DB) Query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if db.Engine == SQLite {
		if st := db.reads.get(ctx, db.R, query); st != nil {
			return st.QueryContext(ctx, args...)
		}
	}
	return db.R.QueryContext(ctx, query, args...)
}
