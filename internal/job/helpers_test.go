package job_test

import (
	"context"
	"database/sql"
	"log/slog"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/job"
)

// clock is a test clock that moves only when told to.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock() *clock {
	return &clock{t: time.Date(2026, 3, 1, 10, 3, 0, 0, time.UTC)}
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// newQueue builds a queue on d with quiet logs and a seeded jitter source,
// driven by clk (nil: the wall clock). Zero fields of o take the defaults.
func newQueue(t testing.TB, d *db.DB, clk *clock, o job.Options) *job.Queue {
	t.Helper()
	if clk != nil {
		o.Clock = clk.Now
	}
	if o.Rand == nil {
		o.Rand = rand.NewPCG(1, 2)
	}
	o.Log = slog.New(slog.DiscardHandler)
	q, err := job.New(d, o)
	if err != nil {
		t.Fatalf("new queue: %v", err)
	}
	return q
}

// enqueue commits j in its own transaction and returns its id. With a
// clock, a zero RunAt becomes the clock's now, so the job is due for a
// queue driven by that clock.
func enqueue(t testing.TB, d *db.DB, clk *clock, j job.Job) int64 {
	t.Helper()
	if clk != nil && j.RunAt.IsZero() {
		j.RunAt = clk.Now()
	}
	var id int64
	err := d.Tx(context.Background(), func(tx *sql.Tx) error {
		var err error
		id, err = job.Enqueue(context.Background(), tx, j)
		return err
	})
	if err != nil {
		t.Fatalf("enqueue %s: %v", j.Kind, err)
	}
	return id
}

// runUntilIdle runs q until idle and returns how many jobs ran.
func runUntilIdle(t testing.TB, q *job.Queue) int {
	t.Helper()
	n, err := q.RunUntilIdle(context.Background())
	if err != nil {
		t.Fatalf("run until idle: %v", err)
	}
	return n
}

// row is a job as stored.
type row struct {
	Kind       string
	Payload    string
	Status     string
	Attempts   int
	RunAt      time.Time
	LeaseUntil sql.NullTime
	LockedBy   string
	LastError  string
	FinishedAt sql.NullTime
}

func getJob(t testing.TB, d *db.DB, id int64) row {
	t.Helper()
	var r row
	err := d.R.QueryRowContext(context.Background(), `SELECT kind, payload, status, attempts, run_at, lease_until, locked_by, last_error, finished_at
		FROM jobs WHERE id = $1`, id).
		Scan(&r.Kind, &r.Payload, &r.Status, &r.Attempts, &r.RunAt, &r.LeaseUntil, &r.LockedBy, &r.LastError, &r.FinishedAt)
	if err != nil {
		t.Fatalf("get job %d: %v", id, err)
	}
	return r
}

// count runs a SELECT COUNT(*) query.
func count(t testing.TB, d *db.DB, query string, args ...any) int {
	t.Helper()
	var n int
	if err := d.R.QueryRowContext(context.Background(), query, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

// counter counts a handler's runs.
type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) handler(err error) job.Handler {
	return func(context.Context, []byte) error {
		c.mu.Lock()
		c.n++
		c.mu.Unlock()
		return err
	}
}

func (c *counter) get() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}
