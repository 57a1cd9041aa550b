package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/charmory/charmory/internal/app"
	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
)

// site is a temporary Charmory installation the command line runs against:
// a data directory and, for PostgreSQL, a schema of its own.
type site struct {
	t     *testing.T
	dir   string
	flags []string
	cfg   app.Config
}

// eachEngine runs fn on SQLite and, when the PostgreSQL test URL is set,
// on PostgreSQL, each with a fresh site seeded with a studio, an IP and a
// series.
func eachEngine(t *testing.T, fn func(t *testing.T, s *site)) {
	for _, e := range dbtest.Engines() {
		t.Run(string(e), func(t *testing.T) { fn(t, newSite(t, e)) })
	}
}

func newSite(t *testing.T, e db.Engine) *site {
	t.Helper()
	t.Setenv("CHARMORY_DATABASE_URL", "") // the flags below decide
	s := &site{t: t, dir: t.TempDir()}
	s.cfg = app.DefaultConfig()
	s.cfg.DataDir = s.dir
	s.flags = []string{"--data", s.dir}
	if e == db.Postgres {
		s.cfg.DatabaseURL = postgresSchema(t)
		s.flags = append(s.flags, "--database", s.cfg.DatabaseURL)
	}
	s.seed()
	return s
}

// postgresSchema creates a schema dropped after the test and returns a URL
// that uses it.
func postgresSchema(t *testing.T) string {
	t.Helper()
	base := os.Getenv(dbtest.EnvPostgres)
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	b := make([]byte, 8)
	rand.Read(b)
	schema := "cli_" + hex.EncodeToString(b)
	if _, err := admin.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		admin.Exec("DROP SCHEMA " + schema + " CASCADE")
		admin.Close()
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// seed creates what import files refer to.
func (s *site) seed() {
	s.t.Helper()
	s.withCatalog(func(ctx context.Context, svc *catalog.Service, _ *db.DB) {
		st := &catalog.Studio{Slug: "palace-museum", Name: "Palace Museum", Kind: "museum", Region: "east_asia"}
		if err := svc.CreateStudio(ctx, st); err != nil {
			s.t.Fatal(err)
		}
		if err := svc.CreateStudio(ctx, &catalog.Studio{Slug: "seoul-stitch", Name: "Seoul Stitch", Kind: "independent", Region: "east_asia"}); err != nil {
			s.t.Fatal(err)
		}
		if err := svc.CreateIP(ctx, &catalog.IP{Slug: "guardian-cats", Name: "Guardian Cats", StudioID: st.ID}); err != nil {
			s.t.Fatal(err)
		}
		if err := svc.CreateSeries(ctx, &catalog.Series{Slug: "palace-cats", Name: "Palace Cats", StudioID: st.ID}); err != nil {
			s.t.Fatal(err)
		}
	})
}

// withCatalog opens the site's database for a look or a change outside the
// command line.
func (s *site) withCatalog(fn func(ctx context.Context, svc *catalog.Service, d *db.DB)) {
	s.t.Helper()
	ctx := context.Background()
	d, err := app.Open(ctx, s.cfg)
	if err != nil {
		s.t.Fatal(err)
	}
	defer d.Close()
	fn(ctx, catalog.NewService(d, nil), d)
}

// count returns the number of rows in a table.
func (s *site) count(table string) int {
	s.t.Helper()
	var n int
	s.withCatalog(func(ctx context.Context, _ *catalog.Service, d *db.DB) {
		if err := d.R.QueryRowContext(ctx, "SELECT count(*) FROM "+table).Scan(&n); err != nil {
			s.t.Fatal(err)
		}
	})
	return n
}

// run executes the command line and returns what it printed.
func (s *site) run(args ...string) (stdout, stderr string, err error) {
	s.t.Helper()
	root := newRoot()
	var out, errOut bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&errOut)
	root.SetArgs(append(append([]string{}, s.flags...), args...))
	err = root.ExecuteContext(context.Background())
	return out.String(), errOut.String(), err
}

// mustRun is run that fails the test on an error.
func (s *site) mustRun(args ...string) string {
	s.t.Helper()
	out, errOut, err := s.run(args...)
	if err != nil {
		s.t.Fatalf("charmory %v: %v\nstderr:\n%s", args, err, errOut)
	}
	return out
}

// file writes content to a file in the data directory and returns its path.
func (s *site) file(name, content string) string {
	s.t.Helper()
	p := filepath.Join(s.dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		s.t.Fatal(err)
	}
	return p
}
