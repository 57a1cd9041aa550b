package web

import (
	"context"
	"database/sql"
	"fmt"
	"net/http"
	"net/http/httptest"
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/collection"
)

// benchItems is the size of the collection the collection page must stay
// fast for.
const benchItems = 5000

// BenchmarkCollectionPage renders /collection for a collector with 5,000
// items on SQLite, through the wrapped handler: the first page, a
// filtered page and a deep page. Besides ns/op it reports the 95th
// percentile of the timed requests (p95-ms).
func BenchmarkCollectionPage(b *testing.B) {
	h := newHarness(b)
	a := collSignIn(b, h)
	seedBenchItems(b, h, a.ID, benchItems)
	deep := benchCursorPath(b, h, a, "/collection", 40)
	for _, bc := range []struct{ name, path string }{
		{"First", "/collection"},
		{"Filtered", "/collection?status=for_trade&sort=name"},
		{"Search", "/collection?q=fox"},
		{"Deep", deep},
	} {
		serve := func(b *testing.B) time.Duration {
			w := httptest.NewRecorder()
			r := httptest.NewRequest(http.MethodGet, bc.path, nil)
			r.AddCookie(a.Cookie)
			start := time.Now()
			h.Handler.ServeHTTP(w, r)
			d := time.Since(start)
			if w.Code != http.StatusOK {
				b.Fatalf("%s: status %d", bc.path, w.Code)
			}
			return d
		}
		b.Run(bc.name, func(b *testing.B) {
			// Warm the statement cache and SQLite's pages, as a running
			// server has them, and start from a clean heap.
			for range 5 {
				serve(b)
			}
			runtime.GC()
			var times []time.Duration
			for b.Loop() {
				times = append(times, serve(b))
			}
			slices.Sort(times)
			p95 := times[(len(times)*95+99)/100-1]
			b.ReportMetric(float64(p95.Microseconds())/1000, "p95-ms")
		})
	}
}

// benchCursorPath follows the "next page" link pages times.
func benchCursorPath(b *testing.B, h *harness, u collUser, path string, pages int) string {
	b.Helper()
	for range pages {
		p := collGet(b, h, &u, path).mustStatus(b, http.StatusOK)
		next, ok := p.Doc.Find(`.pager a[rel="next"]`).Attr("href")
		if !ok {
			break
		}
		path = next
	}
	return path
}

// seedBenchItems writes n items straight into the database, a mix of
// catalog copies and one-offs across statuses, conditions and visibilities,
// every tenth with a photo row: what a real large collection looks like to
// the list query, at the speed of one transaction.
func seedBenchItems(b *testing.B, h *harness, owner int64, n int) {
	b.Helper()
	ctx := context.Background()
	rows, err := h.DB.Query(ctx, `SELECT id FROM charms ORDER BY id`)
	if err != nil {
		b.Fatal(err)
	}
	var charms []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			b.Fatal(err)
		}
		charms = append(charms, id)
	}
	rows.Close()
	names := []string{"fox", "owl", "cat", "rabbit", "lantern", "bell"}
	now := time.Now().UTC()
	err = h.DB.Tx(ctx, func(tx *sql.Tx) error {
		for i := range n {
			var charm any
			title := ""
			if i%4 == 3 {
				title = fmt.Sprintf("Handmade %s %d", names[i%len(names)], i)
			} else {
				charm = charms[i%len(charms)]
			}
			var id int64
			err := tx.QueryRowContext(ctx, `INSERT INTO items (owner_id, charm_id, title, category, materials, condition,
					acquired_on, source, price_paid, currency, memory, status, visibility, created_at, updated_at)
				VALUES ($1, $2, $3, 'plush', '', $4, $5, 'shop', $6, 'CNY', '', $7, $8, $9, $9) RETURNING id`,
				owner, charm, title, collection.Conditions[i%len(collection.Conditions)],
				now.AddDate(0, 0, -i%900).Format(time.DateOnly), int64(1000+i), collection.Statuses[i%len(collection.Statuses)],
				collection.Visibilities[i%len(collection.Visibilities)], now.Add(-time.Duration(i)*time.Minute)).Scan(&id)
			if err != nil {
				return err
			}
			if i%10 == 0 {
				_, err = tx.ExecContext(ctx, `INSERT INTO item_photos (item_id, owner_id, position, sha256, content_type, width, height, bytes, thumb_ready, created_at)
					VALUES ($1, $2, 0, $3, 'image/jpeg', 800, 800, 1000, TRUE, $4)`, id, owner, fmt.Sprintf("%064d", i), now)
				if err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		b.Fatalf("seed items: %v", err)
	}
}
