// Package dbtest opens migrated test databases on SQLite and, when
// CHARMORY_TEST_POSTGRES_URL is set, on PostgreSQL, each test in its own
// database file or schema so tests can run in parallel.
package dbtest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/charmory/charmory/internal/db"
)

// EnvPostgres names the environment variable holding the PostgreSQL URL
// used by tests.
const EnvPostgres = "CHARMORY_TEST_POSTGRES_URL"

// Engines lists the engines tests run on: SQLite always, PostgreSQL when
// EnvPostgres is set.
func Engines() []db.Engine {
	if os.Getenv(EnvPostgres) != "" {
		return []db.Engine{db.SQLite, db.Postgres}
	}
	return []db.Engine{db.SQLite}
}

// Each runs fn as a subtest once per engine, each with a fresh migrated
// database. Without EnvPostgres the PostgreSQL subtest is skipped with a
// message saying how to enable it.
func Each(t *testing.T, fn func(t *testing.T, d *db.DB)) {
	t.Helper()
	for _, e := range []db.Engine{db.SQLite, db.Postgres} {
		t.Run(string(e), func(t *testing.T) {
			fn(t, MustOpen(t, e))
		})
	}
}

// MustOpen opens a fresh migrated database of engine e, closed and removed
// when the test ends. For PostgreSQL without EnvPostgres it skips the test.
func MustOpen(t testing.TB, e db.Engine) *db.DB {
	t.Helper()
	ctx := context.Background()
	var d *db.DB
	var err error
	switch e {
	case db.Postgres:
		d = openPostgres(t)
	default:
		d, err = db.Open(ctx, filepath.Join(t.TempDir(), "test.db"))
		if err != nil {
			t.Fatalf("open sqlite: %v", err)
		}
		t.Cleanup(func() { d.Close() })
	}
	if err := d.Migrate(ctx); err != nil {
		t.Fatalf("migrate %s: %v", e, err)
	}
	return d
}

func openPostgres(t testing.TB) *db.DB {
	t.Helper()
	base := os.Getenv(EnvPostgres)
	if base == "" {
		if os.Getenv("CI") != "" {
			t.Fatalf("CI is set but %s is not: PostgreSQL tests must run in CI", EnvPostgres)
		}
		t.Skipf("PostgreSQL tests skipped: set %s (for example postgres://postgres@127.0.0.1:5432/test?sslmode=disable) to run them", EnvPostgres)
	}
	ctx := context.Background()
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatalf("open postgres: %v", err)
	}
	defer admin.Close()
	schema := "t_" + randomHex(8)
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("parse %s: %v", EnvPostgres, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	d, err := db.Open(ctx, u.String())
	if err != nil {
		t.Fatalf("open postgres schema: %v", err)
	}
	t.Cleanup(func() {
		d.Close()
		if a, err := sql.Open("pgx", base); err == nil {
			a.ExecContext(context.Background(), "DROP SCHEMA "+schema+" CASCADE")
			a.Close()
		}
	})
	return d
}

func randomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}
