package demo

import (
	"context"
	"os"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/catalog/search"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
)

// EnvBenchCharms sets how many charms BenchmarkCatalogSearch loads.
const EnvBenchCharms = "CHARMORY_BENCH_CHARMS"

// benchQueries are what collectors type: one term and two facets, first
// page of 24 with facet counts.
var benchQueries = []struct {
	name string
	q    search.Query
}{
	{"plush+category+region", search.Query{Text: "plush", Filters: map[string][]string{"category": {"plush"}, "region": {"east_asia"}}, Limit: 24}},
	{"enamel+theme+price", search.Query{Text: "enamel", Filters: map[string][]string{"theme": {"travel"}, "price_band": {"60_100"}}, Limit: 24}},
	{"chinese+category+price", search.Query{Text: "毛绒", Filters: map[string][]string{"category": {"plush"}, "price_band": {"30_60"}}, Limit: 24}},
	{"keychain+theme+region", search.Query{Text: "keychain", Filters: map[string][]string{"theme": {"y2k"}, "region": {"north_america"}}, Limit: 24}},
	{"bronze+category+region", search.Query{Text: "bronze", Filters: map[string][]string{"category": {"cultural"}, "region": {"east_asia"}}, Limit: 24}},
}

// BenchmarkCatalogSearch loads a generated catalog (CHARMORY_BENCH_CHARMS
// charms, default 100,000) into a fresh database of each engine, starts the
// catalog service and measures realistic searches end to end: index,
// hydration from the database and facet counts. It reports the load and
// index-build times and the p50/p95/p99 latency of each query.
func BenchmarkCatalogSearch(b *testing.B) {
	n := 100_000
	if v := os.Getenv(EnvBenchCharms); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < MinCharms {
			b.Fatalf("%s=%q: want a number of at least %d", EnvBenchCharms, v, MinCharms)
		}
	}
	for _, e := range dbtest.Engines() {
		ctx, cancel := context.WithCancel(context.Background())
		cat, load, build := benchCatalog(b, ctx, e, n)
		for _, bq := range benchQueries {
			b.Run(string(e)+"/"+bq.name, func(b *testing.B) {
				lat := make([]time.Duration, 0, b.N)
				total := 0
				for b.Loop() {
					start := time.Now()
					res, err := cat.Search(ctx, bq.q)
					lat = append(lat, time.Since(start))
					if err != nil {
						b.Fatalf("search %+v: %v", bq.q, err)
					}
					total = res.Total
				}
				slices.Sort(lat)
				for _, p := range []struct {
					unit string
					q    float64
				}{{"p50-ms", 0.50}, {"p95-ms", 0.95}, {"p99-ms", 0.99}} {
					b.ReportMetric(float64(lat[int(p.q*float64(len(lat)-1))].Microseconds())/1000, p.unit)
				}
				b.ReportMetric(float64(total), "hits")
				b.ReportMetric(load.Seconds(), "load-s")
				b.ReportMetric(build.Seconds(), "index-s")
			})
		}
		cancel()
	}
}

// benchCatalog loads n charms into a fresh database of engine e and starts
// a catalog service on it.
func benchCatalog(b *testing.B, ctx context.Context, e db.Engine, n int) (*catalog.Service, time.Duration, time.Duration) {
	b.Helper()
	d := dbtest.MustOpen(b, e)
	start := time.Now()
	if _, err := Load(ctx, d, Options{Seed: 20260, Charms: n}); err != nil {
		b.Fatalf("load %d charms into %s: %v", n, e, err)
	}
	load := time.Since(start)
	cat := catalog.NewService(d, nil)
	start = time.Now()
	if err := cat.Start(ctx); err != nil {
		b.Fatalf("start catalog on %s: %v", e, err)
	}
	build := time.Since(start)
	b.Logf("%s: loaded %d charms in %v, built the index in %v", e, n, load.Round(time.Millisecond), build.Round(time.Millisecond))
	return cat, load, build
}
