package collection

import (
	"context"
	"database/sql"
	"errors"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/money"
)

// snapshotBatch is how many collections SnapshotAll values before writing
// their snapshots in one transaction: few commits, little held in memory.
const snapshotBatch = 200

// ValueHistory lists the owner's monthly snapshots, oldest first.
func (s *Service) ValueHistory(ctx context.Context, owner int64) ([]Snapshot, error) {
	const op = "value history"
	rows, err := s.db.Query(ctx, `SELECT month, currency, value, cost, items, source, taken_at
		FROM value_snapshots WHERE owner_id = $1 ORDER BY month`, owner)
	if err != nil {
		return nil, db.Translate(op, err)
	}
	defer rows.Close()
	out := []Snapshot{}
	for rows.Next() {
		var sn Snapshot
		if err := rows.Scan(&sn.Month, &sn.Currency, &sn.Value, &sn.Cost, &sn.Items, &sn.Source, &sn.TakenAt); err != nil {
			return nil, db.Translate(op, err)
		}
		sn.TakenAt = sn.TakenAt.UTC()
		out = append(out, sn)
	}
	return out, db.Translate(op, rows.Err())
}

// snapshotOwner is a collector with items and the currency they value in.
type snapshotOwner struct {
	id       int64
	currency string
}

// SnapshotAll records this month's value of every collection (replacing an
// earlier snapshot of the same month): the JobSnapshots handler. One
// collection that fails is logged and skipped; the others are still
// recorded and the error is returned so that the job is retried.
func (s *Service) SnapshotAll(ctx context.Context) error {
	const op = "snapshot values"
	rates, err := s.catalog.Rates(ctx)
	if err != nil {
		return errs.Wrap(op, err)
	}
	now := s.clock()
	var failed []error
	for after := int64(0); ; {
		if err := ctx.Err(); err != nil {
			return errs.Wrap(op, err)
		}
		owners, err := s.snapshotOwners(ctx, after)
		if err != nil {
			return errs.Wrap(op, err)
		}
		if len(owners) == 0 {
			break
		}
		after = owners[len(owners)-1].id
		snaps := make(map[int64]Snapshot, len(owners))
		for _, o := range owners {
			r, err := s.valueIn(ctx, o.id, o.currency, rates)
			if err != nil {
				s.log.Warn("valuing a collection failed", "owner", o.id, "err", err)
				failed = append(failed, err)
				continue
			}
			snaps[o.id] = Snapshot{Month: now.Format("2006-01"), Currency: r.Currency, Value: r.Total, Cost: r.Cost,
				Items: len(r.Items), Source: r.Source, TakenAt: now}
		}
		if err := s.saveSnapshots(ctx, snaps); err != nil {
			return errs.Wrap(op, err)
		}
	}
	return errs.Wrap(op, errors.Join(failed...))
}

// snapshotOwners reads the next batch of users with items after the id
// after, with their currency (CNY when theirs is not supported).
func (s *Service) snapshotOwners(ctx context.Context, after int64) ([]snapshotOwner, error) {
	const op = "snapshot owners"
	rows, err := s.db.Query(ctx, `SELECT u.id, u.currency FROM users u
		WHERE u.id > $1 AND EXISTS (SELECT 1 FROM items i WHERE i.owner_id = u.id)
		ORDER BY u.id LIMIT $2`, after, snapshotBatch)
	if err != nil {
		return nil, db.Translate(op, err)
	}
	defer rows.Close()
	var out []snapshotOwner
	for rows.Next() {
		var o snapshotOwner
		if err := rows.Scan(&o.id, &o.currency); err != nil {
			return nil, db.Translate(op, err)
		}
		if !money.Valid(o.currency) {
			o.currency = money.Default
		}
		out = append(out, o)
	}
	return out, db.Translate(op, rows.Err())
}

// saveSnapshots upserts one snapshot per owner: a month keeps one row,
// the latest.
func (s *Service) saveSnapshots(ctx context.Context, snaps map[int64]Snapshot) error {
	if len(snaps) == 0 {
		return nil
	}
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		for owner, sn := range snaps {
			_, err := tx.ExecContext(ctx, `INSERT INTO value_snapshots (owner_id, month, currency, value, cost, items, source, taken_at)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
				ON CONFLICT (owner_id, month) DO UPDATE SET currency = excluded.currency, value = excluded.value,
					cost = excluded.cost, items = excluded.items, source = excluded.source, taken_at = excluded.taken_at`,
				owner, sn.Month, sn.Currency, sn.Value, sn.Cost, sn.Items, sn.Source, sn.TakenAt)
			if err != nil {
				return db.Translate("save snapshot", err)
			}
		}
		return nil
	})
}
