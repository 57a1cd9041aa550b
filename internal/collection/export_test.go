package collection

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
)

// exportFixture gives A a varied collection: a catalog item with a
// nickname in a box, a yen purchase, a public one-off with a memory that
// needs quoting, a photo, a wish and a budget entry.
func exportFixture(t *testing.T, d *db.DB) (*fixture, []charmRef) {
	t.Helper()
	f := newFixture(t, d)
	c := f.uniqueCharms(t, 3)
	box := importTestInsert(t, d, `INSERT INTO storage_boxes (owner_id, name, created_at) VALUES ($1, 'Tin, blue', $2) RETURNING id`, f.A, f.Now)
	first := f.mustItem(t, f.A, c[0].ID, func(in *ItemInput) { in.Title, in.BoxID, in.Status = "Lucky", box, "on_carrier" })
	f.mustItem(t, f.A, c[1].ID, func(in *ItemInput) {
		in.PricePaid, in.Currency, in.Condition, in.Source = 1500, "JPY", "worn", "secondhand"
	})
	f.mustItem(t, f.A, 0, func(in *ItemInput) {
		in.Title, in.Category, in.Materials, in.Memory, in.Visibility = "Grandma's crochet strawberry", "crochet",
			[]string{"cotton", "wool_yarn"}, "Made the winter she turned 80,\n\"for luck\".", "public"
	})
	importTestInsert(t, d, `INSERT INTO item_photos (item_id, owner_id, position, sha256, content_type, width, height, bytes, created_at)
		VALUES ($1, $2, 0, 'abc123', 'image/png', 10, 10, 100, $3) RETURNING id`, first.ID, f.A, f.Now)
	importTestInsert(t, d, `INSERT INTO wishes (owner_id, charm_id, priority, max_price, currency, note, created_at)
		VALUES ($1, $2, 1, 9900, 'CNY', 'the chase', $3) RETURNING id`, f.A, c[2].ID, f.Now)
	importTestInsert(t, d, `INSERT INTO budget_entries (owner_id, spent_on, amount, currency, home_amount, home_currency, source, ref, created_at)
		VALUES ($1, '2026-06-01', 5900, 'CNY', 5900, 'CNY', 'platform', 'order:1', $2) RETURNING id`, f.A, f.Now)
	return f, c
}

func TestExportCSVRoundTrip(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f, c := exportFixture(t, d)
		file, rowsA := f.exported(t, f.A)
		if !strings.HasPrefix(file, strings.Join(exportColumns, ",")+"\n") {
			t.Fatalf("header: %q", file[:80])
		}
		if len(rowsA) != 3 {
			t.Fatalf("%d rows", len(rowsA))
		}
		first := rowsA[0]
		if first["name"] != c[0].Name || first["title"] != "Lucky" || first["box"] != "Tin, blue" || first["sku"] != c[0].SKU ||
			first["charm_external_id"] != c[0].ExternalID || first["category"] != c[0].Category || !strings.HasPrefix(first["photos"], "/collection/photos/") {
			t.Errorf("first row = %v", first)
		}
		if rowsA[1]["price_paid"] != "1500" || rowsA[1]["currency"] != "JPY" {
			t.Errorf("yen row = %v", rowsA[1])
		}

		res, err := f.S.CommitImport(ctxBG, f.B, file, nil, nil, nil)
		if err != nil || res.Items != 3 {
			t.Fatalf("import into B = %+v, %v", res, err)
		}
		_, rowsB := f.exported(t, f.B)
		for i := range rowsA {
			for _, r := range []map[string]string{rowsA[i], rowsB[i]} {
				delete(r, "id")
				delete(r, "photos") // files are not part of a CSV import
			}
			if !reflect.DeepEqual(rowsA[i], rowsB[i]) {
				t.Errorf("item %d:\nA %v\nB %v", i, rowsA[i], rowsB[i])
			}
		}
		var category, materials string
		if err := d.R.QueryRowContext(ctxBG, `SELECT category, materials FROM items WHERE owner_id = $1 AND charm_id = $2`, f.B, c[0].ID).Scan(&category, &materials); err != nil {
			t.Fatal(err)
		}
		if category != "" || materials != "" {
			t.Errorf("catalog item stored its charm's category %q and materials %q", category, materials)
		}
	})
}

func TestExportJSON(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f, c := exportFixture(t, d)
		var buf bytes.Buffer
		if err := f.S.Export(ctxBG, f.A, "JSON", &buf); err != nil {
			t.Fatal(err)
		}
		var doc struct {
			Format     string       `json:"format"`
			Version    int          `json:"version"`
			ExportedAt time.Time    `json:"exported_at"`
			Items      []exportItem `json:"items"`
			Wishlist   []exportWish `json:"wishlist"`
			Budget     struct {
				Settings Settings      `json:"settings"`
				Entries  []BudgetEntry `json:"entries"`
			} `json:"budget"`
		}
		if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
			t.Fatalf("decode: %v\n%s", err, buf.String())
		}
		if doc.Format != "charmory-collection" || doc.Version != 1 || !doc.ExportedAt.Equal(f.Now) || len(doc.Items) != 3 {
			t.Fatalf("document = %+v", doc)
		}
		ph := doc.Items[0].Photos
		if len(ph) != 1 || ph[0].SHA256 != "abc123" || ph[0].ContentType != "image/png" || ph[0].URL != "/collection/photos/"+strconv.FormatInt(ph[0].ID, 10) {
			t.Errorf("photos = %+v", ph)
		}
		if it := doc.Items[2]; it.CharmID != 0 || it.Title != "Grandma's crochet strawberry" || !reflect.DeepEqual(it.Materials, []string{"cotton", "wool_yarn"}) || it.Photos == nil {
			t.Errorf("one-off = %+v", it)
		}
		if len(doc.Wishlist) != 1 || doc.Wishlist[0].CharmID != c[2].ID || doc.Wishlist[0].CharmExternalID != c[2].ExternalID || doc.Wishlist[0].MaxPrice != 9900 {
			t.Errorf("wishlist = %+v", doc.Wishlist)
		}
		if doc.Budget.Settings.BudgetCurrency != "CNY" || len(doc.Budget.Entries) != 1 || doc.Budget.Entries[0].Ref != "order:1" {
			t.Errorf("budget = %+v", doc.Budget)
		}
	})
}

func TestExportOwnerScoping(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f, _ := exportFixture(t, d)
		f.mustItem(t, f.B, f.uniqueCharms(t, 1)[0].ID)
		_, rows := f.exported(t, f.B)
		if len(rows) != 1 {
			t.Fatalf("B's export has %d items, want its 1", len(rows))
		}
		var buf bytes.Buffer
		if err := f.S.Export(ctxBG, f.B, "json", &buf); err != nil {
			t.Fatal(err)
		}
		for _, secret := range []string{"Lucky", "strawberry", "Tin, blue", "abc123", "the chase", "order:1"} {
			if strings.Contains(buf.String(), secret) || strings.Contains(rows[0]["title"]+rows[0]["box"], secret) {
				t.Errorf("B's export holds A's %q", secret)
			}
		}
	})
}

func TestExportRefusesUnknownFormat(t *testing.T) {
	f := newFixture(t, dbtest.MustOpen(t, db.SQLite))
	if err := f.S.Export(ctxBG, f.A, "xml", &bytes.Buffer{}); !errs.Is(err, errs.Invalid) {
		t.Fatalf("err = %v, want Invalid", err)
	}
}

// importTestInsert runs an INSERT … RETURNING id.
func importTestInsert(t testing.TB, d *db.DB, query string, args ...any) int64 {
	t.Helper()
	var id int64
	if err := d.W.QueryRowContext(ctxBG, query, args...).Scan(&id); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return id
}
