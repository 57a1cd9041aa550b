// Package job is the queue for long or retried work (thumbnails, imports,
// notifications, draws, maintenance). A job is a row of the jobs table,
// enqueued inside the caller's transaction so it exists exactly when the
// business change commits, and claimed by workers with a lease so a crashed
// worker's job runs again elsewhere. Delivery is at least once: handlers
// must be idempotent.
package job

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// DefaultMaxAttempts is the number of attempts a job gets when Job does not
// say: enough to ride out a restart or a brief outage, few enough that a
// broken job fails within the hour with the default backoff.
const DefaultMaxAttempts = 5

// The states a job moves through: queued → running → done, or back to
// queued for a retry, or failed once its attempts are used up.
const (
	StatusQueued  = "queued"
	StatusRunning = "running"
	StatusDone    = "done"
	StatusFailed  = "failed"
)

// Job is a piece of work to enqueue.
type Job struct {
	// Kind names the handler that runs the job, such as "account.purge".
	Kind string
	// Payload is marshalled to JSON and handed to the handler as bytes.
	// Pass a json.RawMessage to store JSON as it is.
	Payload any
	// RunAt is the earliest time the job may run; zero means now.
	RunAt time.Time
	// MaxAttempts bounds the runs before the job fails; zero means
	// DefaultMaxAttempts.
	MaxAttempts int
	// UniqueKey, when set, names the piece of work: enqueueing a key that
	// is already in the table (queued, running, or finished and not yet
	// pruned) does nothing. Put a version or a period in the key when the
	// same work must be done again later.
	UniqueKey string
}

// Enqueue adds j to the queue inside tx, so the job exists if and only if
// tx commits. It returns the new job's id, or 0 when a job with the same
// UniqueKey already exists. Errors are Invalid for a bad Job and Internal
// for database failures.
func Enqueue(ctx context.Context, tx *sql.Tx, j Job) (int64, error) {
	const op = "job.Enqueue"
	now := time.Now().UTC().Truncate(time.Microsecond)
	return insert(ctx, tx, op, j, now)
}

// insert validates j and writes its row; now stamps created_at and stands
// in for a zero RunAt.
func insert(ctx context.Context, tx *sql.Tx, op string, j Job, now time.Time) (int64, error) {
	if j.Kind == "" {
		return 0, errs.Fields(op, errs.FieldError{Field: "kind", Message: "is required"})
	}
	if j.MaxAttempts < 0 {
		return 0, errs.Fields(op, errs.FieldError{Field: "max_attempts", Message: "must not be negative"})
	}
	if j.MaxAttempts == 0 {
		j.MaxAttempts = DefaultMaxAttempts
	}
	payload, err := json.Marshal(j.Payload)
	if err != nil {
		return 0, &errs.Error{Op: op, Kind: errs.Invalid, Msg: "payload of " + j.Kind + " does not marshal to JSON", Err: err}
	}
	runAt := now
	if !j.RunAt.IsZero() {
		runAt = j.RunAt.UTC().Truncate(time.Microsecond)
	}
	var key *string
	if j.UniqueKey != "" {
		key = &j.UniqueKey
	}
	var id int64
	err = tx.QueryRowContext(ctx, `INSERT INTO jobs (kind, payload, status, attempts, max_attempts, run_at, unique_key, created_at, updated_at)
		VALUES ($1, $2, 'queued', 0, $3, $4, $5, $6, $6)
		ON CONFLICT (unique_key) DO NOTHING
		RETURNING id`,
		j.Kind, string(payload), j.MaxAttempts, runAt, key, now).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil // the unique key is taken: the work is already enqueued
	}
	if err != nil {
		return 0, db.Translate(op, err)
	}
	return id, nil
}

// permanent marks an error that retrying cannot fix.
type permanent struct{ err error }

func (p *permanent) Error() string { return p.err.Error() }
func (p *permanent) Unwrap() error { return p.err }

// Permanent wraps err so the job fails at once instead of being retried:
// for a payload that does not parse or a thing that no longer exists.
// Permanent(nil) is nil.
func Permanent(err error) error {
	if err == nil {
		return nil
	}
	return &permanent{err: err}
}

// IsPermanent reports whether err, or an error it wraps, came from
// Permanent.
func IsPermanent(err error) bool {
	var p *permanent
	return errors.As(err, &p)
}
