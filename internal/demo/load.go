package demo

import (
	"context"
	"maps"
	"slices"
	"strconv"
	"time"

	"github.com/charmory/charmory/internal/errs"
)

// writer is one engine's bulk path inside a single transaction: multi-row
// INSERTs on SQLite, COPY on PostgreSQL.
type writer interface {
	exec(ctx context.Context, query string, args ...any) error
	queryInt(ctx context.Context, query string, args ...any) (int64, error)
	insert(ctx context.Context, table string, cols []string, rows [][]any) error
}

// batchSize is how many charms go to the database at a time: large enough
// to amortise each statement, small enough to keep memory flat at a
// million charms.
const batchSize = 5000

// ErrNotEmpty reports that the catalog already has data and Options.Append
// was not set. Its kind is Conflict.
var ErrNotEmpty = errs.E("load demo data", errs.Conflict, "the catalog already has data")

// writeDataSet writes ds with w and reports what it wrote.
func writeDataSet(ctx context.Context, w writer, ds *Dataset, o Options, now time.Time) (*Report, error) {
	if !o.Append {
		n, err := w.queryInt(ctx, `SELECT (SELECT COUNT(*) FROM (SELECT id FROM charms LIMIT 1) c) + (SELECT COUNT(*) FROM (SELECT id FROM studios LIMIT 1) s)`)
		if err != nil {
			return nil, err
		}
		if n > 0 {
			return nil, ErrNotEmpty
		}
	}
	var off offsets
	for _, t := range []struct {
		table string
		dst   *int64
	}{{"studios", &off.studio}, {"ips", &off.ip}, {"series", &off.series}, {"sellers", &off.seller}, {"charms", &off.charm}, {"charm_revisions", &off.revision}} {
		n, err := w.queryInt(ctx, `SELECT COALESCE(MAX(id), 0) FROM `+t.table)
		if err != nil {
			return nil, err
		}
		*t.dst = n
	}
	if err := writeCast(ctx, w, ds, off, now); err != nil {
		return nil, err
	}
	if err := writeCharms(ctx, w, ds, off, now, o.Progress); err != nil {
		return nil, err
	}
	return &Report{Studios: len(ds.Studios), IPs: len(ds.IPs), Series: len(ds.Series), Sellers: len(ds.Sellers), Charms: ds.Total}, nil
}

// writeCast writes studios, IPs, series, sellers, rates and the settings
// that mark the data set as demo data.
func writeCast(ctx context.Context, w writer, ds *Dataset, off offsets, now time.Time) error {
	var studios, ips, series, sellers, links [][]any
	for _, s := range ds.Studios {
		studios = append(studios, studioRow(s, off, now))
	}
	for _, ip := range ds.IPs {
		ips = append(ips, ipRow(ip, off))
	}
	for _, s := range ds.Series {
		series = append(series, seriesRow(s, off))
	}
	for _, s := range ds.Sellers {
		sellers = append(sellers, sellerRow(s, off, now))
		for _, st := range s.StudioIDs {
			links = append(links, []any{s.ID + off.seller, st + off.studio})
		}
	}
	for _, t := range []struct {
		table string
		cols  []string
		rows  [][]any
	}{{"studios", studioCols, studios}, {"ips", ipCols, ips}, {"series", seriesCols, series}, {"sellers", sellerCols, sellers}, {"seller_studios", sellerStudioCols, links}} {
		if err := w.insert(ctx, t.table, t.cols, t.rows); err != nil {
			return err
		}
	}
	for _, code := range slices.Sorted(maps.Keys(ds.Rates)) {
		// Rates an operator has set are kept: the demo table only fills gaps.
		if err := w.exec(ctx, `INSERT INTO currency_rates (currency, units_per_cny, updated_at) VALUES ($1, $2, $3)
			ON CONFLICT (currency) DO NOTHING`, code, ds.Rates[code], now); err != nil {
			return err
		}
	}
	if err := w.exec(ctx, `INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING`,
		SettingSeed, strconv.FormatInt(ds.Seed, 10)); err != nil {
		return err
	}
	return w.exec(ctx, `INSERT INTO settings (key, value) VALUES ($1, 'true') ON CONFLICT (key) DO UPDATE SET value = 'true'`, SettingBadge)
}

// writeCharms generates the charms in a goroutine while the previous batch
// is being written, and writes each with its version-1 revision.
func writeCharms(ctx context.Context, w writer, ds *Dataset, off offsets, now time.Time, progress func(done, total int)) error {
	type batch struct{ charms, revisions [][]any }
	ch := make(chan batch, 2)
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		defer close(ch)
		var b batch
		for c := range ds.Charms() {
			shift(&c, off)
			b.charms = append(b.charms, charmRow(&c, now))
			b.revisions = append(b.revisions, revisionRow(&c, c.ID-off.charm+off.revision, now))
			if len(b.charms) == batchSize {
				select {
				case ch <- b:
				case <-stop:
					return
				}
				b = batch{charms: make([][]any, 0, batchSize), revisions: make([][]any, 0, batchSize)}
			}
		}
		if len(b.charms) > 0 {
			select {
			case ch <- b:
			case <-stop:
			}
		}
	}()
	done := 0
	for b := range ch {
		if err := w.insert(ctx, "charms", charmCols, b.charms); err != nil {
			return err
		}
		if err := w.insert(ctx, "charm_revisions", revisionCols, b.revisions); err != nil {
			return err
		}
		done += len(b.charms)
		if progress != nil {
			progress(done, ds.Total)
		}
	}
	return ctx.Err()
}
