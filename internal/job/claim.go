package job

import (
	"context"
	"strconv"
	"strings"
	"time"

	"github.com/charmory/charmory/internal/db"
)

// claim is one job this queue holds a lease on. Attempt, with the queue's
// worker id, identifies the claim: a finish applies only while both still
// match, so a worker that lost its lease cannot overwrite a newer run.
type claim struct {
	ID          int64
	Kind        string
	Payload     []byte
	Attempt     int
	MaxAttempts int
}

// The claim sets the lease on up to n due jobs and returns them. SQLite
// runs it as one conditional UPDATE on the single writer connection, which
// serialises claims between goroutines and, through the file lock, between
// processes. PostgreSQL locks candidate rows with FOR UPDATE SKIP LOCKED so
// concurrent claimers take different jobs instead of waiting on each other.
const (
	claimSQLite = `UPDATE jobs
		SET status = 'running', attempts = attempts + 1, lease_until = $2, locked_by = $3, updated_at = $1
		WHERE id IN (
			SELECT id FROM jobs
			WHERE status = 'queued' AND run_at <= $1 AND kind IN (%s)
			ORDER BY run_at, id
			LIMIT $4)
		RETURNING id, kind, payload, attempts, max_attempts`
	claimPostgres = `WITH next AS (
			SELECT id FROM jobs
			WHERE status = 'queued' AND run_at <= $1 AND kind IN (%s)
			ORDER BY run_at, id
			LIMIT $4
			FOR UPDATE SKIP LOCKED)
		UPDATE jobs
		SET status = 'running', attempts = jobs.attempts + 1, lease_until = $2, locked_by = $3, updated_at = $1
		FROM next WHERE jobs.id = next.id
		RETURNING jobs.id, jobs.kind, jobs.payload, jobs.attempts, jobs.max_attempts`
)

// claim leases up to n due jobs of the given kinds.
func (q *Queue) claim(ctx context.Context, kinds []string, n int) ([]claim, error) {
	const op = "job.claim"
	if n <= 0 || len(kinds) == 0 {
		return nil, nil
	}
	now := q.now()
	args := []any{now, now.Add(q.opt.Lease).Truncate(time.Microsecond), q.worker, n}
	marks := make([]string, len(kinds))
	for i, k := range kinds {
		args = append(args, k)
		marks[i] = "$" + strconv.Itoa(len(args))
	}
	query := claimSQLite
	if q.db.Engine == db.Postgres {
		query = claimPostgres
	}
	query = strings.Replace(query, "%s", strings.Join(marks, ", "), 1)
	// A claim cancelled after the database applied it would leave jobs
	// leased to no one until the lease expires: let it complete.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), finishTimeout)
	defer cancel()
	rows, err := q.db.W.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, db.Translate(op, err)
	}
	defer rows.Close()
	var out []claim
	for rows.Next() {
		var c claim
		var payload string
		if err := rows.Scan(&c.ID, &c.Kind, &payload, &c.Attempt, &c.MaxAttempts); err != nil {
			return nil, db.Translate(op, err)
		}
		c.Payload = []byte(payload)
		out = append(out, c)
	}
	return out, db.Translate(op, rows.Err())
}

// reclaim returns jobs whose lease expired (their worker crashed or lost
// the database) to the queue, or fails them when that was their last
// attempt, so a job that kills its worker cannot loop forever.
func (q *Queue) reclaim(ctx context.Context, now time.Time) (int64, error) {
	const op = "job.reclaim"
	res, err := q.db.W.ExecContext(ctx, `UPDATE jobs
		SET status = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'queued' END,
			finished_at = CASE WHEN attempts >= max_attempts THEN $1 END,
			last_error = 'lease expired: the worker stopped before finishing',
			run_at = $1, lease_until = NULL, locked_by = '', updated_at = $1
		WHERE status = 'running' AND lease_until < $1`, now)
	if err != nil {
		return 0, db.Translate(op, err)
	}
	n, err := res.RowsAffected()
	return n, db.Translate(op, err)
}

// prune deletes done and failed jobs finished before the retention, which
// also frees their unique keys.
func (q *Queue) prune(ctx context.Context, now time.Time) (int64, error) {
	const op = "job.prune"
	res, err := q.db.W.ExecContext(ctx, `DELETE FROM jobs WHERE finished_at < $1`, now.Add(-q.opt.Retention))
	if err != nil {
		return 0, db.Translate(op, err)
	}
	n, err := res.RowsAffected()
	return n, db.Translate(op, err)
}

// maintain reclaims expired leases, enqueues the runs of periodic kinds
// whose period began, and prunes old jobs, each when due (force: reclaim
// and prune now). Several processes may do this at once: the statements
// are idempotent and the periodic runs deduplicated by their keys.
func (q *Queue) maintain(ctx context.Context, force bool) error {
	q.maintMu.Lock()
	defer q.maintMu.Unlock()
	now := q.now()
	if force || !now.Before(q.nextReclaim) {
		n, err := q.reclaim(ctx, now)
		if err != nil {
			return err
		}
		if n > 0 {
			q.opt.Log.WarnContext(ctx, "reclaimed jobs with an expired lease", "jobs", n)
		}
		// A tenth of the lease: an abandoned job waits at most 1.1 leases.
		q.nextReclaim = now.Add(q.opt.Lease / 10)
	}
	if err := q.schedulePeriodic(ctx, now); err != nil {
		return err
	}
	if force || !now.Before(q.nextPrune) {
		if _, err := q.prune(ctx, now); err != nil {
			return err
		}
		q.nextPrune = now.Add(time.Hour)
	}
	return nil
}
