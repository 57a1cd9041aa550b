package app

import (
	"net/http"

	"github.com/charmory/charmory/internal/api"
	"github.com/charmory/charmory/internal/web"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// routes is the one routes table: operations endpoints here, then the web
// UI and the JSON API register theirs; middleware wraps the whole mux.
func (a *App) routes() (http.Handler, error) {
	mux := http.NewServeMux()
	reg := a.metrics
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	m := newMetrics(reg)

	mux.HandleFunc("GET /healthz", a.healthz)
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))

	w, err := web.New(web.Deps{Log: a.Log, Catalog: a.Catalog, Accounts: a.Accounts, Collection: a.Collection, Styling: a.Styling, SecureCookie: a.Config.SecureCookie, Demo: a.demo})
	if err != nil {
		return nil, err
	}
	w.Register(mux)
	api, err := api.New(api.Deps{Log: a.Log, Catalog: a.Catalog, Accounts: a.Accounts, Collection: a.Collection, Styling: a.Styling, UploadMaxBytes: a.Config.UploadBytes})
	if err != nil {
		return nil, err
	}
	api.Register(mux)

	var h http.Handler = mux
	h = http.NewCrossOriginProtection().Handler(h)
	h = limitBody(a.Config.MaxBodyBytes, a.Config.UploadBytes, h)
	h = securityHeaders(h)
	h = m.instrument(h)
	h = a.recoverer(h)
	h = a.logRequests(h)
	return h, nil
}

// healthz answers 200 once the server is ready and the database answers.
func (a *App) healthz(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	if !a.isReady() {
		http.Error(w, "starting", http.StatusServiceUnavailable)
		return
	}
	if err := a.DB.R.PingContext(r.Context()); err != nil {
		a.Log.Error("health check: database", "err", err)
		http.Error(w, "database unavailable", http.StatusServiceUnavailable)
		return
	}
	w.Write([]byte("ok\n"))
}
