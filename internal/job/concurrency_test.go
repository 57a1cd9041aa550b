package job_test

import (
	"context"
	"database/sql"
	"encoding/json"
	"sync"
	"testing"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/job"
)

// secondProcess opens d again the way another server process would: on
// SQLite a separate writer and read pool on the same file, on PostgreSQL
// the pool's connections are separate sessions already.
func secondProcess(t testing.TB, d *db.DB) *db.DB {
	t.Helper()
	if d.Engine != db.SQLite {
		return d
	}
	d2, err := db.Open(context.Background(), d.Path)
	if err != nil {
		t.Fatalf("open %s again: %v", d.Path, err)
	}
	t.Cleanup(func() { d2.Close() })
	return d2
}

// recordRun is a handler that writes one row per run, so the runs can be
// counted per job after the fact.
func recordRun(d *db.DB) job.Handler {
	return func(ctx context.Context, payload []byte) error {
		var p struct{ N int }
		if err := json.Unmarshal(payload, &p); err != nil {
			return job.Permanent(err)
		}
		return d.Tx(ctx, func(tx *sql.Tx) error {
			_, err := tx.ExecContext(ctx, `INSERT INTO job_runs (n) VALUES ($1)`, p.N)
			return err
		})
	}
}

func TestTwoProcessesRunEveryJobExactlyOnce(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		const jobs, workers = 200, 4
		ctx := context.Background()
		if _, err := d.W.ExecContext(ctx, `CREATE TABLE job_runs (n INTEGER NOT NULL)`); err != nil {
			t.Fatal(err)
		}
		err := d.Tx(ctx, func(tx *sql.Tx) error {
			for i := range jobs {
				if _, err := job.Enqueue(ctx, tx, job.Job{Kind: "count.run", Payload: map[string]int{"N": i}}); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}

		procs := []*db.DB{d, secondProcess(t, d)}
		ran := make([]int, len(procs))
		var wg sync.WaitGroup
		for i, pd := range procs {
			q := newQueue(t, pd, nil, job.Options{Workers: workers})
			q.Register("count.run", recordRun(pd))
			wg.Go(func() {
				n, err := q.RunUntilIdle(ctx)
				if err != nil {
					t.Errorf("process %d: %v", i, err)
				}
				ran[i] = n
			})
		}
		wg.Wait()

		if ran[0]+ran[1] != jobs {
			t.Fatalf("processes ran %v jobs, want %d in all", ran, jobs)
		}
		if n := count(t, d, `SELECT COUNT(*) FROM job_runs`); n != jobs {
			t.Fatalf("%d runs recorded, want %d", n, jobs)
		}
		if n := count(t, d, `SELECT COUNT(DISTINCT n) FROM job_runs`); n != jobs {
			t.Fatalf("%d distinct jobs ran, want %d", n, jobs)
		}
		if n := count(t, d, `SELECT COUNT(*) FROM jobs WHERE kind = 'count.run' AND status = 'done' AND attempts = 1`); n != jobs {
			t.Fatalf("%d jobs done on the first attempt, want %d", n, jobs)
		}
		t.Logf("%s: the two processes ran %v jobs", d.Engine, ran)
	})
}

// BenchmarkThroughput measures enqueue-to-done throughput of one queue
// with the default workers and a handler that does no work.
func BenchmarkThroughput(b *testing.B) {
	for _, e := range dbtest.Engines() {
		b.Run(string(e), func(b *testing.B) {
			d := dbtest.MustOpen(b, e)
			q := newQueue(b, d, nil, job.Options{Workers: 4})
			q.Register("noop", func(context.Context, []byte) error { return nil })
			ctx := context.Background()
			err := d.Tx(ctx, func(tx *sql.Tx) error {
				for range b.N {
					if _, err := job.Enqueue(ctx, tx, job.Job{Kind: "noop"}); err != nil {
						return err
					}
				}
				return nil
			})
			if err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			if n := runUntilIdle(b, q); n != b.N {
				b.Fatalf("ran %d jobs, want %d", n, b.N)
			}
		})
	}
}
