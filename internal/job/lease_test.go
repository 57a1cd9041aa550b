package job_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/job"
)

// crash marks job id as claimed by a worker that died: running, one
// attempt used, its lease ending after lease.
func crash(t *testing.T, d *db.DB, clk *clock, id int64, lease time.Duration) {
	t.Helper()
	_, err := d.W.ExecContext(context.Background(), `UPDATE jobs
		SET status = 'running', attempts = attempts + 1, lease_until = $2, locked_by = 'gone-host:1:dead', updated_at = $3
		WHERE id = $1`, id, clk.Now().Add(lease), clk.Now())
	if err != nil {
		t.Fatalf("crash job %d: %v", id, err)
	}
}

func TestLease(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		const lease = 5 * time.Minute

		t.Run("ExpiredLeaseIsReclaimed", func(t *testing.T) {
			clk := newClock()
			var runs counter
			q := newQueue(t, d, clk, job.Options{Lease: lease})
			q.Register("draw.settle", runs.handler(nil))
			id := enqueue(t, d, clk, job.Job{Kind: "draw.settle"})
			crash(t, d, clk, id, lease)

			clk.Advance(lease)
			if n := runUntilIdle(t, q); n != 0 {
				t.Fatalf("ran %d jobs while the lease still held", n)
			}
			clk.Advance(time.Second)
			if n := runUntilIdle(t, q); n != 1 || runs.get() != 1 {
				t.Fatalf("ran %d jobs after the lease expired, want 1", n)
			}
			if r := getJob(t, d, id); r.Status != job.StatusDone || r.Attempts != 2 {
				t.Fatalf("reclaimed job: %+v", r)
			}
		})

		t.Run("ExpiredLeaseOnTheLastAttemptFails", func(t *testing.T) {
			clk := newClock()
			var runs counter
			q := newQueue(t, d, clk, job.Options{Lease: lease})
			q.Register("poison", runs.handler(nil))
			id := enqueue(t, d, clk, job.Job{Kind: "poison", MaxAttempts: 1})
			crash(t, d, clk, id, lease)
			clk.Advance(lease + time.Second)
			runUntilIdle(t, q)
			r := getJob(t, d, id)
			if runs.get() != 0 || r.Status != job.StatusFailed || !strings.Contains(r.LastError, "lease expired") || !r.FinishedAt.Valid {
				t.Fatalf("runs %d, job %+v; want failed without running", runs.get(), r)
			}
		})

		t.Run("FinishAfterLosingTheLeaseIsIgnored", func(t *testing.T) {
			clk := newClock()
			started, release := make(chan struct{}), make(chan struct{})
			// One worker, so the stale queue does not claim the job again
			// itself once the lease expires.
			stale := newQueue(t, d, clk, job.Options{Lease: lease, Workers: 1})
			stale.Register("export.studio", func(context.Context, []byte) error {
				close(started)
				<-release
				return errors.New("stale worker's late failure")
			})
			fresh := newQueue(t, d, clk, job.Options{Lease: lease})
			var runs counter
			fresh.Register("export.studio", runs.handler(nil))
			id := enqueue(t, d, clk, job.Job{Kind: "export.studio"})

			staleDone := make(chan int)
			go func() {
				n, _ := stale.RunUntilIdle(context.Background())
				staleDone <- n
			}()
			<-started
			clk.Advance(lease + time.Second)
			if n := runUntilIdle(t, fresh); n != 1 {
				t.Fatalf("fresh worker ran %d jobs, want the reclaimed one", n)
			}
			close(release)
			if n := <-staleDone; n != 1 {
				t.Fatalf("stale worker ran %d jobs, want 1", n)
			}
			if r := getJob(t, d, id); r.Status != job.StatusDone || r.Attempts != 2 || r.LastError != "lease expired: the worker stopped before finishing" {
				t.Fatalf("job after the stale finish: %+v", r)
			}
		})
	})
}
