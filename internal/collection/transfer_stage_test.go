package collection

import (
	"strings"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/collection/csvmap"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
)

func TestStagedImport(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		const file = "Name,Paid\nGuardian Cat,59\n"
		id, err := f.S.StageImport(ctxBG, f.A, `C:\Users\a\My charms.csv`, file)
		if err != nil {
			t.Fatal(err)
		}
		t.Run("OwnerReadsItBack", func(t *testing.T) {
			name, content, err := f.S.StagedImport(ctxBG, f.A, id)
			if err != nil || name != "My charms.csv" || content != file {
				t.Fatalf("staged = %q %q, %v", name, content, err)
			}
		})
		t.Run("OthersCannotReadOrDiscardIt", func(t *testing.T) {
			if _, _, err := f.S.StagedImport(ctxBG, f.B, id); !errs.Is(err, errs.NotFound) {
				t.Errorf("B reads A's staged import: %v", err)
			}
			if err := f.S.DiscardImport(ctxBG, f.B, id); !errs.Is(err, errs.NotFound) {
				t.Errorf("B discards A's staged import: %v", err)
			}
			if _, _, err := f.S.StagedImport(ctxBG, f.A, id); err != nil {
				t.Errorf("A's file is gone after B's attempts: %v", err)
			}
		})
		t.Run("Refused", func(t *testing.T) {
			tests := []struct {
				name, content string
				kind          errs.Kind
			}{
				{"Empty", "", errs.Invalid},
				{"Binary", "\x89PNG\r\n\x1a\n\x00\x00", errs.Invalid},
				{"BrokenHeader", "\"Name,Paid\n", errs.Invalid},
				{"TooLarge", "Name\n" + strings.Repeat("x", csvmap.MaxBytes), errs.TooLarge},
			}
			for _, tt := range tests {
				if _, err := f.S.StageImport(ctxBG, f.A, "x.csv", tt.content); !errs.Is(err, tt.kind) {
					t.Errorf("%s: err = %v, want %v", tt.name, err, tt.kind)
				}
			}
		})
		t.Run("SpreadsheetEncodingsBecomeUTF8", func(t *testing.T) {
			gb := "\xc3\xfb\xb3\xc6,\xbc\xdb\xb8\xf1\n\xd3\xf9\xc3\xa8,59\n" // 名称,价格 / 御猫,59 in GB18030
			sid, err := f.S.StageImport(ctxBG, f.A, "gb.csv", gb)
			if err != nil {
				t.Fatal(err)
			}
			if _, content, _ := f.S.StagedImport(ctxBG, f.A, sid); content != "名称,价格\n御猫,59\n" {
				t.Errorf("content = %q", content)
			}
		})
		t.Run("DiscardThenGone", func(t *testing.T) {
			if err := f.S.DiscardImport(ctxBG, f.A, id); err != nil {
				t.Fatal(err)
			}
			if err := f.S.DiscardImport(ctxBG, f.A, id); !errs.Is(err, errs.NotFound) {
				t.Errorf("second discard: %v", err)
			}
		})
		t.Run("StaleFilesExpire", func(t *testing.T) {
			old, err := f.S.StageImport(ctxBG, f.B, "old.csv", file)
			if err != nil {
				t.Fatal(err)
			}
			f.Now = f.Now.Add(25 * time.Hour)
			if _, _, err := f.S.StagedImport(ctxBG, f.B, old); !errs.Is(err, errs.NotFound) {
				t.Errorf("a day-old file reads: %v", err)
			}
			if _, err := f.S.StageImport(ctxBG, f.A, "new.csv", file); err != nil {
				t.Fatal(err)
			}
			if n := importTestCount(t, d, `SELECT count(*) FROM collection_imports WHERE id = $1`, old); n != 0 {
				t.Errorf("staging did not clear a stale file of another owner")
			}
		})
		t.Run("OwnerKeepsTheNewestFew", func(t *testing.T) {
			var ids []int64
			for range stagedPerOwner + 2 {
				id, err := f.S.StageImport(ctxBG, f.B, "f.csv", file)
				if err != nil {
					t.Fatal(err)
				}
				ids = append(ids, id)
			}
			if n := importTestCount(t, d, `SELECT count(*) FROM collection_imports WHERE owner_id = $1`, f.B); n != stagedPerOwner {
				t.Errorf("%d files kept, want %d", n, stagedPerOwner)
			}
			if _, _, err := f.S.StagedImport(ctxBG, f.B, ids[len(ids)-1]); err != nil {
				t.Errorf("newest file: %v", err)
			}
			if _, _, err := f.S.StagedImport(ctxBG, f.B, ids[0]); !errs.Is(err, errs.NotFound) {
				t.Errorf("oldest file kept: %v", err)
			}
		})
	})
}
