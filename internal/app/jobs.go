package app

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/charmory/charmory/internal/collection"

	"github.com/charmory/charmory/internal/job"
	"github.com/prometheus/client_golang/prometheus"
)

// Job kinds this process runs. A kind's name is stored with each job, so
// renaming one strands the jobs already queued under the old name.
const (
	jobAccountPurge = "account.purge"
)

// newJobs builds the job queue and registers every kind with its handler
// and, for maintenance, its period.
func (a *App) newJobs(reg prometheus.Registerer) (*job.Queue, error) {
	q, err := job.New(a.DB, job.Options{
		Workers:     a.Config.JobWorkers,
		StopTimeout: a.Config.ShutdownWait,
		Log:         a.Log,
		Registerer:  reg,
	})
	if err != nil {
		return nil, err
	}
	// Expired sessions and old login attempts; logins also purge now and
	// then, but a quiet site needs the job.
	q.Register(jobAccountPurge, func(ctx context.Context, _ []byte) error {
		return a.Accounts.PurgeExpired(ctx)
	})
	q.Every(jobAccountPurge, 10*time.Minute)

	// Thumbnails of uploaded photos, enqueued with the upload.
	q.Register(collection.JobThumbnail, func(ctx context.Context, payload []byte) error {
		var p struct {
			PhotoID int64 `json:"photo_id"`
		}
		if err := json.Unmarshal(payload, &p); err != nil || p.PhotoID == 0 {
			return job.Permanent(fmt.Errorf("thumbnail payload %q: %v", payload, err))
		}
		return a.Collection.MakeThumbnail(ctx, p.PhotoID)
	})
	// Value snapshots: the run replaces this month's snapshot, so the last
	// run of a month is what the chart keeps for it.
	q.Register(collection.JobSnapshots, func(ctx context.Context, _ []byte) error {
		return a.Collection.SnapshotAll(ctx)
	})
	q.Every(collection.JobSnapshots, 24*time.Hour)
	return q, nil
}

// startJobs runs the queue's workers until ctx ends or the returned stop
// is called; stop waits for them to finish (up to ShutdownWait).
func (a *App) startJobs(ctx context.Context) (stop func()) {
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := a.Jobs.Run(ctx); err != nil {
			a.Log.Error("job queue stopped", "err", err)
		}
	}()
	return func() {
		cancel()
		<-done
	}
}
