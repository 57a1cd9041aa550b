package catalog

import (
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
)

func importRow(line int, ext, name string) ImportCharm {
	return ImportCharm{
		Line: line, StudioSlug: "pop-mart", IPSlug: "labubu", SeriesSlug: "exciting-macaron",
		Charm: Charm{ExternalID: ext, Name: name, Category: "plush", Materials: []string{"plush_fabric"},
			Themes: []string{"kawaii"}, ListPrice: 5900, Currency: "CNY", Region: "east_asia", ReleaseDate: "2024-05-01"},
	}
}

func importFile() []ImportCharm {
	return []ImportCharm{importRow(2, "imp-1", "Sea Salt Coconut"), importRow(3, "imp-2", "Lychee Berry"), importRow(4, "imp-3", "Toffee")}
}

func countRows(t *testing.T, d *db.DB, table string) int {
	t.Helper()
	var n int
	if err := d.R.QueryRowContext(ctxBG, `SELECT COUNT(*) FROM `+table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestImportCharms(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)

		t.Run("CreatesWithRevisions", func(t *testing.T) {
			var done []int
			res, err := f.s.ImportCharms(ctxBG, f.admin, importFile(), false, func(n int) { done = append(done, n) })
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(*res, ImportResult{Created: 3}) {
				t.Fatalf("result %+v", res)
			}
			if !reflect.DeepEqual(done, []int{1, 2, 3}) {
				t.Fatalf("progress %v", done)
			}
			c, err := f.s.CharmByExternalID(ctxBG, "imp-2")
			if err != nil || c.StudioID != f.studio.ID || c.IPID != f.ip.ID || c.SeriesID != f.series.ID || c.Version != 1 {
				t.Fatalf("imported %+v %v", c, err)
			}
			revs, err := f.s.Revisions(ctxBG, c.ID)
			if err != nil || len(revs) != 1 || revs[0].Source != SourceImport || revs[0].Username != "ada" {
				t.Fatalf("revisions %+v %v", revs, err)
			}
		})
		t.Run("ReimportOfSameFileWritesNothing", func(t *testing.T) {
			before := countRows(t, d, "charm_revisions")
			c0, _ := f.s.CharmByExternalID(ctxBG, "imp-1")
			res, err := f.s.ImportCharms(ctxBG, f.admin, importFile(), false, nil)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(*res, ImportResult{Unchanged: 3}) {
				t.Fatalf("result %+v", res)
			}
			c1, _ := f.s.CharmByExternalID(ctxBG, "imp-1")
			if countRows(t, d, "charm_revisions") != before || c1.Version != 1 || !c1.UpdatedAt.Equal(c0.UpdatedAt) {
				t.Fatalf("re-import wrote: revisions %d→%d, charm %+v", before, countRows(t, d, "charm_revisions"), c1)
			}
		})
		t.Run("ChangedRowIsUpdatedWithItsChanges", func(t *testing.T) {
			rows := importFile()
			rows[1].Charm.ListPrice = 6900
			res, err := f.s.ImportCharms(ctxBG, f.admin, rows, false, nil)
			if err != nil || !reflect.DeepEqual(*res, ImportResult{Updated: 1, Unchanged: 2}) {
				t.Fatalf("result %+v %v", res, err)
			}
			c, _ := f.s.CharmByExternalID(ctxBG, "imp-2")
			revs, _ := f.s.Revisions(ctxBG, c.ID)
			if c.Version != 2 || len(revs) != 2 || !reflect.DeepEqual(revs[0].Changes, []Change{{Field: "list_price", Old: "5900", New: "6900"}}) {
				t.Fatalf("charm %+v revisions %+v", c, revs)
			}
		})

		bad := func() []ImportCharm {
			rows := []ImportCharm{importRow(2, "new-1", "Good one"), importRow(3, "new-2", "Bad studio"),
				importRow(4, "new-3", "Bad category"), importRow(5, "new-4", "Also good"), importRow(6, "new-1", "Duplicate")}
			rows[1].StudioSlug = "no-such-studio"
			rows[2].Charm.Category = "sticker"
			rows[2].IPSlug, rows[2].SeriesSlug = "no-ip", "no-series"
			return rows
		}
		wantErrors := []RowError{
			{Line: 3, Field: "studio", Message: `names an unknown studio "no-such-studio"`},
			{Line: 4, Field: "ip"}, {Line: 4, Field: "series"}, {Line: 4, Field: "category"},
			{Line: 6, Field: "external_id", Message: "appears again (first on line 2)"},
		}
		checkErrors := func(t *testing.T, got []RowError) {
			t.Helper()
			if len(got) != len(wantErrors) {
				t.Fatalf("errors %+v, want %+v", got, wantErrors)
			}
			for i, w := range wantErrors {
				if got[i].Line != w.Line || got[i].Field != w.Field || (w.Message != "" && got[i].Message != w.Message) {
					t.Fatalf("error %d: %+v, want %+v", i, got[i], w)
				}
			}
		}
		t.Run("AnyBadRowAbortsEverything", func(t *testing.T) {
			before, revsBefore := countRows(t, d, "charms"), countRows(t, d, "charm_revisions")
			res, err := f.s.ImportCharms(ctxBG, f.admin, bad(), false, nil)
			wantKind(t, err, errs.Invalid)
			checkErrors(t, res.Errors)
			if res.Created != 0 || countRows(t, d, "charms") != before || countRows(t, d, "charm_revisions") != revsBefore {
				t.Fatalf("wrote despite errors: %+v", res)
			}
		})
		t.Run("SkipInvalidWritesTheGoodRows", func(t *testing.T) {
			res, err := f.s.ImportCharms(ctxBG, f.admin, bad(), true, nil)
			if err != nil {
				t.Fatal(err)
			}
			checkErrors(t, res.Errors)
			if res.Created != 2 || res.Skipped != 3 {
				t.Fatalf("result %+v", res)
			}
			if c, err := f.s.CharmByExternalID(ctxBG, "new-1"); err != nil || c.Name != "Good one" {
				t.Fatalf("first of duplicates: %+v %v", c, err)
			}
		})
		t.Run("RowsMayNameReferencesByID", func(t *testing.T) {
			r := importRow(2, "by-id", "By id")
			r.StudioSlug, r.IPSlug, r.SeriesSlug = "", "", ""
			r.Charm.StudioID, r.Charm.SeriesID = f.studio.ID, 99999
			res, err := f.s.ImportCharms(ctxBG, f.admin, []ImportCharm{r}, false, nil)
			wantKind(t, err, errs.Invalid)
			if len(res.Errors) != 1 || res.Errors[0].Field != "series_id" {
				t.Fatalf("errors %+v", res.Errors)
			}
			r.Charm.SeriesID = f.series.ID
			if res, err := f.s.ImportCharms(ctxBG, f.admin, []ImportCharm{r}, false, nil); err != nil || res.Created != 1 {
				t.Fatalf("by id: %+v %v", res, err)
			}
		})
		t.Run("RowsAreStampedAtTheEndOfALongImport", func(t *testing.T) {
			// Every reading of this clock is a minute later: the import's
			// rows must carry the last reading, so other processes' index
			// polls cannot have moved past them before they commit.
			tick := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
			slow, _ := newServiceWithFake(d, func() time.Time { tick = tick.Add(time.Minute); return tick })
			rows := []ImportCharm{importRow(2, "slow-1", "Slow one"), importRow(3, "slow-2", "Slow two")}
			if _, err := slow.ImportCharms(ctxBG, f.admin, rows, false, nil); err != nil {
				t.Fatal(err)
			}
			for _, ext := range []string{"slow-1", "slow-2"} {
				c, _ := f.s.CharmByExternalID(ctxBG, ext)
				revs, _ := f.s.Revisions(ctxBG, c.ID)
				if !c.UpdatedAt.After(revs[0].CreatedAt) || !c.UpdatedAt.Equal(tick) {
					t.Fatalf("%s updated at %v, revision at %v, clock at %v", ext, c.UpdatedAt, revs[0].CreatedAt, tick)
				}
			}
		})
		t.Run("CollectorIsForbidden", func(t *testing.T) {
			_, err := f.s.ImportCharms(ctxBG, f.alice, importFile(), false, nil)
			wantKind(t, err, errs.Forbidden)
		})
		t.Run("ExportReimportsUnchanged", func(t *testing.T) {
			var rows []ImportCharm
			err := f.s.ExportCharms(ctxBG, func(r ImportCharm) error {
				rows = append(rows, r)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) != countRows(t, d, "charms") || rows[0].StudioSlug != "pop-mart" || rows[0].IPSlug != "labubu" {
				t.Fatalf("exported %d rows: %+v", len(rows), rows[0])
			}
			for i := range rows { // an export carries display fields an import ignores
				rows[i].Charm.ID, rows[i].Charm.StudioID, rows[i].Charm.IPID, rows[i].Charm.SeriesID = 0, 0, 0, 0
			}
			res, err := f.s.ImportCharms(ctxBG, f.admin, rows, false, nil)
			if err != nil || !reflect.DeepEqual(*res, ImportResult{Unchanged: len(rows)}) {
				t.Fatalf("re-import of export: %+v %v", res, err)
			}
		})
		t.Run("ExportStopsOnCallbackError", func(t *testing.T) {
			stop := fmt.Errorf("disk full")
			if err := f.s.ExportCharms(ctxBG, func(ImportCharm) error { return stop }); err == nil {
				t.Fatal("export ignored the callback error")
			}
		})
	})
}
