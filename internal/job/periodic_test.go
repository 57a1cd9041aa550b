package job_test

import (
	"testing"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/job"
)

func TestEvery(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		const kind = "account.purge"
		clk := newClock() // 10:03
		var runs counter
		// Two queues on one database stand for two server processes.
		procs := make([]*job.Queue, 2)
		for i := range procs {
			procs[i] = newQueue(t, d, clk, job.Options{})
			procs[i].Register(kind, runs.handler(nil))
			procs[i].Every(kind, 10*time.Minute)
		}
		steps := []struct {
			name    string
			advance time.Duration
			runs    int // total handler runs after both processes ran until idle
		}{
			{"StartMidPeriodRunsTheCurrentPeriod", 0, 1},
			{"SamePeriodDoesNotRunAgain", 5 * time.Minute, 1},        // 10:08
			{"NextPeriodRunsOnce", 2 * time.Minute, 2},               // 10:10
			{"SkippedPeriodsRunOnlyTheCurrent", 30 * time.Minute, 3}, // 10:40
		}
		for _, s := range steps {
			t.Run(s.name, func(t *testing.T) {
				clk.Advance(s.advance)
				for _, q := range procs {
					runUntilIdle(t, q)
				}
				if runs.get() != s.runs {
					t.Fatalf("%d runs at %s, want %d", runs.get(), clk.Now().Format("15:04"), s.runs)
				}
			})
		}
		t.Run("ARestartedProcessDoesNotRunAFinishedPeriod", func(t *testing.T) {
			restarted := newQueue(t, d, clk, job.Options{})
			restarted.Register(kind, runs.handler(nil))
			restarted.Every(kind, 10*time.Minute)
			if n := runUntilIdle(t, restarted); n != 0 {
				t.Fatalf("restarted process ran %d jobs", n)
			}
		})
		t.Run("EachPeriodHasItsKey", func(t *testing.T) {
			for _, at := range []string{"10:00", "10:10", "10:40"} {
				start, _ := time.Parse("2006-01-02 15:04", "2026-03-01 "+at)
				if n := count(t, d, `SELECT COUNT(*) FROM jobs WHERE unique_key = $1 AND status = 'done'`, job.PeriodKey(kind, start)); n != 1 {
					t.Errorf("period %s: %d done jobs, want 1", at, n)
				}
			}
		})
	})
}

func TestEveryRefusesMistakes(t *testing.T) {
	d := dbtest.MustOpen(t, db.SQLite)
	for name, call := range map[string]func(q *job.Queue){
		"UnregisteredKind":   func(q *job.Queue) { q.Every("nope", time.Minute) },
		"ZeroInterval":       func(q *job.Queue) { q.Every("k", 0) },
		"BeyondTheRetention": func(q *job.Queue) { q.Every("k", 30*24*time.Hour) },
		"Twice":              func(q *job.Queue) { q.Every("k", time.Minute); q.Every("k", time.Hour) },
	} {
		t.Run(name, func(t *testing.T) {
			q := newQueue(t, d, nil, job.Options{})
			q.Register("k", (&counter{}).handler(nil))
			defer func() {
				if recover() == nil {
					t.Fatal("no panic")
				}
			}()
			call(q)
		})
	}
}
