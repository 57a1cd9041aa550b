// Package demo generates Charmory's deterministic demo data set and loads
// it: fictional studios, IPs, series, charms, authorised sellers, currency
// rates and two accounts to try the platform with, modelled on the charm
// market of 2022–2026. The same seed always gives the same data set.
package demo

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// Settings rows the demo data set writes.
const (
	SettingSeed     = "demo_seed"     // the seed the data set was generated from
	SettingBadge    = "demo"          // "true": pages show a "Demo data" badge
	SettingAccounts = "demo_accounts" // "done" once the demo accounts exist
)

// Options control generation and loading.
type Options struct {
	Seed   int64
	Charms int  // number of charms; 0: the standard set
	Append bool // load even though the catalog has data; slugs get a seed tag
	// Progress, when set, is called after each batch of charms is written.
	Progress func(done, total int)
	Now      func() time.Time // clock; nil: time.Now
}

// Report says what a load wrote and how long it took.
type Report struct {
	Studios, IPs, Series, Sellers, Charms int
	Users, Contributions                  int
	Catalog                               time.Duration // generating and writing the catalog
	Elapsed                               time.Duration // everything, accounts included
}

// EnsureLoaded loads the demo data set unless the database already has
// catalog data; it reports whether it loaded. On a demo database whose
// accounts were not created (an interrupted first start) it creates them.
func EnsureLoaded(ctx context.Context, d *db.DB, o Options) (bool, error) {
	empty, err := catalogEmpty(ctx, d)
	if err != nil {
		return false, err
	}
	if !empty {
		if err := ensureAccounts(ctx, d, o.clock(), nil); err != nil {
			return false, err
		}
		return false, ensureCollection(ctx, d, o.clock()())
	}
	o.Append = false
	if _, err := Load(ctx, d, o); err != nil {
		if errors.Is(err, ErrNotEmpty) {
			return false, nil // another process loaded it first
		}
		return false, err
	}
	return true, nil
}

// Load generates the data set of o and writes it in one transaction, then
// creates the demo accounts and their pending contributions (except when
// appending). ErrNotEmpty (Conflict) when the catalog has data and o.Append
// is false; Invalid for a size below MinCharms.
func Load(ctx context.Context, d *db.DB, o Options) (*Report, error) {
	const op = "load demo data"
	start := time.Now()
	tag := ""
	if o.Append {
		tag = "s" + strconv.FormatInt(o.Seed, 10)
	}
	ds, err := Generate(o.Seed, o.Charms, tag)
	if err != nil {
		return nil, errs.E(op, errs.Invalid, err.Error())
	}
	now := o.clock()().UTC().Truncate(time.Microsecond)
	var rep *Report
	if d.Engine == db.Postgres {
		rep, err = loadPostgres(ctx, d, ds, o, now)
	} else {
		rep, err = loadSQLite(ctx, d, ds, o, now)
	}
	switch {
	case errors.Is(err, ErrNotEmpty):
		return nil, err
	case o.Append && errs.KindOf(err) == errs.Conflict:
		return nil, errs.Ef(op, errs.Conflict, "the demo data of seed %d is already loaded; choose another seed", o.Seed)
	case err != nil:
		return nil, errs.Wrap(op, err)
	}
	rep.Catalog = time.Since(start)
	if !o.Append {
		if err := ensureAccounts(ctx, d, o.clock(), rep); err != nil {
			return nil, err
		}
		if err := ensureCollection(ctx, d, o.clock()()); err != nil {
			return nil, err
		}
	}
	rep.Elapsed = time.Since(start)
	return rep, nil
}

// IsDemo reports whether the database holds the demo data set.
func IsDemo(ctx context.Context, d *db.DB) (bool, error) {
	_, ok, err := setting(ctx, d, SettingSeed)
	return ok, err
}

func (o Options) clock() func() time.Time {
	if o.Now != nil {
		return o.Now
	}
	return time.Now
}

// catalogEmpty reports whether the catalog has neither studios nor charms.
func catalogEmpty(ctx context.Context, d *db.DB) (bool, error) {
	var n int
	err := d.R.QueryRowContext(ctx, `SELECT (SELECT COUNT(*) FROM (SELECT id FROM charms LIMIT 1) c) + (SELECT COUNT(*) FROM (SELECT id FROM studios LIMIT 1) s)`).Scan(&n)
	return n == 0, db.Translate("check catalog", err)
}

// setting reads one settings row; ok is false when it is absent.
func setting(ctx context.Context, d *db.DB, key string) (string, bool, error) {
	var v string
	err := d.R.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = $1`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	return v, err == nil, db.Translate("read setting "+key, err)
}
