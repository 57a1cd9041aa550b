package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/catalog/transfer"
	"github.com/charmory/charmory/internal/db"
)

func TestExport(t *testing.T) {
	eachEngine(t, func(t *testing.T, s *site) {
		s.mustRun("import", s.file("charms.csv", goodCSV))
		for _, format := range []string{"csv", "json"} {
			t.Run(strings.ToUpper(format)+"ReimportsUnchanged", func(t *testing.T) {
				path := filepath.Join(s.dir, "export."+format)
				out := s.mustRun("export", "--output", path)
				if !strings.Contains(out, "exported 3 charms as "+format+" to "+path) {
					t.Fatalf("summary: %s", out)
				}
				if out := s.mustRun("import", path); !strings.Contains(out, "0 created, 0 updated, 3 unchanged, 0 skipped") {
					t.Fatalf("reimport: %s", out)
				}
			})
		}
		t.Run("RoundTripToAFreshCatalogGivesTheSameFile", func(t *testing.T) {
			first := s.mustRun("export", "--format", "json")
			fresh := newSite(t, db.SQLite)
			fresh.mustRun("import", fresh.file("from-export.json", first))
			if again := fresh.mustRun("export", "--format", "json"); again != first {
				t.Fatalf("export changed:\n%s\n---\n%s", first, again)
			}
		})
		t.Run("StdoutHoldsOnlyTheData", func(t *testing.T) {
			out, errOut, err := s.run("export")
			if err != nil {
				t.Fatal(err)
			}
			p, err := transfer.ReadCSV(strings.NewReader(out))
			if err != nil || len(p.Rows) != 3 {
				t.Fatalf("stdout is not the CSV export: %v\n%s", err, out)
			}
			if !strings.Contains(errOut, "exported 3 charms as csv to standard output") {
				t.Errorf("stderr: %s", errOut)
			}
		})
	})
}

func TestExportFailureLeavesNoFile(t *testing.T) {
	s := newSite(t, db.SQLite)
	path := filepath.Join(s.dir, "out.csv")
	if _, _, err := s.run("export", "--format", "xml", "--output", path); err == nil || !strings.Contains(err.Error(), `unknown format "xml"`) {
		t.Fatalf("err = %v", err)
	}
	entries, _ := os.ReadDir(s.dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), "out.csv") {
			t.Errorf("left %s behind", e.Name())
		}
	}
}
