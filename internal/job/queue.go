package job

import (
	"context"
	crand "crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"os"
	"sync"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/prometheus/client_golang/prometheus"
)

// Handler runs one job. It gets the job's JSON payload and a context that
// ends at the queue's Timeout or when a stopping queue gives up waiting.
// It may run more than once for the same job (at-least-once delivery), so
// it must be idempotent. Returning Permanent(err) fails the job at once.
type Handler func(ctx context.Context, payload []byte) error

// Options tune a Queue. Zero fields take the defaults noted.
type Options struct {
	Workers      int           // jobs run at once by this queue (2)
	Lease        time.Duration // how long a claim reserves a job (5m)
	Timeout      time.Duration // a handler's time limit, below Lease (Lease - Lease/5)
	PollInterval time.Duration // wait between claims when idle (1s)
	StopTimeout  time.Duration // how long Run waits for running jobs on stop (10s)
	BackoffBase  time.Duration // delay before the first retry (10s)
	BackoffMax   time.Duration // longest delay between retries (1h)
	Retention    time.Duration // how long done and failed jobs are kept (7 days)

	Clock      func() time.Time      // time source (time.Now)
	Rand       rand.Source           // jitter source, used under a lock (seeded from crypto/rand)
	Log        *slog.Logger          // (slog.Default())
	Registerer prometheus.Registerer // where to register metrics (none)
}

func (o *Options) defaults() {
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	if o.Workers <= 0 {
		o.Workers = 2
	}
	def(&o.Lease, 5*time.Minute)
	def(&o.Timeout, o.Lease-o.Lease/5)
	def(&o.PollInterval, time.Second)
	def(&o.StopTimeout, 10*time.Second)
	def(&o.BackoffBase, 10*time.Second)
	def(&o.BackoffMax, time.Hour)
	def(&o.Retention, 7*24*time.Hour)
	if o.Clock == nil {
		o.Clock = time.Now
	}
	if o.Rand == nil {
		var seed [32]byte
		crand.Read(seed[:])
		o.Rand = rand.NewChaCha8(seed)
	}
	if o.Log == nil {
		o.Log = slog.Default()
	}
}

// Queue runs the jobs of the kinds registered on it. Several queues, in one
// process or many, may share a database: each job is claimed by one of
// them at a time.
type Queue struct {
	db      *db.DB
	opt     Options
	worker  string // locked_by of this queue's claims
	metrics *metrics

	mu       sync.Mutex
	handlers map[string]Handler
	kinds    []string // registered kinds, in registration order
	periodic []*schedule
	started  bool

	randMu sync.Mutex
	rand   *rand.Rand

	// When maintenance is next due, on the queue's clock.
	maintMu     sync.Mutex
	nextReclaim time.Time
	nextPrune   time.Time
}

// New builds a queue on d. It fails when Timeout is not below Lease (a
// handler could still run after its job was handed to another worker) or
// when the metrics cannot be registered.
func New(d *db.DB, o Options) (*Queue, error) {
	o.defaults()
	if o.Timeout >= o.Lease {
		return nil, fmt.Errorf("job queue: timeout %s must be shorter than the lease %s", o.Timeout, o.Lease)
	}
	q := &Queue{
		db:       d,
		opt:      o,
		worker:   workerID(),
		handlers: map[string]Handler{},
		rand:     rand.New(o.Rand),
	}
	m, err := newMetrics(o.Registerer)
	if err != nil {
		return nil, err
	}
	q.metrics = m
	return q, nil
}

// workerID names this queue in locked_by: host and process for operators,
// and a random suffix so two queues of one process differ.
func workerID() string {
	host, _ := os.Hostname()
	var b [4]byte
	crand.Read(b[:])
	return fmt.Sprintf("%s:%d:%s", host, os.Getpid(), hex.EncodeToString(b[:]))
}

// Register makes the queue run jobs of kind with h. Like http.Handle it
// panics on programming errors: an empty kind, a nil handler, a kind
// registered twice, or a call after Run or Drain started.
func (q *Queue) Register(kind string, h Handler) {
	q.mu.Lock()
	defer q.mu.Unlock()
	switch {
	case kind == "":
		panic("job: Register with an empty kind")
	case h == nil:
		panic("job: Register " + kind + " with a nil handler")
	case q.handlers[kind] != nil:
		panic("job: kind " + kind + " registered twice")
	case q.started:
		panic("job: Register " + kind + " after the queue started")
	}
	q.handlers[kind] = h
	q.kinds = append(q.kinds, kind)
}

// handler returns the handler of kind; claims only ask for registered
// kinds, so it is always found.
func (q *Queue) handler(kind string) Handler {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.handlers[kind]
}

// now reads the queue's clock in UTC at the precision both engines store.
func (q *Queue) now() time.Time {
	return q.opt.Clock().UTC().Truncate(time.Microsecond)
}

// start freezes registration and returns the kinds to claim.
func (q *Queue) start() []string {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.started = true
	return append([]string(nil), q.kinds...)
}
