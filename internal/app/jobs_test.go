package app

import (
	"context"
	"testing"
	"time"
)

func TestJobs(t *testing.T) {
	c := DefaultConfig()
	c.DataDir = t.TempDir()
	c.NoDemo = true
	c.LogLevel = "error"
	ctx := context.Background()
	a, err := New(ctx, c, nil)
	if err != nil {
		t.Fatalf("new app: %v", err)
	}
	defer a.Close()

	t.Run("PeriodicJobsRun", func(t *testing.T) {
		now := time.Now().UTC()
		_, err := a.DB.W.ExecContext(ctx, `INSERT INTO users (id, username, email, password_hash, created_at) VALUES (1, 'mei', 'mei@example.com', 'x', $1)`, now)
		if err != nil {
			t.Fatal(err)
		}
		_, err = a.DB.W.ExecContext(ctx, `INSERT INTO sessions (token_hash, user_id, created_at, expires_at, last_seen_at) VALUES ('expired', 1, $1, $2, $1)`,
			now.Add(-48*time.Hour), now.Add(-time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		n, err := a.Jobs.RunUntilIdle(ctx)
		if err != nil || n != 2 {
			t.Fatalf("ran %d jobs (%v), want the purge and the value snapshots", n, err)
		}
		var sessions, purges, snapshots int
		a.DB.R.QueryRowContext(ctx, `SELECT COUNT(*) FROM sessions`).Scan(&sessions)
		a.DB.R.QueryRowContext(ctx, `SELECT COUNT(*) FROM jobs WHERE kind = 'account.purge' AND status = 'done'`).Scan(&purges)
		a.DB.R.QueryRowContext(ctx, `SELECT COUNT(*) FROM jobs WHERE kind = 'collection.snapshots' AND status = 'done'`).Scan(&snapshots)
		if sessions != 0 || purges != 1 || snapshots != 1 {
			t.Fatalf("%d sessions, %d purge and %d snapshot jobs done, want 0, 1 and 1", sessions, purges, snapshots)
		}
	})

	t.Run("MetricsAreServed", func(t *testing.T) {
		families, err := a.metrics.Gather()
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range families {
			if f.GetName() == "charmory_jobs_running" {
				return
			}
		}
		t.Fatal("charmory_jobs_running is not in the /metrics registry")
	})

	t.Run("WorkersComeFromTheEnvironment", func(t *testing.T) {
		t.Setenv("CHARMORY_JOB_WORKERS", "6")
		c := DefaultConfig()
		if err := c.FromEnv(); err != nil || c.JobWorkers != 6 {
			t.Fatalf("JobWorkers = %d (%v), want 6", c.JobWorkers, err)
		}
		t.Setenv("CHARMORY_JOB_WORKERS", "0")
		if err := c.FromEnv(); err == nil {
			t.Fatal("CHARMORY_JOB_WORKERS=0 accepted")
		}
	})
}
