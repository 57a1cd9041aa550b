package job

import (
	"context"
	"database/sql"
	"time"
)

// schedule is a kind run once per interval.
type schedule struct {
	kind     string
	interval time.Duration
	last     time.Time // start of the latest period this queue enqueued
}

// Every makes kind, already registered, run once per interval, in periods
// aligned on the UTC clock (every 10 minutes means at :00, :10, :20…). When
// a period begins, each queue enqueues its run with a unique key naming the
// kind and the period, so however many processes share the database the
// run is enqueued, and done, once; a process starting mid-period runs the
// current period's job unless one already exists. Every panics when kind is
// not registered or already periodic, when the queue started, or when
// interval is not positive or exceeds the Retention (a pruned run of the
// current period would be enqueued again).
func (q *Queue) Every(kind string, interval time.Duration) {
	q.mu.Lock()
	defer q.mu.Unlock()
	switch {
	case q.handlers[kind] == nil:
		panic("job: Every " + kind + ": kind not registered")
	case interval <= 0 || interval > q.opt.Retention:
		panic("job: Every " + kind + ": interval " + interval.String() + " must be positive and within the retention")
	case q.started:
		panic("job: Every " + kind + " after the queue started")
	}
	for _, s := range q.periodic {
		if s.kind == kind {
			panic("job: Every " + kind + " called twice")
		}
	}
	q.periodic = append(q.periodic, &schedule{kind: kind, interval: interval})
}

// PeriodKey is the unique key of kind's run for the period starting at
// start; operators can look a run up by it.
func PeriodKey(kind string, start time.Time) string {
	return kind + "@" + start.UTC().Format(time.RFC3339Nano)
}

// schedulePeriodic enqueues the current period's run of each periodic kind
// that this queue has not enqueued yet. The caller holds maintMu.
func (q *Queue) schedulePeriodic(ctx context.Context, now time.Time) error {
	for _, s := range q.periodic {
		start := now.Truncate(s.interval)
		if s.last.Equal(start) {
			continue
		}
		j := Job{Kind: s.kind, RunAt: start, UniqueKey: PeriodKey(s.kind, start)}
		err := q.db.Tx(ctx, func(tx *sql.Tx) error {
			_, err := insert(ctx, tx, "job.schedulePeriodic", j, now)
			return err
		})
		if err != nil {
			return err
		}
		s.last = start
	}
	return nil
}
