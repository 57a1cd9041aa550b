package demo

import (
	"context"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
)

func TestTryLoad(t *testing.T) {
	for _, e := range []db.Engine{db.SQLite, db.Postgres} {
		d := dbtest.MustOpen(t, e)
		ctx := context.Background()
		ds, _ := Generate(20260, 0, "")
		start := time.Now()
		var err error
		if e == db.SQLite {
			_, err = loadSQLite(ctx, d, ds, Options{}, time.Now())
		} else {
			_, err = loadPostgres(ctx, d, ds, Options{}, time.Now())
		}
		t.Logf("%s catalog: %v in %v", e, err, time.Since(start))
		start = time.Now()
		err = ensureAccounts(ctx, d, time.Now, nil)
		t.Logf("%s accounts: %v in %v", e, err, time.Since(start))
	}
}
