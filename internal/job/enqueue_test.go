package job_test

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/job"
)

type thumbPayload struct {
	ImageID int64  `json:"image_id"`
	Size    string `json:"size"`
}

func TestEnqueue(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()

		t.Run("RolledBackTransactionLeavesNoJob", func(t *testing.T) {
			businessErr := errors.New("listing refused")
			err := d.Tx(ctx, func(tx *sql.Tx) error {
				if _, err := job.Enqueue(ctx, tx, job.Job{Kind: "rollback.kind"}); err != nil {
					return err
				}
				return businessErr
			})
			if !errors.Is(err, businessErr) {
				t.Fatalf("tx: %v", err)
			}
			if n := count(t, d, `SELECT COUNT(*) FROM jobs WHERE kind = $1`, "rollback.kind"); n != 0 {
				t.Fatalf("%d jobs after rollback, want 0", n)
			}
			var runs counter
			q := newQueue(t, d, nil, job.Options{})
			q.Register("rollback.kind", runs.handler(nil))
			if n := runUntilIdle(t, q); n != 0 || runs.get() != 0 {
				t.Fatalf("ran %d jobs (handler %d), want none", n, runs.get())
			}
		})

		t.Run("CommittedJobRunsOnceWithItsPayload", func(t *testing.T) {
			want := thumbPayload{ImageID: 42, Size: "card"}
			var id int64
			err := d.Tx(ctx, func(tx *sql.Tx) error {
				var err error
				id, err = job.Enqueue(ctx, tx, job.Job{Kind: "image.thumbnail", Payload: want})
				return err
			})
			if err != nil || id == 0 {
				t.Fatalf("enqueue: id %d, %v", id, err)
			}
			var got []thumbPayload
			q := newQueue(t, d, nil, job.Options{})
			q.Register("image.thumbnail", func(_ context.Context, payload []byte) error {
				var p thumbPayload
				if err := json.Unmarshal(payload, &p); err != nil {
					return job.Permanent(err)
				}
				got = append(got, p)
				return nil
			})
			if n := runUntilIdle(t, q); n != 1 {
				t.Fatalf("ran %d jobs, want 1", n)
			}
			if len(got) != 1 || got[0] != want {
				t.Fatalf("handler got %+v, want [%+v]", got, want)
			}
			r := getJob(t, d, id)
			if r.Status != job.StatusDone || r.Attempts != 1 || !r.FinishedAt.Valid || r.LeaseUntil.Valid || r.LockedBy != "" {
				t.Fatalf("job after run: %+v", r)
			}
			if n := runUntilIdle(t, q); n != 0 {
				t.Fatalf("second pass ran %d jobs, want 0", n)
			}
		})

		t.Run("FutureJobWaitsForItsTime", func(t *testing.T) {
			clk := newClock()
			id := enqueue(t, d, clk, job.Job{Kind: "later.kind", RunAt: clk.Now().Add(time.Hour)})
			var runs counter
			q := newQueue(t, d, clk, job.Options{})
			q.Register("later.kind", runs.handler(nil))
			if n := runUntilIdle(t, q); n != 0 {
				t.Fatalf("ran %d jobs before their time", n)
			}
			clk.Advance(time.Hour)
			if n := runUntilIdle(t, q); n != 1 || getJob(t, d, id).Status != job.StatusDone {
				t.Fatalf("ran %d jobs at their time, status %s", n, getJob(t, d, id).Status)
			}
		})

		t.Run("UnregisteredKindsAreLeftForOtherProcesses", func(t *testing.T) {
			id := enqueue(t, d, nil, job.Job{Kind: "other.version.kind"})
			q := newQueue(t, d, nil, job.Options{})
			q.Register("mine.kind", (&counter{}).handler(nil))
			runUntilIdle(t, q)
			if r := getJob(t, d, id); r.Status != job.StatusQueued || r.Attempts != 0 {
				t.Fatalf("foreign job touched: %+v", r)
			}
		})

		t.Run("InvalidJobIsRefused", func(t *testing.T) {
			for name, j := range map[string]job.Job{
				"NoKind":           {Payload: 1},
				"NegativeAttempts": {Kind: "x", MaxAttempts: -1},
				"PayloadNotJSON":   {Kind: "x", Payload: make(chan int)},
			} {
				err := d.Tx(ctx, func(tx *sql.Tx) error {
					_, err := job.Enqueue(ctx, tx, j)
					return err
				})
				if !errs.Is(err, errs.Invalid) {
					t.Errorf("%s: got %v, want invalid", name, err)
				}
			}
		})
	})
}

func TestUniqueKey(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		clk := newClock()
		var runs counter
		q := newQueue(t, d, clk, job.Options{Retention: 24 * time.Hour})
		q.Register("studio.export", runs.handler(nil))
		j := job.Job{Kind: "studio.export", Payload: map[string]int{"studio": 7}, UniqueKey: "studio.export:7"}

		first := enqueue(t, d, clk, j)
		if first == 0 {
			t.Fatal("first enqueue returned id 0")
		}
		t.Run("DuplicateWhileQueuedIsANoOp", func(t *testing.T) {
			if id := enqueue(t, d, clk, j); id != 0 {
				t.Fatalf("duplicate got id %d, want 0", id)
			}
		})
		t.Run("DuplicateInOneTransactionIsANoOp", func(t *testing.T) {
			ctx := context.Background()
			err := d.Tx(ctx, func(tx *sql.Tx) error {
				for range 2 {
					if id, err := job.Enqueue(ctx, tx, j); err != nil || id != 0 {
						t.Errorf("duplicate in tx: id %d, %v", id, err)
					}
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
		})
		t.Run("RunsOnce", func(t *testing.T) {
			if n := runUntilIdle(t, q); n != 1 || runs.get() != 1 {
				t.Fatalf("ran %d (handler %d), want 1", n, runs.get())
			}
			if n := count(t, d, `SELECT COUNT(*) FROM jobs WHERE unique_key = $1`, j.UniqueKey); n != 1 {
				t.Fatalf("%d rows with the key, want 1", n)
			}
		})
		t.Run("DuplicateOfAFinishedJobIsANoOpUntilPruned", func(t *testing.T) {
			if id := enqueue(t, d, clk, j); id != 0 {
				t.Fatalf("duplicate of a done job got id %d, want 0", id)
			}
			clk.Advance(25 * time.Hour)
			runUntilIdle(t, q) // prunes jobs finished before the retention
			if n := count(t, d, `SELECT COUNT(*) FROM jobs WHERE id = $1`, first); n != 0 {
				t.Fatalf("finished job not pruned after the retention")
			}
			if id := enqueue(t, d, clk, j); id == 0 {
				t.Fatal("key still taken after the prune")
			}
		})
	})
}
