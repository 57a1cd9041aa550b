package demo

import (
	"context"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
)

func TestProfLoad(t *testing.T) {
	d := dbtest.MustOpen(t, db.SQLite)
	ds, _ := Generate(20260, 200000, "")
	start := time.Now()
	_, err := loadSQLite(context.Background(), d, ds, Options{}, time.Now())
	t.Logf("%v in %v", err, time.Since(start))
}
