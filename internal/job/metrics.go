package job

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// metrics counts runs per kind and outcome. A nil *metrics (no Registerer
// given) records nothing.
type metrics struct {
	runs     *prometheus.CounterVec
	duration *prometheus.HistogramVec
	running  prometheus.Gauge
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	if reg == nil {
		return nil, nil
	}
	m := &metrics{
		runs: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "charmory_jobs_total",
			Help: "Job runs by kind and outcome (done, retry, failed, interrupted).",
		}, []string{"kind", "outcome"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "charmory_job_duration_seconds",
			Help:    "Time a job's handler ran, by kind.",
			Buckets: []float64{.005, .025, .1, .5, 1, 5, 15, 60, 300},
		}, []string{"kind"}),
		running: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "charmory_jobs_running",
			Help: "Jobs this process is running now.",
		}),
	}
	for _, c := range []prometheus.Collector{m.runs, m.duration, m.running} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}

func (m *metrics) started() {
	if m != nil {
		m.running.Inc()
	}
}

func (m *metrics) finished(kind, outcome string, d time.Duration) {
	if m == nil {
		return
	}
	m.running.Dec()
	m.runs.WithLabelValues(kind, outcome).Inc()
	m.duration.WithLabelValues(kind).Observe(d.Seconds())
}
