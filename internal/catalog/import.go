package catalog

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// errRollback ends an import transaction that found invalid rows; nothing
// it did is kept.
var errRollback = errors.New("import has invalid rows")

// importPlan is what one valid import row will do.
type importPlan struct {
	charm Charm
	old   *Charm // nil: a new charm
}

// ImportCharms upserts charms by ExternalID in one transaction, resolving
// studio, IP and series slugs. With skipInvalid false, any bad row aborts
// the whole import and nothing is written; with it true, bad rows are
// reported in Errors and skipped. Unchanged rows write nothing. progress
// (may be nil) is called after each row.
// Forbidden unless the actor may moderate. When rows are invalid and
// skipInvalid is false, the result lists every row error and the error is
// Invalid. A row whose slug fields are empty may name its studio, IP and
// series by id instead.
func (s *Service) ImportCharms(ctx context.Context, a Actor, rows []ImportCharm, skipInvalid bool, progress func(done int)) (*ImportResult, error) {
	const op = "import charms"
	if !a.CanModerate() {
		return nil, errs.E(op, errs.Forbidden, "only moderators can import charms")
	}
	res := &ImportResult{}
	var touched []int64
	now := s.clock()
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		plans, err := planImport(ctx, tx, rows, res)
		if err != nil {
			return err
		}
		if len(res.Errors) > 0 && !skipInvalid {
			return errRollback
		}
		touched, err = writeImport(ctx, tx, plans, a.UserID, now, res, progress)
		if err != nil || len(touched) == 0 {
			return err
		}
		// Stamp the rows again just before commit: a long import must not
		// commit rows whose updated_at is already behind other processes'
		// index polls.
		_, err = tx.ExecContext(ctx, `UPDATE charms SET updated_at = $1 WHERE updated_at = $2`, s.clock(), now)
		return db.Translate(op, err)
	})
	if errors.Is(err, errRollback) {
		res.Created, res.Updated, res.Unchanged, res.Skipped = 0, 0, 0, 0
		return res, errs.Ef(op, errs.Invalid, "%d problems in the file; nothing was imported", len(res.Errors))
	}
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	s.indexCharms(ctx, touched...)
	return res, nil
}

// planImport resolves and validates every row, reporting row errors in
// res. The returned plans line up with rows; an invalid row's is nil.
func planImport(ctx context.Context, tx *sql.Tx, rows []ImportCharm, res *ImportResult) ([]*importPlan, error) {
	refs, err := lookupImportRefs(ctx, tx, rows)
	if err != nil {
		return nil, err
	}
	existing, err := charmsByExternalID(ctx, tx, rows)
	if err != nil {
		return nil, err
	}
	plans := make([]*importPlan, len(rows))
	firstLine := make(map[string]int, len(rows))
	for i := range rows {
		r := &rows[i]
		c := r.Charm
		normalizeCharm(&c)
		bad, refFields := refs.resolve(r, &c)
		for _, fe := range charmFieldErrors(&c) {
			if !refFields[fe.Field] { // the reference error already says it
				bad = append(bad, RowError{Field: fe.Field, Message: fe.Message})
			}
		}
		if line, dup := firstLine[c.ExternalID]; dup && c.ExternalID != "" {
			bad = append(bad, RowError{Field: "external_id", Message: fmt.Sprintf("appears again (first on line %d)", line)})
		} else {
			firstLine[c.ExternalID] = r.Line
		}
		if len(bad) > 0 {
			for _, e := range bad {
				e.Line = r.Line
				res.Errors = append(res.Errors, e)
			}
			continue
		}
		p := &importPlan{charm: c, old: existing[c.ExternalID]}
		if p.old != nil {
			p.charm.ID = p.old.ID
		}
		plans[i] = p
	}
	return plans, nil
}

// writeImport applies the plans with prepared statements and returns the
// ids of the charms it created or changed.
func writeImport(ctx context.Context, tx *sql.Tx, plans []*importPlan, userID int64, now time.Time, res *ImportResult, progress func(int)) ([]int64, error) {
	w, err := prepareImport(ctx, tx, userID, now)
	if err != nil {
		return nil, err
	}
	defer w.close()
	var touched []int64
	for i, p := range plans {
		if p == nil {
			res.Skipped++
		} else if changed, err := w.write(ctx, p, res); err != nil {
			return nil, err
		} else if changed {
			touched = append(touched, p.charm.ID)
		}
		if progress != nil {
			progress(i + 1)
		}
	}
	return touched, nil
}

// importWriter holds the statements an import prepares once in its
// transaction and runs for every row.
type importWriter struct {
	ins, upd, rev *sql.Stmt
	userID        int64
	now           time.Time
}

func prepareImport(ctx context.Context, tx *sql.Tx, userID int64, now time.Time) (*importWriter, error) {
	w := &importWriter{userID: userID, now: now}
	for _, p := range []struct {
		stmt **sql.Stmt
		sql  string
	}{{&w.ins, insertCharmSQL}, {&w.upd, updateCharmSQL}, {&w.rev, insertRevisionSQL}} {
		st, err := tx.PrepareContext(ctx, p.sql)
		if err != nil {
			w.close()
			return nil, db.Translate("prepare import", err)
		}
		*p.stmt = st
	}
	return w, nil
}

func (w *importWriter) close() {
	for _, st := range []*sql.Stmt{w.ins, w.upd, w.rev} {
		if st != nil {
			st.Close()
		}
	}
}

// write creates or updates one charm and records its revision, counting
// the outcome in res. It reports whether the charm was written.
func (w *importWriter) write(ctx context.Context, p *importPlan, res *ImportResult) (bool, error) {
	const op = "import charm"
	c := &p.charm
	var changes []Change
	if p.old == nil {
		changes, c.Version = diffCharms(nil, c), 1
		if err := w.ins.QueryRowContext(ctx, append(charmFieldArgs(c), 1, w.now, w.now)...).Scan(&c.ID); err != nil {
			return false, externalIDConflict(op, err)
		}
		res.Created++
	} else {
		if changes = diffCharms(p.old, c); len(changes) == 0 {
			res.Unchanged++
			return false, nil
		}
		c.Version = p.old.Version + 1
		r, err := w.upd.ExecContext(ctx, append(charmFieldArgs(c), c.Version, w.now, c.ID, p.old.Version)...)
		if err != nil {
			return false, externalIDConflict(op, err)
		}
		if n, err := r.RowsAffected(); err != nil || n != 1 {
			return false, errs.Ef(op, errs.Conflict, "charm %s changed during the import; run it again", c.ExternalID)
		}
		res.Updated++
	}
	args := revisionArgs(revisionRow{charmID: c.ID, version: c.Version, userID: w.userID, source: SourceImport, changes: changes, at: w.now})
	if _, err := w.rev.ExecContext(ctx, args...); err != nil {
		return false, db.Translate(op, err)
	}
	return true, nil
}
