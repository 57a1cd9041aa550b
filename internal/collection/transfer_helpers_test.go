package collection

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/db"
)

// catalogRefs lists the demo catalog's charms, by id.
func (f *fixture) catalogRefs(t testing.TB) []charmRef {
	t.Helper()
	rows, err := f.DB.R.QueryContext(ctxBG, `SELECT id, external_id, name, name_zh, sku, category, materials FROM charms ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []charmRef
	for rows.Next() {
		var c charmRef
		if err := rows.Scan(&c.ID, &c.ExternalID, &c.Name, &c.NameZH, &c.SKU, &c.Category, &c.Materials); err != nil {
			t.Fatal(err)
		}
		out = append(out, c)
	}
	return out
}

// uniqueCharms returns n charms whose English and Chinese names and SKU no
// other charm shares, so matching by any of them is unambiguous.
func (f *fixture) uniqueCharms(t testing.TB, n int) []charmRef {
	t.Helper()
	all := f.catalogRefs(t)
	seen := map[string]int{}
	for _, c := range all {
		seen[matchKey(c.Name)]++
		seen["zh "+matchKey(c.NameZH)]++
		seen["sku "+c.SKU]++
	}
	var out []charmRef
	for _, c := range all {
		if seen[matchKey(c.Name)] == 1 && seen["zh "+matchKey(c.NameZH)] == 1 && seen["sku "+c.SKU] == 1 && c.NameZH != "" && c.SKU != "" {
			out = append(out, c)
		}
	}
	if len(out) < n {
		t.Fatalf("%d uniquely named charms, want %d", len(out), n)
	}
	return out[:n]
}

// twinCharm saves a second catalog charm with c's names and a SKU of its
// own, so c's name matches two charms.
func (f *fixture) twinCharm(t testing.TB, id int64) *catalog.Charm {
	t.Helper()
	c, err := f.Catalog.Charm(ctxBG, id)
	if err != nil {
		t.Fatal(err)
	}
	twin := *c
	twin.ID, twin.ExternalID, twin.Version, twin.SKU = 0, "", 0, c.SKU+"-TWIN"
	if err := f.Catalog.SaveCharm(ctxBG, catalog.Actor{}, &twin, "admin"); err != nil {
		t.Fatalf("save twin: %v", err)
	}
	return &twin
}

// itemCount counts owner's items.
func itemCount(t testing.TB, d *db.DB, owner int64) int {
	t.Helper()
	var n int
	if err := d.R.QueryRowContext(ctxBG, `SELECT count(*) FROM items WHERE owner_id = $1`, owner).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// exported returns owner's CSV export as rows of column → value.
func (f *fixture) exported(t testing.TB, owner int64) (string, []map[string]string) {
	t.Helper()
	var buf bytes.Buffer
	if err := f.S.Export(ctxBG, owner, "csv", &buf); err != nil {
		t.Fatalf("export: %v", err)
	}
	recs, err := csv.NewReader(strings.NewReader(buf.String())).ReadAll()
	if err != nil || len(recs) == 0 {
		t.Fatalf("read export: %v", err)
	}
	var out []map[string]string
	for _, rec := range recs[1:] {
		row := map[string]string{}
		for i, h := range recs[0] {
			row[h] = rec[i]
		}
		out = append(out, row)
	}
	return buf.String(), out
}

// csvOf joins rows of cells into a CSV file.
func csvOf(rows ...[]string) string {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.WriteAll(rows)
	return buf.String()
}
