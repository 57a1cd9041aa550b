package main

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/db"
)

func TestBackup(t *testing.T) {
	s := newSite(t, db.SQLite)
	s.mustRun("import", s.file("charms.csv", goodCSV))

	t.Run("CopyOpensWithTheSameRows", func(t *testing.T) {
		path := filepath.Join(s.dir, "copy.db")
		out := s.mustRun("backup", "--output", path)
		if !strings.Contains(out, "backup written to "+path) || !strings.Contains(out, "3 charms, integrity ok") {
			t.Fatalf("summary: %s", out)
		}
		copyDB, err := db.Open(context.Background(), path)
		if err != nil {
			t.Fatal(err)
		}
		defer copyDB.Close()
		for _, table := range []string{"charms", "charm_revisions", "studios", "ips", "series"} {
			var n int
			if err := copyDB.R.QueryRow("SELECT count(*) FROM " + table).Scan(&n); err != nil {
				t.Fatal(err)
			}
			if want := s.count(table); n != want || n == 0 {
				t.Errorf("%s: %d rows in the copy, %d in the database", table, n, want)
			}
		}
	})
	t.Run("RefusesAnExistingFile", func(t *testing.T) {
		path := s.file("taken.db", "keep me")
		if _, _, err := s.run("backup", "--output", path); err == nil || !strings.Contains(err.Error(), "already exists") {
			t.Fatalf("err = %v", err)
		}
		if b, _ := os.ReadFile(path); string(b) != "keep me" {
			t.Errorf("existing file changed to %q", b)
		}
	})
	t.Run("DefaultsToTheBackupsFolder", func(t *testing.T) {
		s.mustRun("backup")
		found, _ := filepath.Glob(filepath.Join(s.dir, "backups", "charmory-*Z.db"))
		if len(found) != 1 {
			t.Fatalf("backups: %v", found)
		}
	})
	t.Run("SnapshotWhileAWriteIsOpen", func(t *testing.T) {
		// A server in the middle of a write transaction neither blocks the
		// backup nor leaks its uncommitted rows into it.
		s.withCatalog(func(ctx context.Context, _ *catalog.Service, d *db.DB) {
			tx, err := d.W.BeginTx(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer tx.Rollback()
			if _, err := tx.ExecContext(ctx, `DELETE FROM charm_revisions`); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(s.dir, "during-write.db")
			s.mustRun("backup", "--output", path)
			conn, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			var n int
			if err := conn.QueryRow(`SELECT count(*) FROM charm_revisions`).Scan(&n); err != nil || n != 3 {
				t.Errorf("revisions in the copy: %d, %v; want the 3 committed ones", n, err)
			}
		})
	})
}

func TestBackupPostgresPointsToPgDump(t *testing.T) {
	s := &site{t: t, dir: t.TempDir()}
	t.Setenv("CHARMORY_DATABASE_URL", "")
	s.flags = []string{"--data", s.dir, "--database", "postgres://charmory:s3cret@db.example:5432/charmory?sslmode=require"}
	_, errOut, err := s.run("backup")
	if err == nil || !strings.Contains(err.Error(), "use pg_dump") {
		t.Fatalf("err = %v", err)
	}
	if !strings.Contains(errOut, "pg_dump --format=custom") || !strings.Contains(errOut, "postgres://charmory:xxxxx@db.example:5432/charmory?sslmode=require") {
		t.Errorf("stderr:\n%s", errOut)
	}
	if strings.Contains(errOut, "s3cret") {
		t.Errorf("password printed:\n%s", errOut)
	}
}
