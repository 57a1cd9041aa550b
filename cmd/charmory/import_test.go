package main

import (
	"context"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/db"
)

const goodCSV = `external_id,name,name_zh,studio,ip,series,category,materials,colours,themes,list_price,currency,region,nfc,story
pm-1,Guardian Cat,御猫,palace-museum,guardian-cats,palace-cats,cultural,zinc_alloy|enamel,gold|red,heritage|animals,59.90,CNY,east_asia,yes,"Cats guard the palace, they say."
pm-2,Dragon Tassel,,palace-museum,,,cultural,silk,red,heritage,39,CNY,east_asia,no,
ss-1,Lightstick Mini,,seoul-stitch,,,functional,silicone,pink,kpop,18500,KRW,east_asia,true,
`

// badCSV has two good rows and three bad ones, on lines 3, 5 and 6.
const badCSV = `external_id,name,studio,category,list_price,materials
ok-1,Good One,palace-museum,cultural,10,enamel
bad-price,Bad Price,palace-museum,cultural,"12,5",enamel
ok-2,Good Two,seoul-stitch,plush,20,cotton
bad-studio,Bad Studio,nowhere,plush,20,cotton
bad-codes,Bad Codes,seoul-stitch,plushie,20,tin
`

func TestImport(t *testing.T) {
	eachEngine(t, func(t *testing.T, s *site) {
		t.Run("CreatesRowsThenReimportIsUnchanged", func(t *testing.T) {
			path := s.file("charms.csv", goodCSV)
			out := s.mustRun("import", path)
			if !strings.Contains(out, "3 created, 0 updated, 0 unchanged, 0 skipped") {
				t.Fatalf("first import: %s", out)
			}
			out = s.mustRun("import", path)
			if !strings.Contains(out, "0 created, 0 updated, 3 unchanged, 0 skipped") {
				t.Fatalf("second import: %s", out)
			}
			s.withCatalog(func(ctx context.Context, svc *catalog.Service, _ *db.DB) {
				c, err := svc.CharmByExternalID(ctx, "pm-1")
				if err != nil {
					t.Fatal(err)
				}
				if c.ListPrice != 5990 || c.IPID == 0 || c.SeriesID == 0 || !c.NFC || c.NameZH != "御猫" || c.Version != 1 {
					t.Errorf("stored %+v", c)
				}
				if k, _ := svc.CharmByExternalID(ctx, "ss-1"); k == nil || k.ListPrice != 18500 || k.Currency != "KRW" {
					t.Errorf("KRW charm %+v", k)
				}
			})
		})
		t.Run("ChangedRowIsUpdated", func(t *testing.T) {
			path := s.file("changed.csv", strings.Replace(goodCSV, "Dragon Tassel,,", "Dragon Tassel,龙穗,", 1))
			if out := s.mustRun("import", path); !strings.Contains(out, "0 created, 1 updated, 2 unchanged") {
				t.Fatalf("import: %s", out)
			}
		})
	})
}

func TestImportBadRows(t *testing.T) {
	wantErrors := []string{
		`line 3, field list_price: "12,5" is not an amount with at most 2 decimals`,
		`line 5, field studio: names an unknown studio "nowhere"`,
		`line 6, field category: has an unknown value "plushie"`,
		`line 6, field materials: has an unknown value "tin"`,
	}
	eachEngine(t, func(t *testing.T, s *site) {
		path := s.file("bad.csv", badCSV)
		t.Run("AbortsAndWritesNothing", func(t *testing.T) {
			_, errOut, err := s.run("import", path)
			if err == nil || !strings.Contains(err.Error(), "3 of 5 rows are invalid; nothing was imported") {
				t.Fatalf("err = %v", err)
			}
			for _, want := range wantErrors {
				if !strings.Contains(errOut, want+"\n") {
					t.Errorf("stderr lacks %q:\n%s", want, errOut)
				}
			}
			if n := s.count("charms"); n != 0 {
				t.Errorf("%d charms written", n)
			}
		})
		t.Run("DryRunWritesNothing", func(t *testing.T) {
			out, errOut, err := s.run("import", "--dry-run", "--skip-invalid", path)
			if err != nil {
				t.Fatal(err, errOut)
			}
			if !strings.Contains(out, "would create 2, update 0, leave 0 unchanged, skip 3; nothing was written") {
				t.Errorf("dry run: %s", out)
			}
			if n := s.count("charms"); n != 0 {
				t.Errorf("%d charms written by a dry run", n)
			}
		})
		t.Run("SkipInvalidImportsTheGoodRows", func(t *testing.T) {
			out, errOut, err := s.run("import", "--skip-invalid", path)
			if err != nil {
				t.Fatal(err, errOut)
			}
			if !strings.Contains(out, "2 created, 0 updated, 0 unchanged, 3 skipped") {
				t.Errorf("summary: %s", out)
			}
			for _, want := range wantErrors {
				if !strings.Contains(errOut, want) {
					t.Errorf("stderr lacks %q:\n%s", want, errOut)
				}
			}
			if n := s.count("charms"); n != 2 {
				t.Errorf("%d charms, want 2", n)
			}
		})
		t.Run("DryRunSeesUnchangedRows", func(t *testing.T) {
			out := s.mustRun("import", "--dry-run", "--skip-invalid", path)
			if !strings.Contains(out, "would create 0, update 0, leave 2 unchanged, skip 3") {
				t.Errorf("dry run: %s", out)
			}
		})
	})
}

func TestImportFileProblems(t *testing.T) {
	s := newSite(t, db.SQLite)
	tests := []struct {
		name, file, content string
		args                []string
		err, stderr         string
	}{
		{"JSONWrongTypes", "charms.json", "[\n{\"external_id\":\"j-1\",\"name\":\"J\",\"studio\":\"seoul-stitch\",\"category\":\"plush\",\"nfc\":\"yes\"}\n]\n",
			nil, "1 of 1 rows are invalid", "line 2, field nfc: is a string, want true or false\n"},
		{"JSONSyntax", "broken.json", "[\n{\"external_id\":\n", nil, "nothing was imported", "line 3: the file ends in the middle of the array\n"},
		{"UnknownColumn", "cols.csv", "external_id,name,studio,category,colour\n", nil, "nothing was imported", "line 1, field colour: unknown column"},
		{"FormatFromFlag", "charms.txt", "external_id,name,studio,category\nt-1,T,seoul-stitch,plushie\n", []string{"--format", "csv"},
			"1 of 1 rows are invalid", `line 2, field category: has an unknown value "plushie"`},
		{"UnknownExtension", "charms.txt", "", nil, "cannot tell the format", ""},
		{"MissingFile", "", "", nil, "no such file", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := s.dir + "/missing.csv"
			if tt.file != "" {
				path = s.file(tt.file, tt.content)
			}
			_, errOut, err := s.run(append(append([]string{"import"}, tt.args...), path)...)
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Fatalf("err = %v, want %q", err, tt.err)
			}
			if !strings.Contains(errOut, tt.stderr) {
				t.Errorf("stderr lacks %q:\n%s", tt.stderr, errOut)
			}
		})
	}
	if n := s.count("charms"); n != 0 {
		t.Errorf("%d charms written by failed imports", n)
	}
}
