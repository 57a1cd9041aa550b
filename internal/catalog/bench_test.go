package catalog

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"runtime"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/catalog/search"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
)

var (
	benchLarge = flag.Bool("catalog.large", false, "also run the 1,000,000-charm benchmarks")
	benchDir   = flag.String("catalog.benchdir", "", "keep bulk-loaded benchmark databases in this directory and reuse them")
)

var (
	benchWords = []string{"Lotus", "Moon", "Rabbit", "Dragon", "Peach", "Cloud", "Jade", "Koi", "Panda", "Lantern",
		"Star", "Cherry", "Mochi", "Tiger", "Crane", "Bubble", "Sakura", "Boba", "Dumpling", "Ginkgo", "Neon", "Pixel"}
	benchKinds = []string{"Plush", "Keyring", "Pendant", "Charm", "Mini", "Bead Strap"}
)

// benchCatalog creates studios, IPs and series for synthetic charms and
// returns their slugs.
type benchCatalog struct {
	studios, ips, series []string
	studioIDs            []int64
}

func newBenchCatalog(tb testing.TB, s *Service, studios int) *benchCatalog {
	tb.Helper()
	bc := &benchCatalog{}
	for i := range studios {
		st := &Studio{Slug: "studio-" + strconv.Itoa(i), Name: "Studio " + benchWords[i%len(benchWords)] + " " + strconv.Itoa(i),
			Kind: StudioKinds[i%len(StudioKinds)], Region: Regions[i%len(Regions)]}
		if err := s.CreateStudio(ctxBG, st); err != nil {
			tb.Fatal(err)
		}
		bc.studios, bc.studioIDs = append(bc.studios, st.Slug), append(bc.studioIDs, st.ID)
		if i%4 == 0 {
			ip := &IP{Slug: "ip-" + strconv.Itoa(i), Name: benchWords[(i*7)%len(benchWords)] + " Friends " + strconv.Itoa(i), StudioID: st.ID}
			sr := &Series{Slug: "series-" + strconv.Itoa(i), Name: "Series " + strconv.Itoa(i), StudioID: st.ID, Kind: "blind_box", ReleaseDate: "2024-03-01"}
			if err := s.CreateIP(ctxBG, ip); err != nil {
				tb.Fatal(err)
			}
			if err := s.CreateSeries(ctxBG, sr); err != nil {
				tb.Fatal(err)
			}
			bc.ips, bc.series = append(bc.ips, ip.Slug), append(bc.series, sr.Slug)
		}
	}
	return bc
}

// row makes the i-th synthetic import row, deterministically.
func (bc *benchCatalog) row(i int) ImportCharm {
	r := rand.New(rand.NewPCG(uint64(i), 42))
	cat := Categories[r.IntN(len(Categories))]
	band := PriceBandCNY[cat]
	c := Charm{
		ExternalID: "bulk-" + strconv.Itoa(i),
		Name: benchWords[r.IntN(len(benchWords))] + " " + benchWords[r.IntN(len(benchWords))] + " " +
			benchKinds[r.IntN(len(benchKinds))] + " No. " + strconv.Itoa(i),
		Category:    cat,
		Materials:   []string{Materials[r.IntN(len(Materials))]},
		Colours:     []string{Colours[r.IntN(len(Colours))]},
		Themes:      []string{Themes[r.IntN(len(Themes))]},
		WidthMM:     30 + r.IntN(60),
		HeightMM:    40 + r.IntN(120),
		WeightG:     10 + r.IntN(80),
		ReleaseDate: fmt.Sprintf("%d-%02d-%02d", 2015+r.IntN(11), 1+r.IntN(12), 1+r.IntN(28)),
		ListPrice:   band[0] + r.Int64N(band[1]-band[0]),
		Currency:    "CNY",
		Region:      Regions[r.IntN(len(Regions))],
		Eco:         []string{},
		Official:    r.IntN(2) == 0,
		Description: "A synthetic charm for load tests.",
	}
	row := ImportCharm{Line: i + 2, Charm: c, StudioSlug: bc.studios[r.IntN(len(bc.studios))]}
	if r.IntN(3) == 0 {
		k := r.IntN(len(bc.ips))
		row.IPSlug, row.SeriesSlug, row.Charm.Rarity = bc.ips[k], bc.series[k], Rarities[r.IntN(len(Rarities))]
	}
	return row
}

func (bc *benchCatalog) rows(n int) []ImportCharm {
	out := make([]ImportCharm, n)
	for i := range out {
		out[i] = bc.row(i)
	}
	return out
}

// BenchmarkImport100k imports 100,000 new charms into an empty SQLite
// catalog, then the same file again (every row unchanged).
func BenchmarkImport100k(b *testing.B) {
	const n = 100_000
	for _, phase := range []string{"Create", "Unchanged"} {
		b.Run(phase, func(b *testing.B) {
			for b.Loop() {
				b.StopTimer()
				s := NewService(dbtest.MustOpen(b, db.SQLite), nil)
				rows := newBenchCatalog(b, s, 500).rows(n)
				if phase == "Unchanged" {
					mustImport(b, s, rows)
				}
				b.StartTimer()
				res := mustImport(b, s, rows)
				if phase == "Create" && res.Created != n || phase == "Unchanged" && res.Unchanged != n {
					b.Fatalf("result %+v", res)
				}
			}
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
		})
	}
}

func mustImport(b *testing.B, s *Service, rows []ImportCharm) *ImportResult {
	res, err := s.ImportCharms(ctxBG, Actor{}, rows, false, nil)
	if err != nil {
		b.Fatal(err)
	}
	return res
}

// BenchmarkStart measures Start on catalogs of growing size: streaming
// every charm, building documents and loading them into the index.
func BenchmarkStart(b *testing.B) {
	sizes := []int{600, 100_000}
	if *benchLarge {
		sizes = append(sizes, 1_000_000)
	}
	for _, n := range sizes {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			d := benchDB(b, n)
			cpu0 := cpuTime()
			for b.Loop() {
				s := NewService(d, nil)
				counted := &countingIndex{index: s.idx}
				s.idx = counted
				ctx, cancel := context.WithCancel(ctxBG)
				if err := s.Start(ctx); err != nil {
					b.Fatal(err)
				}
				cancel()
				b.StopTimer()
				if counted.docs != n {
					b.Fatalf("fed %d docs to the index, want %d", counted.docs, n)
				}
				runtime.GC()
				b.StartTimer()
			}
			// CPU time is steadier than wall time on a busy machine.
			b.ReportMetric((cpuTime()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
		})
	}
}

// cpuTime is the process's user plus system time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// countingIndex counts the documents fed to the real index.
type countingIndex struct {
	index
	docs int
}

func (c *countingIndex) Upsert(docs ...search.Doc) {
	c.docs += len(docs)
	c.index.Upsert(docs...)
}

// benchDB returns a database holding n synthetic charms: a fresh one, or
// with -catalog.benchdir one kept from an earlier run.
func benchDB(b *testing.B, n int) *db.DB {
	if *benchDir == "" {
		d := dbtest.MustOpen(b, db.SQLite)
		bulkLoad(b, d, n)
		return d
	}
	d, err := db.Open(ctxBG, filepath.Join(*benchDir, "charms-"+strconv.Itoa(n)+".db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { d.Close() })
	if err := d.Migrate(ctxBG); err != nil {
		b.Fatal(err)
	}
	var have int
	if err := d.R.QueryRowContext(ctxBG, `SELECT COUNT(*) FROM charms`).Scan(&have); err != nil {
		b.Fatal(err)
	}
	if have != n {
		if have != 0 {
			b.Fatalf("%s holds %d charms, not %d: remove it", *benchDir, have, n)
		}
		bulkLoad(b, d, n)
	}
	return d
}

// bulkLoad writes n synthetic charms straight into the tables (no
// revisions), much faster than an import, to set up large benchmarks.
func bulkLoad(b *testing.B, d *db.DB, n int) {
	b.Helper()
	start := time.Now()
	s := NewService(d, nil)
	bc := newBenchCatalog(b, s, 2000)
	refs := map[string]map[string]int64{}
	for _, t := range []string{"studios", "ips", "series"} {
		refs[t] = map[string]int64{}
		rows, err := d.R.QueryContext(ctxBG, `SELECT id, slug FROM `+t)
		if err != nil {
			b.Fatal(err)
		}
		for rows.Next() {
			var id int64
			var slug string
			rows.Scan(&id, &slug)
			refs[t][slug] = id
		}
		rows.Close()
	}
	now := time.Now().UTC()
	const batch = 50_000
	for lo := 0; lo < n; lo += batch {
		err := d.Tx(ctxBG, func(tx *sql.Tx) error {
			st, err := tx.PrepareContext(ctxBG, insertCharmSQL)
			if err != nil {
				return err
			}
			defer st.Close()
			for i := lo; i < min(lo+batch, n); i++ {
				r := bc.row(i)
				c := r.Charm
				c.StudioID, c.IPID, c.SeriesID = refs["studios"][r.StudioSlug], refs["ips"][r.IPSlug], refs["series"][r.SeriesSlug]
				if _, err := st.ExecContext(ctxBG, append(charmFieldArgs(&c), 1, now, now)...); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.Logf("bulk-loaded %d charms in %v", n, time.Since(start).Round(time.Millisecond))
}
