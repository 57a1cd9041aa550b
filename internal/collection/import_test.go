package collection

import (
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
)

func TestImportMatchesAndWrites(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		c := f.uniqueCharms(t, 5)
		id := func(i int) string { return strconv.FormatInt(c[i].ID, 10) }
		file := csvOf(
			[]string{"Charm", "SKU", "Name", "Nickname", "Condition", "Paid", "Currency", "Date", "Source", "Status", "Box", "Qty", "Notes", "Material"},
			[]string{id(0), "", "", "", "Boxed", "59.00", "", "2026-05-01", "shop", "", "", "", "", ""},
			[]string{c[1].ExternalID, "", "", "Lucky", "", "1,280.50", "usd", "2026/5/2", "Blind box", "For trade", "Shelf A", "2", "", ""},
			[]string{"", c[2].SKU, "", "", "worn", "¥12", "", "", "", "", "shelf a", "", "", ""},
			[]string{"", "", strings.ToUpper(c[3].Name), "", "", "", "", "", "", "", "", "", "", ""},
			[]string{"", "", c[4].NameZH, "", "", "", "", "", "", "", "", "", "", ""},
			[]string{"", "", "Grandma's crochet strawberry", "", "", "0", "", "", "gift", "", "", "", "knitted, \"with love\"", "Cotton|wool yarn"},
		)
		pv, err := f.S.PreviewImport(ctxBG, f.A, file, nil)
		if err != nil {
			t.Fatal(err)
		}
		if pv.Rows != 6 || pv.Items != 7 || pv.Matched != 5 || pv.OneOffs != 1 || len(pv.Errors) != 0 || len(pv.Ambiguous) != 0 {
			t.Fatalf("preview = %+v", pv)
		}
		wantMatch := []string{"id", "id", "sku", "name", "name", "one_off"}
		for i, r := range pv.Sample {
			if r.Match != wantMatch[i] || r.Line != i+2 {
				t.Errorf("sample %d = %+v, want match %s", i, r, wantMatch[i])
			}
		}
		if itemCount(t, d, f.A) != 0 {
			t.Fatal("preview wrote items")
		}
		var progress []int
		res, err := f.S.CommitImport(ctxBG, f.A, file, nil, nil, func(done, total int) {
			if total != 7 {
				t.Errorf("progress total %d", total)
			}
			progress = append(progress, done)
		})
		if err != nil || res.Items != 7 || res.Rows != 6 {
			t.Fatalf("commit = %+v, %v", res, err)
		}
		if !reflect.DeepEqual(progress, []int{7}) {
			t.Errorf("progress = %v", progress)
		}
		_, rows := f.exported(t, f.A)
		if len(rows) != 7 {
			t.Fatalf("%d items exported", len(rows))
		}
		checks := []struct {
			row              int
			charm, cond, pay string
			curr, date, box  string
			title, status    string
		}{
			{0, id(0), "boxed", "59.00", "CNY", "2026-05-01", "", "", "stored"},
			{1, id(1), "mint", "1280.50", "USD", "2026-05-02", "Shelf A", "Lucky", "for_trade"},
			{2, id(1), "mint", "1280.50", "USD", "2026-05-02", "Shelf A", "Lucky", "for_trade"},
			{3, id(2), "worn", "12.00", "CNY", "", "Shelf A", "", "stored"},
			{4, id(3), "mint", "0.00", "CNY", "", "", "", "stored"},
			{5, id(4), "mint", "0.00", "CNY", "", "", "", "stored"},
			{6, "", "mint", "0.00", "CNY", "", "", "Grandma's crochet strawberry", "stored"},
		}
		for _, w := range checks {
			r := rows[w.row]
			got := []string{r["charm_id"], r["condition"], r["price_paid"], r["currency"], r["acquired_on"], r["box"], r["title"], r["status"]}
			want := []string{w.charm, w.cond, w.pay, w.curr, w.date, w.box, w.title, w.status}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("item %d = %q, want %q", w.row, got, want)
			}
		}
		if r := rows[6]; r["memory"] != `knitted, "with love"` || r["materials"] != "cotton|wool_yarn" || r["source"] != "gift" {
			t.Errorf("one-off = %v", r)
		}
		if n := importTestCount(t, d, `SELECT count(*) FROM storage_boxes WHERE owner_id = $1`, f.A); n != 1 {
			t.Errorf("%d boxes, want one for Shelf A and shelf a", n)
		}
	})
}

func TestImportBadRowsWriteNothing(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		c := f.uniqueCharms(t, 1)[0]
		file := csvOf(
			[]string{"Item", "Paid", "Bought", "State"},
			[]string{c.Name, "59.00", "2026-05-01", "mint"},
			[]string{c.Name, "59,9", "2026-05-01", "mint"},
			[]string{c.Name, "10", "2026-05-01", "mint"},
			[]string{c.Name, "10", "2030-01-01", "mint"},
			[]string{c.Name, "10", "2026-05-01", "shiny"},
			[]string{c.Name, "10", "2026/05/02", "Boxed"},
		)
		m := Mapping{"name": "item", "price_paid": "Paid", "acquired_on": "Bought", "condition": "State"}
		want := []RowError{
			{Line: 3, Column: "Paid", Field: "price_paid"},
			{Line: 5, Column: "Bought", Field: "acquired_on"},
			{Line: 6, Column: "State", Field: "condition"},
		}
		strip := func(list []RowError) []RowError {
			out := make([]RowError, len(list))
			for i, e := range list {
				if e.Message == "" {
					t.Errorf("error without a message: %+v", e)
				}
				out[i] = RowError{Line: e.Line, Column: e.Column, Field: e.Field}
			}
			return out
		}
		pv, err := f.S.PreviewImport(ctxBG, f.A, file, m)
		if err != nil {
			t.Fatal(err)
		}
		if got := strip(pv.Errors); !reflect.DeepEqual(got, want) {
			t.Errorf("preview errors = %+v, want %+v", got, want)
		}
		res, err := f.S.CommitImport(ctxBG, f.A, file, m, nil, nil)
		if !errs.Is(err, errs.Invalid) || !strings.Contains(errs.Message(err), "3 rows have problems; nothing was imported") {
			t.Fatalf("err = %v", err)
		}
		if got := strip(res.Errors); !reflect.DeepEqual(got, want) {
			t.Errorf("commit errors = %+v, want %+v", got, want)
		}
		if n := itemCount(t, d, f.A); n != 0 {
			t.Errorf("%d items written", n)
		}
	})
}

func TestImportRowProblems(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		c := f.uniqueCharms(t, 1)[0]
		tests := []struct {
			name, row          string
			column, field, msg string
		}{
			{"RaggedRow", "x,1", "", "", "has 2 fields but the header has 6"},
			{"UnknownCharmWithoutName", "pm-none,,,,,", "charm", "charm", "is not the id, external id or name of a catalog charm"},
			{"UnknownSKUWithoutName", ",NO-SUCH,,,,", "sku", "sku", "no catalog charm has SKU"},
			{"NothingToName", ",,,,,5", "charm", "charm", "needs a charm, SKU, name or title"},
			{"QuantityOutOfRange", c.ExternalID + ",,,,101,", "quantity", "quantity", "from 1 to 100"},
			{"UnknownCurrency", c.ExternalID + ",,,XYZ,,", "currency", "currency", "not a supported currency"},
			{"TooManyDecimalsForYen", c.ExternalID + ",,,JPY,,12.5", "price_paid", "price_paid", "at most 0 decimals"},
			{"LongOneOffTitle", ",," + strings.Repeat("x", 201) + ",,,", "name", "title", "too long"},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				file := "charm,sku,name,currency,quantity,price_paid\n" + tt.row + "\n"
				pv, err := f.S.PreviewImport(ctxBG, f.A, file, nil)
				if err != nil {
					t.Fatal(err)
				}
				if len(pv.Errors) != 1 {
					t.Fatalf("errors = %+v", pv.Errors)
				}
				e := pv.Errors[0]
				if e.Line != 2 || e.Column != tt.column || e.Field != tt.field || !strings.Contains(e.Message, tt.msg) {
					t.Errorf("error = %+v, want column %q field %q message ~%q", e, tt.column, tt.field, tt.msg)
				}
			})
		}
		t.Run("CharmColumnHoldingNames", func(t *testing.T) {
			pv, err := f.S.PreviewImport(ctxBG, f.A, "Charm\n"+c.NameZH+"\n", nil)
			if err != nil || len(pv.Errors) != 0 || pv.Matched != 1 || pv.Sample[0].CharmID != c.ID || pv.Sample[0].Match != "name" {
				t.Fatalf("preview = %+v, %v", pv, err)
			}
		})
		t.Run("UnknownCharmWithNameIsOneOff", func(t *testing.T) {
			pv, err := f.S.PreviewImport(ctxBG, f.A, "charm,name\npm-none,Moon keychain\n", nil)
			if err != nil || len(pv.Errors) != 0 || pv.OneOffs != 1 || pv.Sample[0].Name != "Moon keychain" {
				t.Fatalf("preview = %+v, %v", pv, err)
			}
		})
	})
}

func TestImportMappingProblems(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		tests := []struct {
			name, file string
			m          Mapping
			msg        string
		}{
			{"MissingColumn", "Name,Price\nA,1\n", Mapping{"name": "Name", "price_paid": "Paid"}, `no column "Paid"`},
			{"UnknownTarget", "Name\nA\n", Mapping{"name": "Name", "colour": "Name"}, `"colour" is not a field`},
			{"NothingNamesTheCharm", "Paid\n1\n", nil, "map a column to charm, sku, name or title"},
			{"Empty", "", nil, "the file is empty"},
			{"Binary", "\x89PNG\r\n\x1a\n\x00\x00\x00", nil, "not a text file"},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				_, err := f.S.PreviewImport(ctxBG, f.A, tt.file, tt.m)
				if !errs.Is(err, errs.Invalid) || !strings.Contains(errs.Message(err), tt.msg) {
					t.Fatalf("err = %v, want Invalid ~%q", err, tt.msg)
				}
			})
		}
	})
}

func TestImportAmbiguous(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		c := f.uniqueCharms(t, 2)
		twin := f.twinCharm(t, c[0].ID)
		file := csvOf([]string{"Name", "Title"}, []string{c[1].Name, ""}, []string{c[0].Name, ""}, []string{c[0].NameZH, "Lucky"})

		pv, err := f.S.PreviewImport(ctxBG, f.A, file, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(pv.Ambiguous) != 2 || pv.Matched != 1 || pv.Items != 3 {
			t.Fatalf("preview = %+v", pv)
		}
		amb := pv.Ambiguous[0]
		if amb.Line != 3 || amb.Match != "ambiguous" || len(amb.Candidates) != 2 ||
			amb.Candidates[0].CharmID != c[0].ID || amb.Candidates[1].CharmID != twin.ID || amb.Candidates[1].SKU != twin.SKU ||
			amb.Candidates[0].StudioName == "" {
			t.Errorf("ambiguous row = %+v", amb)
		}

		t.Run("WithoutChoicesConflicts", func(t *testing.T) {
			res, err := f.S.CommitImport(ctxBG, f.A, file, nil, map[int]int64{3: twin.ID}, nil)
			if !errs.Is(err, errs.Conflict) || len(res.Errors) != 1 || res.Errors[0].Line != 4 || res.Errors[0].Column != "Name" {
				t.Fatalf("commit = %+v, %v", res, err)
			}
			if n := itemCount(t, d, f.A); n != 0 {
				t.Fatalf("%d items written", n)
			}
		})
		t.Run("ChoiceMustBeACandidate", func(t *testing.T) {
			res, err := f.S.CommitImport(ctxBG, f.A, file, nil, map[int]int64{3: c[1].ID, 4: 0}, nil)
			if !errs.Is(err, errs.Invalid) || len(res.Errors) != 1 || res.Errors[0].Line != 3 {
				t.Fatalf("commit = %+v, %v", res, err)
			}
		})
		t.Run("ChoicesResolve", func(t *testing.T) {
			res, err := f.S.CommitImport(ctxBG, f.A, file, nil, map[int]int64{3: twin.ID, 4: 0}, nil)
			if err != nil || res.Items != 3 {
				t.Fatalf("commit = %+v, %v", res, err)
			}
			_, rows := f.exported(t, f.A)
			got := [][2]string{}
			for _, r := range rows {
				got = append(got, [2]string{r["charm_id"], r["title"]})
			}
			want := [][2]string{{strconv.FormatInt(c[1].ID, 10), ""}, {strconv.FormatInt(twin.ID, 10), ""}, {"", "Lucky"}}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("items = %v, want %v", got, want)
			}
		})
	})
}

func TestImportFulfilsWishes(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		c := f.uniqueCharms(t, 1)[0]
		if _, err := d.W.ExecContext(ctxBG, `INSERT INTO wishes (owner_id, charm_id, created_at) VALUES ($1, $2, $3)`, f.A, c.ID, f.Now); err != nil {
			t.Fatal(err)
		}
		if _, err := f.S.CommitImport(ctxBG, f.A, "sku\n"+c.SKU+"\n", nil, nil, nil); err != nil {
			t.Fatal(err)
		}
		if n := importTestCount(t, d, `SELECT count(*) FROM wishes WHERE owner_id = $1 AND fulfilled_item_id IS NOT NULL`, f.A); n != 1 {
			t.Errorf("%d wishes fulfilled, want 1", n)
		}
	})
}

// importTestCount runs a count query.
func importTestCount(t testing.TB, d *db.DB, query string, args ...any) int {
	t.Helper()
	var n int
	if err := d.R.QueryRowContext(ctxBG, query, args...).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}
