package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/db"
)

// collectionCatalog has two charms named Guardian Cat.
const collectionCatalog = `external_id,name,name_zh,studio,series,category,materials,sku
pm-1,Guardian Cat,御猫,palace-museum,palace-cats,cultural,zinc_alloy|enamel,PM-001
pm-2,Dragon Tassel,,palace-museum,,cultural,silk,PM-002
pm-3,Guardian Cat,,palace-museum,,cultural,enamel,PM-003
ss-1,Lightstick Mini,,seoul-stitch,,functional,silicone,SS-001
`

// collectionSite is a site with that catalog and two collectors, alice
// and bob.
func collectionSite(t *testing.T, s *site) {
	t.Helper()
	s.mustRun("import", s.file("catalog.csv", collectionCatalog))
	s.withCatalog(func(ctx context.Context, _ *catalog.Service, d *db.DB) {
		for _, name := range []string{"alice", "bob"} {
			if _, err := d.W.ExecContext(ctx, `INSERT INTO users (username, email, password_hash, currency, created_at) VALUES ($1, $2, 'x', 'CNY', $3)`,
				name, name+"@example.com", time.Now().UTC()); err != nil {
				t.Fatal(err)
			}
		}
	})
}

// charmID returns a catalog charm's id by external id.
func (s *site) charmID(ext string) int64 {
	s.t.Helper()
	var id int64
	s.withCatalog(func(ctx context.Context, svc *catalog.Service, _ *db.DB) {
		c, err := svc.CharmByExternalID(ctx, ext)
		if err != nil {
			s.t.Fatal(err)
		}
		id = c.ID
	})
	return id
}

func TestCollectionImportExport(t *testing.T) {
	eachEngine(t, func(t *testing.T, s *site) {
		collectionSite(t, s)
		path := s.file("mine.csv", "Title,Spent,Bought,State,Qty,Box,Paid\n"+
			"Dragon Tassel,59.00,2026/05/01,Boxed,2,Shelf,x\n"+
			"御猫,185,2026-05-02,mint,1,,x\n"+
			"Grandma's strawberry,0,,worn,1,shelf,x\n")
		args := []string{"collection", "import", path, "--user", "alice", "--map", "price_paid=Spent"}

		t.Run("DryRunWritesNothing", func(t *testing.T) {
			out := s.mustRun(append(args, "--dry-run")...)
			if !strings.Contains(out, "3 rows would make 4 items (2 matched, 1 one-off, 0 ambiguous, 0 with problems); nothing was written") {
				t.Errorf("dry run: %s", out)
			}
			if n := s.count("items"); n != 0 {
				t.Errorf("%d items written", n)
			}
		})
		t.Run("Imports", func(t *testing.T) {
			out := s.mustRun(args...)
			if !strings.Contains(out, "into the collection of alice: 3 rows, 4 items") {
				t.Errorf("import: %s", out)
			}
			if n := s.count("items"); n != 4 {
				t.Errorf("%d items, want 4", n)
			}
			if n := s.count("storage_boxes"); n != 1 {
				t.Errorf("%d boxes, want 1 (Shelf and shelf are one)", n)
			}
		})
		t.Run("ExportsCSVToAPrivateFile", func(t *testing.T) {
			dst := filepath.Join(s.dir, "alice.csv")
			out := s.mustRun("collection", "export", "--user", "alice", "-o", dst)
			if !strings.Contains(out, "exported the collection of alice as csv to "+dst) {
				t.Errorf("export: %s", out)
			}
			b, err := os.ReadFile(dst)
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(strings.TrimSpace(string(b)), "\n")
			if len(lines) != 5 || !strings.HasPrefix(lines[0], "id,charm_id,charm_external_id,sku,name,title,") ||
				!strings.Contains(lines[1], ",pm-2,PM-002,Dragon Tassel,,cultural,silk,boxed,2026-05-01,,59.00,CNY,,stored,private,Shelf,") ||
				!strings.Contains(lines[4], ",Grandma's strawberry,") {
				t.Errorf("export file:\n%s", b)
			}
			if st, _ := os.Stat(dst); st.Mode().Perm() != 0o600 {
				t.Errorf("export file mode %v, want 0600", st.Mode().Perm())
			}
		})
		t.Run("ExportsJSONToStandardOutput", func(t *testing.T) {
			out, errOut, err := s.run("collection", "export", "--user", "alice", "--format", "json")
			if err != nil {
				t.Fatal(err, errOut)
			}
			var doc struct {
				Format string            `json:"format"`
				Items  []json.RawMessage `json:"items"`
			}
			if err := json.Unmarshal([]byte(out), &doc); err != nil || doc.Format != "charmory-collection" || len(doc.Items) != 4 {
				t.Errorf("json export (%v): %s", err, out)
			}
			if !strings.Contains(errOut, "exported the collection of alice as json to standard output") {
				t.Errorf("summary: %s", errOut)
			}
		})
		t.Run("OthersExportOnlyTheirOwn", func(t *testing.T) {
			out := s.mustRun("collection", "export", "--user", "bob")
			if strings.TrimSpace(out) != strings.SplitN(out, "\n", 2)[0] || strings.Contains(out, "Dragon") {
				t.Errorf("bob's export: %s", out)
			}
		})
	})
}

func TestCollectionImportProblems(t *testing.T) {
	eachEngine(t, func(t *testing.T, s *site) {
		collectionSite(t, s)
		t.Run("BadRowsAreListedAndNothingIsWritten", func(t *testing.T) {
			path := s.file("bad.csv", "Name,Paid,Date,Condition\n"+
				"Dragon Tassel,59.00,2026-05-01,mint\n"+
				"Dragon Tassel,5.999,2026-05-01,mint\n"+
				"Dragon Tassel,5,2026-13-01,mint\n"+
				"Dragon Tassel,5,2026-05-01,shiny\n")
			_, errOut, err := s.run("collection", "import", path, "--user", "alice")
			if err == nil || !strings.Contains(err.Error(), "3 rows have problems; nothing was imported") {
				t.Fatalf("err = %v", err)
			}
			for _, want := range []string{
				`line 3, column "Paid" (price_paid): “5.999” is not an amount in CNY with at most 2 decimals`,
				`line 4, column "Date" (acquired_on): must be a date like 2026-05-01 or 2026/05/01`,
				`line 5, column "Condition" (condition): “shiny” is not a known condition`,
			} {
				if !strings.Contains(errOut, want+"\n") {
					t.Errorf("stderr lacks %q:\n%s", want, errOut)
				}
			}
			if n := s.count("items"); n != 0 {
				t.Errorf("%d items written", n)
			}
		})
		ambiguous := s.file("amb.csv", "Name,Paid\nGuardian Cat,59\nDragon Tassel,10\n")
		t.Run("AmbiguousRowsListCandidates", func(t *testing.T) {
			_, errOut, err := s.run("collection", "import", ambiguous, "--user", "alice")
			if err == nil || !strings.Contains(err.Error(), "1 row matches several catalog charms; nothing was imported") {
				t.Fatalf("err = %v", err)
			}
			for _, want := range []string{
				`line 2: "Guardian Cat" matches several catalog charms; add --choose 2=CHARMID (0 for a one-off):`,
				strconv.FormatInt(s.charmID("pm-1"), 10) + "\tGuardian Cat\t(Palace Cats, Palace Museum, SKU PM-001)",
				strconv.FormatInt(s.charmID("pm-3"), 10) + "\tGuardian Cat\t(Palace Museum, SKU PM-003)",
			} {
				if !strings.Contains(errOut, want) {
					t.Errorf("stderr lacks %q:\n%s", want, errOut)
				}
			}
			if n := s.count("items"); n != 0 {
				t.Errorf("%d items written", n)
			}
		})
		t.Run("ChooseResolves", func(t *testing.T) {
			pm3 := s.charmID("pm-3")
			s.mustRun("collection", "import", ambiguous, "--user", "alice", "--choose", "2="+strconv.FormatInt(pm3, 10))
			var got int64
			s.withCatalog(func(ctx context.Context, _ *catalog.Service, d *db.DB) {
				if err := d.R.QueryRowContext(ctx, `SELECT charm_id FROM items ORDER BY id LIMIT 1`).Scan(&got); err != nil {
					t.Fatal(err)
				}
			})
			if got != pm3 {
				t.Errorf("item charm %d, want the chosen %d", got, pm3)
			}
		})
		t.Run("Refusals", func(t *testing.T) {
			tests := []struct {
				name string
				args []string
				err  string
			}{
				{"UnknownUser", []string{"import", ambiguous, "--user", "nobody"}, `no user named "nobody"`},
				{"BadChoice", []string{"import", ambiguous, "--user", "alice", "--choose", "x=3"}, "want LINE=CHARMID"},
				{"MissingFile", []string{"import", filepath.Join(s.dir, "none.csv"), "--user", "alice"}, "no such file"},
				{"UnknownColumn", []string{"import", ambiguous, "--user", "alice", "--map", "price_paid=Cost"}, `no column "Cost"`},
				{"DryRunFailsLikeTheImport", []string{"import", ambiguous, "--user", "alice", "--dry-run"}, "1 row matches several catalog charms; choose with --choose"},
				{"UnknownFormat", []string{"export", "--user", "alice", "--format", "xml"}, `unknown format "xml"`},
			}
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					_, errOut, err := s.run(append([]string{"collection"}, tt.args...)...)
					if err == nil || !strings.Contains(err.Error(), tt.err) {
						t.Fatalf("err = %v, want %q\n%s", err, tt.err, errOut)
					}
				})
			}
		})
	})
}
