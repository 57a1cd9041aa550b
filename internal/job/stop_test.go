package job_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/job"
)

// startRun runs q.Run until the returned cancel is called; the channel
// receives Run's result.
func startRun(q *job.Queue) (context.CancelFunc, <-chan error) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- q.Run(ctx) }()
	return cancel, done
}

func TestGracefulStop(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		t.Run("WaitsForRunningJobs", func(t *testing.T) {
			started, release := make(chan struct{}), make(chan struct{})
			q := newQueue(t, d, nil, job.Options{StopTimeout: time.Hour})
			q.Register("render.sheet", func(context.Context, []byte) error {
				close(started)
				<-release
				return nil
			})
			id := enqueue(t, d, nil, job.Job{Kind: "render.sheet"})
			cancel, done := startRun(q)
			<-started
			cancel()
			select {
			case err := <-done:
				t.Fatalf("Run returned (%v) while a job was running", err)
			default:
			}
			close(release)
			if err := <-done; err != nil {
				t.Fatalf("Run: %v", err)
			}
			if r := getJob(t, d, id); r.Status != job.StatusDone {
				t.Fatalf("job after a graceful stop: %+v", r)
			}
		})

		t.Run("InterruptsJobsPastTheDeadlineWithoutUsingAnAttempt", func(t *testing.T) {
			started := make(chan struct{})
			q := newQueue(t, d, nil, job.Options{StopTimeout: time.Nanosecond})
			q.Register("import.feed", func(ctx context.Context, _ []byte) error {
				close(started)
				<-ctx.Done()
				return ctx.Err()
			})
			id := enqueue(t, d, nil, job.Job{Kind: "import.feed"})
			cancel, done := startRun(q)
			<-started
			cancel()
			if err := <-done; err != nil {
				t.Fatalf("Run: %v", err)
			}
			r := getJob(t, d, id)
			if r.Status != job.StatusQueued || r.Attempts != 0 || r.LeaseUntil.Valid || r.LockedBy != "" {
				t.Fatalf("interrupted job: %+v, want queued with no attempt used", r)
			}
		})

		t.Run("EndingRunUntilIdleInterruptsItsJobs", func(t *testing.T) {
			started := make(chan struct{})
			q := newQueue(t, d, nil, job.Options{})
			q.Register("import.catalog", func(ctx context.Context, _ []byte) error {
				close(started)
				<-ctx.Done()
				return ctx.Err()
			})
			id := enqueue(t, d, nil, job.Job{Kind: "import.catalog"})
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan error, 1)
			go func() {
				_, err := q.RunUntilIdle(ctx)
				done <- err
			}()
			<-started
			cancel()
			if err := <-done; !errors.Is(err, context.Canceled) {
				t.Fatalf("RunUntilIdle returned %v, want context.Canceled", err)
			}
			if r := getJob(t, d, id); r.Status != job.StatusQueued || r.Attempts != 0 {
				t.Fatalf("interrupted job: %+v, want queued with no attempt used", r)
			}
		})

		t.Run("RunPicksUpJobsAndStopsWhenIdle", func(t *testing.T) {
			ran := make(chan struct{}, 3)
			q := newQueue(t, d, nil, job.Options{PollInterval: time.Millisecond})
			q.Register("feed.post", func(context.Context, []byte) error {
				ran <- struct{}{}
				return nil
			})
			for range 3 {
				enqueue(t, d, nil, job.Job{Kind: "feed.post"})
			}
			cancel, done := startRun(q)
			for range 3 {
				<-ran
			}
			cancel()
			if err := <-done; err != nil {
				t.Fatalf("Run: %v", err)
			}
			if n := count(t, d, `SELECT COUNT(*) FROM jobs WHERE kind = 'feed.post' AND status = 'done'`); n != 3 {
				t.Fatalf("%d jobs done, want 3", n)
			}
		})
	})
}
