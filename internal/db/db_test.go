package db_test

import (
	"context"
	"database/sql"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
)

func TestMigrateAndTranslate(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		now := time.Now().UTC().Truncate(time.Microsecond)
		insert := func(tx *sql.Tx) error {
			_, err := tx.ExecContext(ctx, `INSERT INTO users (username, email, password_hash, created_at, role) VALUES ($1, $2, $3, $4, $5)`,
				"mei", "mei@example.com", "x", now, "collector")
			return db.Translate("insert user", err)
		}
		if err := d.Tx(ctx, insert); err != nil {
			t.Fatalf("insert: %v", err)
		}
		t.Run("UniqueViolationIsConflict", func(t *testing.T) {
			if err := d.Tx(ctx, insert); !errs.Is(err, errs.Conflict) {
				t.Fatalf("got %v, want conflict", err)
			}
		})
		t.Run("NoRowsIsNotFound", func(t *testing.T) {
			var id int64
			err := db.Translate("get", d.R.QueryRowContext(ctx, `SELECT id FROM users WHERE username = $1`, "nobody").Scan(&id))
			if !errs.Is(err, errs.NotFound) {
				t.Fatalf("got %v, want not found", err)
			}
		})
		t.Run("TimesAndBoolsRoundTrip", func(t *testing.T) {
			var at time.Time
			if err := d.R.QueryRowContext(ctx, `SELECT created_at FROM users WHERE username = $1`, "mei").Scan(&at); err != nil {
				t.Fatal(err)
			}
			if !at.Equal(now) {
				t.Fatalf("time %v != %v", at, now)
			}
			err := d.Tx(ctx, func(tx *sql.Tx) error {
				_, err := tx.ExecContext(ctx, `INSERT INTO login_attempts (username, client_hash, ok, at) VALUES ($1, $2, $3, $4)`, "mei", "h", true, now)
				return err
			})
			if err != nil {
				t.Fatal(err)
			}
			var ok bool
			if err := d.R.QueryRowContext(ctx, `SELECT ok FROM login_attempts WHERE username = $1`, "mei").Scan(&ok); err != nil || !ok {
				t.Fatalf("bool: %v %v", ok, err)
			}
		})
	})
}

func TestCachedReadsSeeCommittedWrites(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		count := func() int {
			var n int
			if err := d.QueryRow(ctx, `SELECT COUNT(*) FROM settings WHERE key <> $1`, "").Scan(&n); err != nil {
				t.Fatal(err)
			}
			return n
		}
		before := count()
		if err := d.Tx(ctx, func(tx *sql.Tx) error {
			_, err := tx.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES ($1, $2)`, "k", "v")
			return err
		}); err != nil {
			t.Fatal(err)
		}
		if after := count(); after != before+1 {
			t.Fatalf("cached statement read %d rows, want %d", after, before+1)
		}
		rows, err := d.Query(ctx, `SELECT value FROM settings WHERE key = $1`, "k")
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		if !rows.Next() {
			t.Fatal("no row through the cached query")
		}
	})
}
