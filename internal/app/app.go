// Package app wires Charmory together: configuration, the database, the
// capability services and the HTTP server with its routes and middleware.
package app

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/collection/photo"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/demo"
	"github.com/charmory/charmory/internal/job"
	"github.com/charmory/charmory/internal/styling"
	"github.com/prometheus/client_golang/prometheus"
)

// App is one running Charmory process.
type App struct {
	Config     Config
	Log        *slog.Logger
	DB         *db.DB
	Catalog    *catalog.Service
	Accounts   *account.Service
	Collection *collection.Service
	Styling    *styling.Service
	Jobs       *job.Queue // long and periodic work; see jobs.go

	metrics *prometheus.Registry // served on /metrics
	handler http.Handler
	ready   chan struct{}
	demo    bool // the database holds the generated demo data set
}

// NewLogger builds the structured logger the config asks for.
func NewLogger(c Config) *slog.Logger {
	var level slog.Level
	if err := level.UnmarshalText([]byte(c.LogLevel)); err != nil {
		level = slog.LevelInfo
	}
	opts := &slog.HandlerOptions{Level: level}
	if c.LogFormat == "text" {
		return slog.New(slog.NewTextHandler(os.Stderr, opts))
	}
	return slog.New(slog.NewJSONHandler(os.Stderr, opts))
}

// Open opens and migrates the configured database.
func Open(ctx context.Context, c Config) (*db.DB, error) {
	d, err := db.Open(ctx, c.DatabaseTarget())
	if err != nil {
		return nil, err
	}
	if err := d.Migrate(ctx); err != nil {
		d.Close()
		return nil, err
	}
	return d, nil
}

// New opens the database, loads demo data on a first start unless told not
// to, and builds the services and the HTTP handler.
func New(ctx context.Context, c Config, log *slog.Logger) (*App, error) {
	if log == nil {
		log = NewLogger(c)
	}
	d, err := Open(ctx, c)
	if err != nil {
		return nil, err
	}
	a := &App{Config: c, Log: log, DB: d, ready: make(chan struct{}), metrics: prometheus.NewRegistry()}
	if !c.NoDemo {
		loaded, err := demo.EnsureLoaded(ctx, d, demo.Options{Seed: c.DemoSeed})
		if err != nil {
			d.Close()
			return nil, fmt.Errorf("demo data: %w", err)
		}
		if loaded {
			log.Info("loaded demo data", "seed", c.DemoSeed)
		}
	}
	if a.demo, err = demo.IsDemo(ctx, d); err != nil {
		d.Close()
		return nil, fmt.Errorf("demo flag: %w", err)
	}
	a.Catalog = catalog.NewService(d, nil)
	a.Catalog.SetLogger(log)
	a.Accounts = account.NewService(d, nil)
	photos := photo.NewStore(filepath.Join(c.DataDir, "photos"))
	a.Collection = collection.NewService(d, a.Catalog, photos, nil)
	a.Collection.SetLogger(log)
	a.Styling = styling.NewService(d, a.Catalog, a.Collection, photos, nil)
	a.Styling.SetLogger(log)
	if a.Jobs, err = a.newJobs(a.metrics); err != nil {
		d.Close()
		return nil, fmt.Errorf("job queue: %w", err)
	}
	h, err := a.routes()
	if err != nil {
		d.Close()
		return nil, err
	}
	a.handler = h
	return a, nil
}

// Handler returns the root HTTP handler (for in-process tests).
func (a *App) Handler() http.Handler { return a.handler }

// Run serves HTTP on the configured address until ctx ends, then shuts down
// gracefully.
func (a *App) Run(ctx context.Context) error {
	ln, err := net.Listen("tcp", a.Config.Addr)
	if err != nil {
		return err
	}
	return a.Serve(ctx, ln)
}

// Serve is Run on an existing listener.
func (a *App) Serve(ctx context.Context, ln net.Listener) error {
	start := time.Now()
	if err := a.Catalog.Start(ctx); err != nil {
		return fmt.Errorf("catalog index: %w", err)
	}
	stopJobs := a.startJobs(ctx)
	defer stopJobs() // after the HTTP shutdown; the queue began stopping with ctx
	srv := &http.Server{
		Handler:           a.handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(a.Log.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	close(a.ready)
	a.Log.Info("charmory is listening", "addr", "http://"+ln.Addr().String(), "database", a.DB.Engine, "startup", time.Since(start).String())
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	a.Log.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), a.Config.ShutdownWait)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return err
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// Close releases the database.
func (a *App) Close() error { return a.DB.Close() }

func (a *App) isReady() bool {
	select {
	case <-a.ready:
		return true
	default:
		return false
	}
}
