package search

import (
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"
)

const benchDocs = 1_000_000

// bench1M is the synthetic million-charm catalog and its index, built once
// per test binary for every benchmark that needs them.
var bench1M struct {
	docsOnce, idxOnce sync.Once
	docs              []Doc
	idx               *Index
}

func benchCorpus(b *testing.B) []Doc {
	b.Helper()
	bench1M.docsOnce.Do(func() { bench1M.docs = genDocs(1, benchDocs) })
	return bench1M.docs
}

func benchIndex(b *testing.B) *Index {
	b.Helper()
	docs := benchCorpus(b)
	bench1M.idxOnce.Do(func() {
		bench1M.idx = New()
		bench1M.idx.Build(docs)
	})
	return bench1M.idx
}

func heapAlloc() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

func BenchmarkBuild1M(b *testing.B) {
	docs := benchCorpus(b)
	before := heapAlloc()
	var x *Index
	for b.Loop() {
		x = New()
		x.Build(docs)
	}
	b.StopTimer()
	b.ReportMetric(float64(heapAlloc()-before)/(1<<20), "heap-MB")
	b.ReportMetric(float64(x.Len()), "docs")
}

// benchQueries measures the latency of each query in turn and reports its
// median and 95th percentile besides the mean, in wall time and, where the
// system tells, in the CPU time of the query's thread.
func benchQueries(b *testing.B, next func(i int) Query) {
	x := benchIndex(b)
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var wall, cpu []time.Duration
	total := 0
	i := 0
	for b.Loop() {
		q := next(i)
		i++
		c0, cok := threadCPU()
		start := time.Now()
		r, err := x.Search(q)
		wall = append(wall, time.Since(start))
		if c1, ok := threadCPU(); ok && cok {
			cpu = append(cpu, c1-c0)
		}
		if err != nil {
			b.Fatal(err)
		}
		total += r.Total
	}
	b.StopTimer()
	reportPercentiles(b, "", wall)
	reportPercentiles(b, "cpu-", cpu)
	b.ReportMetric(float64(total)/float64(len(wall)), "matches/op")
}

func reportPercentiles(b *testing.B, prefix string, durs []time.Duration) {
	if len(durs) == 0 {
		return
	}
	slices.Sort(durs)
	ms := func(p float64) float64 {
		return float64(durs[int(p*float64(len(durs)-1))]) / float64(time.Millisecond)
	}
	b.ReportMetric(ms(0.50), prefix+"p50-ms")
	b.ReportMetric(ms(0.95), prefix+"p95-ms")
}

// BenchmarkSearch1M is the figure of the issue: one text term and two
// facet filters, facet counts, the first page of 24.
func BenchmarkSearch1M(b *testing.B) {
	r := rand.New(rand.NewPCG(7, 11))
	queries := make([]Query, 1000)
	for i := range queries {
		queries[i] = genQuery(r)
	}
	benchQueries(b, func(i int) Query { return queries[i%len(queries)] })
}

// BenchmarkSearch1MPrefix is search as you type: a prefix that expands to
// several words.
func BenchmarkSearch1MPrefix(b *testing.B) {
	prefixes := []string{"plu", "dr", "ch", "s", "pa", "mo", "ke", "st", "bu", "lu"}
	benchQueries(b, func(i int) Query { return Query{Text: prefixes[i%len(prefixes)]} })
}

// BenchmarkSearch1MBrowse is a listing without text: one category,
// newest first, on a later page.
func BenchmarkSearch1MBrowse(b *testing.B) {
	x := benchIndex(b)
	var cursors []string
	for _, cat := range genCategories {
		r, err := x.Search(Query{Filters: map[string][]string{FacetCategory: {cat}}})
		if err != nil {
			b.Fatal(err)
		}
		cursors = append(cursors, r.Next)
	}
	benchQueries(b, func(i int) Query {
		k := i % len(genCategories)
		return Query{Filters: map[string][]string{FacetCategory: {genCategories[k]}}, Cursor: cursors[k]}
	})
}

// BenchmarkSearch1MAll is the catalog's front page: no text, no filter.
func BenchmarkSearch1MAll(b *testing.B) {
	benchQueries(b, func(int) Query { return Query{Sort: SortPriceAsc} })
}

// BenchmarkUpsert1M replaces one charm of the million.
func BenchmarkUpsert1M(b *testing.B) {
	x := benchIndex(b)
	g := newGenCorpus(99, 50000, 5000, 20000)
	i := 0
	for b.Loop() {
		x.Upsert(g.doc(int64(1 + i%benchDocs)))
		i++
	}
}
