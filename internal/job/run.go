package job

import (
	"context"
	"fmt"
	"time"
)

// abandonGrace is how long a stopping queue waits, after interrupting its
// jobs, for their handlers to return. A handler that ignores its context
// is left behind; its lease expires and the job runs again elsewhere.
const abandonGrace = 5 * time.Second

// pool tracks the jobs one Run or RunUntilIdle is running. Only the loop
// that owns it touches running; each job reports its end on finished.
type pool struct {
	size     int
	running  int
	finished chan struct{} // one send per ended job; never blocks
	ctx      context.Context
	cancel   context.CancelFunc
}

func newPool(base context.Context, size int) *pool {
	ctx, cancel := context.WithCancel(base)
	return &pool{size: size, finished: make(chan struct{}, size), ctx: ctx, cancel: cancel}
}

// free collects ended jobs and returns the number of idle workers.
func (p *pool) free() int {
	for {
		select {
		case <-p.finished:
			p.running--
		default:
			return p.size - p.running
		}
	}
}

// launch runs c on a new goroutine.
func (q *Queue) launch(p *pool, c claim) {
	p.running++
	go func() {
		defer func() { p.finished <- struct{}{} }()
		q.execute(p.ctx, c)
	}()
}

// Run claims and runs due jobs with Workers at a time until ctx ends, then
// stops claiming and waits up to StopTimeout for running jobs. Jobs still
// running then are interrupted and go back to the queue without using an
// attempt. Run returns nil after a clean stop, or an error when a handler
// ignored the interruption. Database errors are logged and retried at the
// next poll.
func (q *Queue) Run(ctx context.Context) error {
	kinds := q.start()
	q.opt.Log.InfoContext(ctx, "job queue running", "workers", q.opt.Workers, "kinds", kinds, "worker", q.worker)
	// Handlers do not see ctx end: a stop lets them finish first.
	p := newPool(context.WithoutCancel(ctx), q.opt.Workers)
	defer p.cancel()
	timer := time.NewTimer(q.opt.PollInterval)
	defer timer.Stop()
	for {
		n, free, err := q.step(ctx, kinds, p)
		if err != nil && ctx.Err() == nil {
			q.opt.Log.ErrorContext(ctx, "job queue", "err", err)
		}
		var slot <-chan struct{}
		var tick <-chan time.Time
		if err == nil && n == free {
			// Every worker is busy: more jobs may be due, claim as soon
			// as one ends.
			slot = p.finished
		} else {
			timer.Reset(q.opt.PollInterval)
			tick = timer.C
		}
		select {
		case <-ctx.Done():
			return q.stop(p)
		case <-slot:
			p.running--
		case <-tick:
		}
	}
}

// step does the periodic maintenance and claims jobs for the idle workers.
// It returns the number claimed and the number of idle workers before.
func (q *Queue) step(ctx context.Context, kinds []string, p *pool) (int, int, error) {
	if err := q.maintain(ctx, false); err != nil {
		return 0, 0, err
	}
	free := p.free()
	cs, err := q.claim(ctx, kinds, free)
	for _, c := range cs {
		q.launch(p, c)
	}
	return len(cs), free, err
}

// stop waits for the pool's jobs up to StopTimeout, then interrupts them
// and waits a short grace for their handlers to return.
func (q *Queue) stop(p *pool) error {
	deadline := time.NewTimer(q.opt.StopTimeout)
	defer deadline.Stop()
	for p.free() < p.size {
		select {
		case <-p.finished:
			p.running--
		case <-deadline.C:
			q.opt.Log.Warn("job queue stop timeout: interrupting running jobs", "jobs", p.running)
			p.cancel()
			return q.abandon(p)
		}
	}
	return nil
}

// abandon waits abandonGrace for interrupted jobs to return.
func (q *Queue) abandon(p *pool) error {
	grace := time.NewTimer(abandonGrace)
	defer grace.Stop()
	for p.free() < p.size {
		select {
		case <-p.finished:
			p.running--
		case <-grace.C:
			return fmt.Errorf("job queue: %d jobs ignored the stop; they will run again when their lease expires", p.running)
		}
	}
	return nil
}

// RunUntilIdle runs due jobs with Workers at a time until none is due and
// none is running, and returns how many it ran. It first reclaims expired
// leases, enqueues periodic runs and prunes, as Run does when they are due.
// Tests drive it with an injected Clock; a one-shot command can use it to
// work through a backlog. Ending ctx interrupts the running jobs, which go
// back to the queue.
func (q *Queue) RunUntilIdle(ctx context.Context) (int, error) {
	kinds := q.start()
	p := newPool(ctx, q.opt.Workers)
	defer p.cancel()
	if err := q.maintain(ctx, true); err != nil {
		return 0, err
	}
	total := 0
	for {
		var cs []claim
		err := ctx.Err()
		if err == nil {
			cs, err = q.claim(ctx, kinds, p.free())
		}
		if err != nil {
			p.cancel()
			q.abandon(p)
			return total, err
		}
		for _, c := range cs {
			q.launch(p, c)
		}
		total += len(cs)
		if len(cs) == 0 {
			if p.running == 0 {
				return total, nil
			}
			<-p.finished
			p.running--
		}
	}
}
