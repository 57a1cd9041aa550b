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
	"github.com/prometheus/client_golang/prometheus"
)

func TestRetry(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		t.Run("RetriesWithBackoffThenFails", func(t *testing.T) {
			clk := newClock()
			var runs counter
			q := newQueue(t, d, clk, job.Options{BackoffBase: time.Minute, BackoffMax: time.Hour})
			q.Register("notify.email", runs.handler(errors.New("smtp: connection refused")))
			id := enqueue(t, d, clk, job.Job{Kind: "notify.email", MaxAttempts: 3})

			for attempt, base := range []time.Duration{time.Minute, 2 * time.Minute} {
				failedAt := clk.Now()
				if n := runUntilIdle(t, q); n != 1 {
					t.Fatalf("attempt %d: ran %d jobs, want 1", attempt+1, n)
				}
				r := getJob(t, d, id)
				delay := r.RunAt.Sub(failedAt)
				if r.Status != job.StatusQueued || r.Attempts != attempt+1 || delay < base || delay > base+base/2 {
					t.Fatalf("after attempt %d: status %s attempts %d retry in %s, want queued, %d, in [%s, %s]",
						attempt+1, r.Status, r.Attempts, delay, attempt+1, base, base+base/2)
				}
				if r.LastError != "smtp: connection refused" || r.LeaseUntil.Valid || r.FinishedAt.Valid {
					t.Fatalf("after attempt %d: %+v", attempt+1, r)
				}
				clk.Advance(delay - time.Second)
				if n := runUntilIdle(t, q); n != 0 {
					t.Fatalf("retry %d ran before its backoff ended", attempt+1)
				}
				clk.Advance(time.Second)
			}
			if n := runUntilIdle(t, q); n != 1 {
				t.Fatalf("last attempt: ran %d jobs, want 1", n)
			}
			r := getJob(t, d, id)
			if r.Status != job.StatusFailed || r.Attempts != 3 || r.LastError != "smtp: connection refused" || !r.FinishedAt.Valid {
				t.Fatalf("after the last attempt: %+v", r)
			}
			clk.Advance(24 * time.Hour)
			if n := runUntilIdle(t, q); n != 0 || runs.get() != 3 {
				t.Fatalf("failed job ran again: %d runs", runs.get())
			}
		})

		t.Run("PermanentFailsAtOnce", func(t *testing.T) {
			clk := newClock()
			var runs counter
			q := newQueue(t, d, clk, job.Options{})
			q.Register("import.row", runs.handler(job.Permanent(errors.New("payload: unknown charm"))))
			id := enqueue(t, d, clk, job.Job{Kind: "import.row", MaxAttempts: 5})
			runUntilIdle(t, q)
			clk.Advance(24 * time.Hour)
			runUntilIdle(t, q)
			r := getJob(t, d, id)
			if runs.get() != 1 || r.Status != job.StatusFailed || r.Attempts != 1 || r.LastError != "payload: unknown charm" {
				t.Fatalf("runs %d, job %+v; want one run, failed", runs.get(), r)
			}
		})

		t.Run("PanicIsARetriedFailure", func(t *testing.T) {
			clk := newClock()
			q := newQueue(t, d, clk, job.Options{})
			q.Register("panics", func(context.Context, []byte) error { panic("nil map") })
			id := enqueue(t, d, clk, job.Job{Kind: "panics"})
			runUntilIdle(t, q)
			if r := getJob(t, d, id); r.Status != job.StatusQueued || r.LastError != "panic: nil map" {
				t.Fatalf("after a panic: %+v", r)
			}
		})

		t.Run("TimeoutIsARetriedFailure", func(t *testing.T) {
			clk := newClock()
			q := newQueue(t, d, clk, job.Options{Timeout: time.Millisecond, Lease: time.Minute})
			q.Register("slow", func(ctx context.Context, _ []byte) error {
				<-ctx.Done()
				return ctx.Err()
			})
			id := enqueue(t, d, clk, job.Job{Kind: "slow"})
			runUntilIdle(t, q)
			if r := getJob(t, d, id); r.Status != job.StatusQueued || r.Attempts != 1 || !strings.HasPrefix(r.LastError, "timed out after 1ms") {
				t.Fatalf("after a timeout: %+v", r)
			}
		})

		t.Run("MetricsCountOutcomes", func(t *testing.T) {
			clk := newClock()
			reg := prometheus.NewRegistry()
			q := newQueue(t, d, clk, job.Options{Registerer: reg})
			q.Register("metered.ok", (&counter{}).handler(nil))
			q.Register("metered.bad", (&counter{}).handler(job.Permanent(errors.New("no"))))
			enqueue(t, d, clk, job.Job{Kind: "metered.ok"})
			enqueue(t, d, clk, job.Job{Kind: "metered.ok"})
			enqueue(t, d, clk, job.Job{Kind: "metered.bad"})
			runUntilIdle(t, q)
			got := map[string]float64{}
			families, err := reg.Gather()
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range families {
				if f.GetName() != "charmory_jobs_total" {
					continue
				}
				for _, m := range f.GetMetric() {
					labels := map[string]string{}
					for _, l := range m.GetLabel() {
						labels[l.GetName()] = l.GetValue()
					}
					got[labels["kind"]+"/"+labels["outcome"]] = m.GetCounter().GetValue()
				}
			}
			if got["metered.ok/done"] != 2 || got["metered.bad/failed"] != 1 || len(got) != 2 {
				t.Fatalf("charmory_jobs_total = %v", got)
			}
		})
	})
}

func TestNewRefusesATimeoutAsLongAsTheLease(t *testing.T) {
	d := dbtest.MustOpen(t, db.SQLite)
	if _, err := job.New(d, job.Options{Lease: time.Minute, Timeout: time.Minute}); err == nil {
		t.Fatal("New accepted a handler timeout equal to the lease")
	}
}
