package catalog

import (
	"context"
	"database/sql"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/catalog/search"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
)

// startIndex starts s until the test ends.
func startIndex(t *testing.T, s *Service) {
	t.Helper()
	ctx, cancel := context.WithCancel(ctxBG)
	t.Cleanup(cancel)
	if err := s.Start(ctx); err != nil {
		t.Fatalf("start: %v", err)
	}
}

func TestIndexFeed(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		cny := f.mustSave(t, f.admin, f.sampleCharm("feed-cny", "Sea Salt Coconut"))
		usd := f.sampleCharm("feed-usd", "Liberty Bell Keyring")
		usd.ListPrice, usd.Currency, usd.IPID, usd.SeriesID, usd.Rarity = 1000, "USD", 0, 0, ""
		usdSaved := f.mustSave(t, f.admin, usd)
		// A far id makes the load split the id range across readers.
		far := f.sampleCharm("feed-far", "Far away")
		far.ID = 40_000
		insertWithID := `INSERT INTO charms (id, ` + strings.Join(charmFieldColumns, ", ") + `, version, created_at, updated_at)
			VALUES ($1, ` + placeholdersFrom(2, len(charmFieldColumns)+3) + `)`
		err := d.Tx(ctxBG, func(tx *sql.Tx) error {
			now := time.Now().UTC()
			_, err := tx.ExecContext(ctxBG, insertWithID, append(append([]any{far.ID}, charmFieldArgs(&far)...), 1, now, now)...)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		startIndex(t, f.s)

		t.Run("StartIndexesEveryCharm", func(t *testing.T) {
			if f.idx.Len() != 3 {
				t.Fatalf("%d docs, want 3", f.idx.Len())
			}
			if got, _ := f.idx.doc(far.ID); got.Name != "Far away" || got.StudioID != f.studio.ID {
				t.Fatalf("far doc %+v", got)
			}
			got, _ := f.idx.doc(cny.ID)
			want := search.Doc{
				ID: cny.ID,
				Text: []string{"Sea Salt Coconut", "心动马卡龙", "Pop Mart", "Labubu", "Exciting Macaron",
					"A vinyl-face plush pendant.", "plush fabric zinc alloy", "kawaii"},
				Category: "plush", Materials: []string{"plush_fabric", "zinc_alloy"}, Themes: []string{"kawaii"},
				Colours: []string{"pink"}, Eco: []string{}, StudioID: f.studio.ID, IPID: f.ip.ID, SeriesID: f.series.ID,
				Region: "east_asia", Year: 2023, PriceCNY: 9900, PriceBand: "60_100", Name: "Sea Salt Coconut", Released: "2023-10-27",
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("doc\n%+v\nwant\n%+v", got, want)
			}
		})
		t.Run("ForeignPricesAreConvertedToCNY", func(t *testing.T) {
			got, _ := f.idx.doc(usdSaved.ID)
			if got.PriceCNY != 7143 || got.PriceBand != "60_100" { // US$10.00 at 0.14 USD per CNY
				t.Fatalf("price %d band %s", got.PriceCNY, got.PriceBand)
			}
		})
		t.Run("LocalWriteIsIndexedAtOnce", func(t *testing.T) {
			c := *cny
			c.Name = "Sea Salt Coconut (restock)"
			if err := f.s.SaveCharm(ctxBG, f.mod, &c, SourceAdmin); err != nil {
				t.Fatal(err)
			}
			if got, _ := f.idx.doc(cny.ID); got.Name != "Sea Salt Coconut (restock)" {
				t.Fatalf("index still has %q", got.Name)
			}
		})
		t.Run("RateChangeRepricesAtOnce", func(t *testing.T) {
			if err := f.s.SetRate(ctxBG, "USD", 0.125); err != nil {
				t.Fatal(err)
			}
			if got, _ := f.idx.doc(usdSaved.ID); got.PriceCNY != 8000 {
				t.Fatalf("price %d after rate change, want 8000", got.PriceCNY)
			}
		})
		t.Run("SecondStartConflicts", func(t *testing.T) {
			wantKind(t, f.s.Start(ctxBG), errs.Conflict)
		})
	})
}

// TestIndexFollowsAnotherProcess runs two services on one database, as two
// server processes would; the reader's poll (called directly rather than
// waited for) must pick up what the writer did.
func TestIndexFollowsAnotherProcess(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		reader, idx := newServiceWithFake(d, nil)
		reader.poll = time.Hour // the test polls by hand
		startIndex(t, reader)
		writer := f.s

		t.Run("NewCharm", func(t *testing.T) {
			c := f.mustSave(t, f.admin, f.sampleCharm("two-1", "Written elsewhere"))
			if _, ok := idx.doc(c.ID); ok {
				t.Fatal("indexed before any poll") // proves the poll, not the write, does it
			}
			if err := reader.refresh(ctxBG); err != nil {
				t.Fatal(err)
			}
			if got, ok := idx.doc(c.ID); !ok || got.Name != "Written elsewhere" {
				t.Fatalf("after poll: %+v %v", got, ok)
			}
		})
		t.Run("EditAndImport", func(t *testing.T) {
			c, _ := writer.CharmByExternalID(ctxBG, "two-1")
			c.Name = "Edited elsewhere"
			if err := writer.SaveCharm(ctxBG, f.mod, c, SourceAdmin); err != nil {
				t.Fatal(err)
			}
			if _, err := writer.ImportCharms(ctxBG, f.admin, importFile(), false, nil); err != nil {
				t.Fatal(err)
			}
			if err := reader.refresh(ctxBG); err != nil {
				t.Fatal(err)
			}
			imported, _ := writer.CharmByExternalID(ctxBG, "imp-3")
			got, _ := idx.doc(c.ID)
			if _, ok := idx.doc(imported.ID); !ok || got.Name != "Edited elsewhere" {
				t.Fatalf("after poll: edit %q, import indexed %v", got.Name, ok)
			}
		})
		t.Run("SeenVersionsAreNotIndexedAgain", func(t *testing.T) {
			before := idx.upsertCount()
			if err := reader.refresh(ctxBG); err != nil {
				t.Fatal(err)
			}
			if n := idx.upsertCount() - before; n != 0 {
				t.Fatalf("a quiet poll upserted %d docs", n)
			}
		})
		t.Run("LateCommitInsideTheWindow", func(t *testing.T) {
			// A transaction stamped 3 s before the reader's last poll
			// commits only now.
			late, _ := newServiceWithFake(d, func() time.Time { return time.Now().Add(-3 * time.Second) })
			c := f.sampleCharm("two-late", "Committed late")
			if err := late.SaveCharm(ctxBG, f.admin, &c, SourceAdmin); err != nil {
				t.Fatal(err)
			}
			if err := reader.refresh(ctxBG); err != nil {
				t.Fatal(err)
			}
			if _, ok := idx.doc(c.ID); !ok {
				t.Fatal("a write stamped inside the window was missed")
			}
		})
		t.Run("RateChange", func(t *testing.T) {
			c := f.sampleCharm("two-eur", "Euro charm")
			c.Currency, c.ListPrice = "EUR", 1300
			f.mustSave(t, f.admin, c)
			if err := reader.refresh(ctxBG); err != nil {
				t.Fatal(err)
			}
			saved, _ := writer.CharmByExternalID(ctxBG, "two-eur")
			if got, _ := idx.doc(saved.ID); got.PriceCNY != 10000 { // €13.00 at 0.13 EUR per CNY
				t.Fatalf("price %d", got.PriceCNY)
			}
			if err := writer.SetRate(ctxBG, "EUR", 0.1); err != nil {
				t.Fatal(err)
			}
			if err := reader.refresh(ctxBG); err != nil {
				t.Fatal(err)
			}
			if got, _ := idx.doc(saved.ID); got.PriceCNY != 13000 {
				t.Fatalf("price %d after another process changed the rate, want 13000", got.PriceCNY)
			}
		})
	})
}

func TestApplyNeverIndexesAnOlderVersion(t *testing.T) {
	s, idx := newServiceWithFake(nil, nil)
	s.last = time.Now()
	newer := &Charm{ID: 7, Name: "v3", Version: 3, UpdatedAt: time.Now(), Currency: "CNY"}
	older := &Charm{ID: 7, Name: "v2", Version: 2, UpdatedAt: time.Now().Add(-time.Second), Currency: "CNY"}
	s.apply([]*Charm{newer}, false)
	s.apply([]*Charm{older}, true) // a slow reader finishing after the write
	if got, _ := idx.doc(7); got.Name != "v3" {
		t.Fatalf("index went back to %q", got.Name)
	}
}

// placeholdersFrom returns "$from, …" for n placeholders.
func placeholdersFrom(from, n int) string {
	ph := make([]string, n)
	for i := range ph {
		ph[i] = fmt.Sprintf("$%d", from+i)
	}
	return strings.Join(ph, ", ")
}
