package job

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/charmory/charmory/internal/db"
)

// How a run ended, as recorded in the table and the metrics.
const (
	outcomeDone        = "done"
	outcomeRetry       = "retry"
	outcomeFailed      = "failed"
	outcomeInterrupted = "interrupted"
)

// maxErrorLen bounds last_error: enough for a wrapped error chain, not a
// whole response body a handler put in its error.
const maxErrorLen = 2000

// finishTimeout bounds the write that records a run's end. It does not
// derive from the run's context, so a job cut short by a stopping queue is
// still put back.
const finishTimeout = 30 * time.Second

// execute runs the handler of c under the queue's timeout and records the
// outcome. base ends only when a stopping queue gives up waiting.
func (q *Queue) execute(base context.Context, c claim) {
	start := time.Now()
	q.metrics.started()
	ctx, cancel := context.WithTimeout(base, q.opt.Timeout)
	err := q.call(ctx, c)
	cancel()
	outcome := q.finish(base, c, err, err != nil && base.Err() != nil)
	q.metrics.finished(c.Kind, outcome, time.Since(start))
}

// call runs the handler, turning a panic into an error so one bad job
// cannot take the process down, and naming a timeout as such.
func (q *Queue) call(ctx context.Context, c claim) (err error) {
	defer func() {
		if r := recover(); r != nil {
			q.opt.Log.ErrorContext(ctx, "job panicked", "kind", c.Kind, "job", c.ID, "panic", r, "stack", string(debug.Stack()))
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	err = q.handler(c.Kind)(ctx, c.Payload)
	if err != nil && errors.Is(ctx.Err(), context.DeadlineExceeded) {
		err = fmt.Errorf("timed out after %s: %w", q.opt.Timeout, err)
	}
	return err
}

// finish records how the run of c ended: done; back in the queue after a
// backoff; failed when the error is permanent or the attempts are used up;
// or, when the queue stopped under it, back in the queue at once without
// counting the attempt. It returns the outcome.
func (q *Queue) finish(base context.Context, c claim, runErr error, interrupted bool) string {
	const op = "job.finish"
	ctx, cancel := context.WithTimeout(context.WithoutCancel(base), finishTimeout)
	defer cancel()
	now := q.now()
	var outcome, set string
	args := []any{c.ID, q.worker, c.Attempt, now}
	switch {
	case runErr == nil:
		outcome, set = outcomeDone, `status = 'done', finished_at = $4`
	case interrupted:
		outcome, set = outcomeInterrupted, `status = 'queued', attempts = attempts - 1, run_at = $4`
	case IsPermanent(runErr) || c.Attempt >= c.MaxAttempts:
		outcome, set = outcomeFailed, `status = 'failed', finished_at = $4, last_error = $5`
		args = append(args, errorText(runErr))
	default:
		outcome, set = outcomeRetry, `status = 'queued', run_at = $5, last_error = $6`
		// Both engines must store the same instant the clock is compared with.
		args = append(args, now.Add(q.backoff(c.Attempt)).Truncate(time.Microsecond), errorText(runErr))
	}
	res, err := q.db.W.ExecContext(ctx, `UPDATE jobs SET `+set+`, lease_until = NULL, locked_by = '', updated_at = $4
		WHERE id = $1 AND locked_by = $2 AND attempts = $3 AND status = 'running'`, args...)
	if err == nil {
		var n int64
		if n, err = res.RowsAffected(); err == nil && n == 0 {
			// The lease expired and the job was reclaimed; its new run
			// decides the outcome.
			q.opt.Log.WarnContext(ctx, "job finished after losing its lease", "kind", c.Kind, "job", c.ID, "attempt", c.Attempt, "outcome", outcome)
			return outcome
		}
	}
	if err != nil {
		// The lease will expire and the job run again: at least once.
		q.opt.Log.ErrorContext(ctx, "record job outcome", "kind", c.Kind, "job", c.ID, "outcome", outcome, "err", db.Translate(op, err))
		return outcome
	}
	if runErr != nil {
		q.opt.Log.WarnContext(ctx, "job did not complete", "kind", c.Kind, "job", c.ID, "attempt", c.Attempt, "outcome", outcome, "err", runErr)
	}
	return outcome
}

// backoff is the delay before retrying after the given attempt: the base
// doubled per attempt up to the maximum, plus up to half again as jitter so
// jobs that failed together do not retry together.
func (q *Queue) backoff(attempt int) time.Duration {
	d := q.opt.BackoffBase
	for i := 1; i < attempt && d < q.opt.BackoffMax; i++ {
		d *= 2
	}
	d = min(d, q.opt.BackoffMax)
	q.randMu.Lock()
	jitter := time.Duration(q.rand.Int64N(int64(d/2) + 1))
	q.randMu.Unlock()
	return d + jitter
}

// errorText is the error as stored in last_error: valid UTF-8 without NUL
// bytes (PostgreSQL refuses both in text) and cut at a rune boundary.
func errorText(err error) string {
	s := strings.ReplaceAll(strings.ToValidUTF8(err.Error(), "\uFFFD"), "\x00", "")
	if len(s) > maxErrorLen {
		n := maxErrorLen
		for n > 0 && !utf8.RuneStart(s[n]) {
			n--
		}
		s = s[:n] + "…"
	}
	return s
}
