package collection

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
)

// largeImport builds an import file of n rows from the demo catalog,
// matching by external id, catalog id, SKU and name in turn, every tenth
// row a one-off, with prices, dates, conditions and boxes.
func largeImport(t testing.TB, f *fixture, n int) string {
	t.Helper()
	charms := f.uniqueCharms(t, 50)
	conditions := []string{"mint", "Boxed", "opened", "worn"}
	var b strings.Builder
	b.Grow(n * 80)
	b.WriteString("charm,sku,name,condition,price_paid,acquired_on,box,memory\n")
	for i := range n {
		c := charms[i%len(charms)]
		charm, sku, name := "", "", ""
		switch i % 10 {
		case 0, 1, 2:
			charm = c.ExternalID
		case 3, 4:
			charm = strconv.FormatInt(c.ID, 10)
		case 5, 6:
			sku = c.SKU
		case 7, 8:
			name = c.Name
		default:
			name = fmt.Sprintf("Handmade piece %d", i)
		}
		fmt.Fprintf(&b, "%s,%s,%s,%s,%d.%02d,2025-%02d-%02d,Box %d,\"row %d, imported\"\n",
			charm, sku, name, conditions[i%len(conditions)], 10+i%90, i%100, 1+i%12, 1+i%28, i%7, i)
	}
	return b.String()
}

func TestImportLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("large import")
	}
	const rows = largeImportRows
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		file := largeImport(t, f, rows)
		start := time.Now()
		pv, err := f.S.PreviewImport(ctxBG, f.A, file, nil)
		if err != nil || pv.Items != rows || len(pv.Errors) != 0 || pv.OneOffs != rows/10 {
			t.Fatalf("preview = %d items, %d one-offs, errors %v, %v", pv.Items, pv.OneOffs, pv.Errors, err)
		}
		previewed := time.Since(start)
		var calls, last int
		start = time.Now()
		res, err := f.S.CommitImport(ctxBG, f.A, file, nil, nil, func(done, total int) {
			if total != rows || done <= last || done > total {
				t.Errorf("progress %d/%d after %d", done, total, last)
			}
			calls, last = calls+1, done
		})
		took := time.Since(start)
		if err != nil || res.Items != rows {
			t.Fatalf("commit = %+v, %v", res, err)
		}
		if last != rows || calls != rows/importBatch {
			t.Errorf("progress reached %d in %d calls", last, calls)
		}
		if n := itemCount(t, d, f.A); n != rows {
			t.Errorf("%d items stored", n)
		}
		if n := importTestCount(t, d, `SELECT count(*) FROM storage_boxes WHERE owner_id = $1`, f.A); n != 7 {
			t.Errorf("%d boxes, want 7", n)
		}
		t.Logf("%s: preview %v; commit %v, %.0f rows/s", d.Engine, previewed.Round(time.Millisecond), took.Round(time.Millisecond), rows/took.Seconds())
	})
}

// BenchmarkCommitImport measures importing a 2,000-row file on SQLite.
func BenchmarkCommitImport(b *testing.B) {
	f := newFixture(b, dbtest.MustOpen(b, db.SQLite))
	const rows = 2_000
	file := largeImport(b, f, rows)
	b.ResetTimer()
	for b.Loop() {
		if _, err := f.S.CommitImport(ctxBG, f.A, file, nil, nil, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(rows*b.N)/b.Elapsed().Seconds(), "rows/s")
}
