package web

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/collection"
)

// insightUpload posts a CSV file to the upload form as u.
func insightUpload(t testing.TB, h *harness, u *collUser, name, content string) *page {
	t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, err := mw.CreateFormFile("file", name)
	if err != nil {
		t.Fatal(err)
	}
	fw.Write([]byte(content))
	if err := mw.Close(); err != nil {
		t.Fatal(err)
	}
	r := httptest.NewRequest(http.MethodPost, "/collection/import", &body)
	r.Header.Set("Content-Type", mw.FormDataContentType())
	r.Header.Set("Sec-Fetch-Site", "same-origin")
	r.AddCookie(u.Cookie)
	return h.do(t, r)
}

// insightItemCount is how many items owner has.
func insightItemCount(t testing.TB, h *harness, owner int64) int {
	t.Helper()
	var n int
	if err := h.DB.QueryRow(context.Background(), `SELECT COUNT(*) FROM items WHERE owner_id = $1`, owner).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestImportFlow(t *testing.T) {
	h := newHarness(t)
	a := collSignIn(t, h)
	charm := h.anyCharm(t)
	file := "Piece,Paid,How many\n" + charm.Name + ",59.00,2\nMy own bead star,,1\n"

	loc := insightUpload(t, h, &a, "spreadsheet export.csv", file).collRedirect(t, "/collection/import/")
	p := collGet(t, h, &a, loc).mustStatus(t, http.StatusOK)
	// "Piece" and "How many" are no guessable names: they start unmapped,
	// "Paid" is guessed.
	p.mustHave(t, `select[name="map.price_paid"] option[value="Paid"][selected]`)
	if p.count(`select[name="map.name"] option[selected][value="Piece"]`) != 0 {
		t.Fatal("Piece was guessed as the name")
	}

	mapping := url.Values{"map.name": {"Piece"}, "map.price_paid": {"Paid"}, "map.quantity": {"How many"}}
	preview := url.Values{"action": {"preview"}}
	for k, v := range mapping {
		preview[k] = v
	}
	p = collPost(t, h, &a, loc, preview).mustStatus(t, http.StatusOK)
	stats := p.texts(".insight-stats li strong")
	if len(stats) < 2 || stats[0] != "2" || stats[1] != "3" {
		t.Fatalf("preview stats = %q, want 2 rows and 3 items", stats)
	}
	if insightItemCount(t, h, a.ID) != 0 {
		t.Fatal("a preview wrote items")
	}

	commit := url.Values{"action": {"commit"}}
	for k, v := range mapping {
		commit[k] = v
	}
	collPost(t, h, &a, loc, commit).collRedirect(t, "/collection/import?imported=3")
	if n := insightItemCount(t, h, a.ID); n != 3 {
		t.Fatalf("%d items after the import, want 3", n)
	}
	collGet(t, h, &a, loc).mustStatus(t, http.StatusNotFound) // the staged file is gone
	collGet(t, h, &a, "/collection/import?imported=3").mustHave(t, ".alert-ok")
}

func TestImportReportsEveryBadRowAndWritesNothing(t *testing.T) {
	h := newHarness(t)
	a := collSignIn(t, h)
	file := "name,price_paid,condition\nA,1.00,mint\nB,lots,mint\nC,2.00,shiny\nD,3.00,mint\nE,-1,mint\n"
	loc := insightUpload(t, h, &a, "bad.csv", file).collRedirect(t, "/collection/import/")
	p := collGet(t, h, &a, loc).mustStatus(t, http.StatusOK)
	lines := p.texts("#preview-errors tbody tr td:first-child")
	if strings.Join(lines, ",") != "3,4,6" {
		t.Fatalf("error lines = %q, want 3,4,6", lines)
	}
	cols := p.texts("#preview-errors tbody tr td:nth-child(2)")
	if strings.Join(cols, ",") != "price_paid,condition,price_paid" {
		t.Fatalf("error columns = %q", cols)
	}
	p.mustHave(t, `button[value=commit][disabled]`)

	p = collPost(t, h, &a, loc, url.Values{"action": {"commit"}}).mustStatus(t, http.StatusUnprocessableEntity)
	p.mustHave(t, "#commit-errors")
	if insightItemCount(t, h, a.ID) != 0 {
		t.Fatal("a file with bad rows wrote items")
	}
}

func TestImportUploadRefusesNothingAndNonsense(t *testing.T) {
	h := newHarness(t)
	a := collSignIn(t, h)
	p := collPost(t, h, &a, "/collection/import", url.Values{"content": {""}}).mustStatus(t, http.StatusUnprocessableEntity)
	p.mustHave(t, "#e-file")
	// Pasted text works like a file.
	collPost(t, h, &a, "/collection/import", url.Values{"content": {"name\nA charm of my own\n"}}).collRedirect(t, "/collection/import/")
}

func TestImportDiscard(t *testing.T) {
	h := newHarness(t)
	a := collSignIn(t, h)
	loc := insightStage(t, h, a.ID, "name\nx\n")
	collPost(t, h, &a, loc+"/discard", nil).collRedirect(t, "/collection/import?discarded=1")
	collGet(t, h, &a, loc).mustStatus(t, http.StatusNotFound)
}

// TestImportOwnerOnly: B can neither open, preview, commit nor discard
// A's staged file.
func TestImportOwnerOnly(t *testing.T) {
	h := newHarness(t)
	a, b := collSignIn(t, h), collSignIn(t, h)
	loc := insightStage(t, h, a.ID, "name\nA's secret charm\n")
	collGet(t, h, &b, loc).mustStatus(t, http.StatusNotFound)
	collPost(t, h, &b, loc, url.Values{"action": {"preview"}}).mustStatus(t, http.StatusNotFound)
	collPost(t, h, &b, loc, url.Values{"action": {"commit"}}).mustStatus(t, http.StatusNotFound)
	collPost(t, h, &b, loc+"/discard", nil).mustStatus(t, http.StatusNotFound)
	if insightItemCount(t, h, b.ID) != 0 || insightItemCount(t, h, a.ID) != 0 {
		t.Fatal("someone else's commit wrote items")
	}
	collGet(t, h, &a, loc).mustStatus(t, http.StatusOK) // still there for A
}

// TestExportOwnerOnly: each export holds the downloader's items only.
func TestExportOwnerOnly(t *testing.T) {
	h := newHarness(t)
	a, b := collSignIn(t, h), collSignIn(t, h)
	collItem(t, h, a.ID, collection.ItemInput{Title: "Alice's private bell", Category: "metal_enamel"})
	mine := collItem(t, h, b.ID, collection.ItemInput{Title: "Bob's bead star", Category: "beaded"})
	insightWish(t, h, a.ID, h.anyCharm(t).ID)

	p := collGet(t, h, &b, "/collection/export.csv").mustStatus(t, http.StatusOK)
	if cd := p.Header.Get("Content-Disposition"); !strings.HasPrefix(cd, "attachment;") || !strings.Contains(cd, ".csv") {
		t.Fatalf("Content-Disposition = %q", cd)
	}
	rows, err := csv.NewReader(strings.NewReader(p.Body)).ReadAll()
	if err != nil {
		t.Fatalf("export is not CSV: %v", err)
	}
	if len(rows) != 2 || !strings.Contains(strings.Join(rows[1], ","), "Bob's bead star") {
		t.Fatalf("B's CSV export = %q, want a header and Bob's one item", rows)
	}

	p = collGet(t, h, &b, "/collection/export.json").mustStatus(t, http.StatusOK)
	if !strings.HasPrefix(p.Header.Get("Content-Type"), "application/json") {
		t.Fatalf("Content-Type = %q", p.Header.Get("Content-Type"))
	}
	var doc map[string]json.RawMessage
	if err := json.Unmarshal([]byte(p.Body), &doc); err != nil {
		t.Fatalf("export is not JSON: %v", err)
	}
	if strings.Contains(p.Body, "Alice") || !strings.Contains(p.Body, strconv.FormatInt(mine.ID, 10)) {
		t.Fatal("B's JSON export holds A's data or lacks B's item")
	}
}

func TestImportAmbiguousRowsAskForAChoice(t *testing.T) {
	h := newHarness(t)
	a := collSignIn(t, h)
	f := addCatalogFixture(t, h)
	var twins []int64
	for _, sku := range []string{"TWIN-A", "TWIN-B"} {
		c := &catalog.Charm{Name: "Zephyr Twin Star", StudioID: f.Studio.ID, Category: "acrylic", Materials: []string{"acrylic"},
			ListPrice: 2500, Currency: "CNY", Region: "europe", SKU: sku}
		if err := h.Catalog.SaveCharm(context.Background(), catalog.Actor{}, c, catalog.SourceAdmin); err != nil {
			t.Fatal(err)
		}
		twins = append(twins, c.ID)
	}
	loc := insightStage(t, h, a.ID, "name\nZephyr Twin Star\nZephyr Twin Star\n")
	p := collGet(t, h, &a, loc).mustStatus(t, http.StatusOK)
	if n := p.count("fieldset.ambiguous"); n != 2 {
		t.Fatalf("%d ambiguous rows shown, want 2", n)
	}
	p.mustHave(t, `input[type=radio][name="choice.2"][value="`+strconv.FormatInt(twins[1], 10)+`"]`)
	p.mustHave(t, `input[type=radio][name="choice.3"][value="0"]`)

	// Committing without deciding writes nothing and keeps the choices asked.
	p = collPost(t, h, &a, loc, url.Values{"action": {"commit"}, "choice.2": {strconv.FormatInt(twins[1], 10)}})
	p.mustStatus(t, http.StatusUnprocessableEntity)
	p.mustHave(t, `input[name="choice.2"][value="`+strconv.FormatInt(twins[1], 10)+`"][checked]`)
	if insightItemCount(t, h, a.ID) != 0 {
		t.Fatal("an undecided import wrote items")
	}

	collPost(t, h, &a, loc, url.Values{"action": {"commit"}, "choice.2": {strconv.FormatInt(twins[1], 10)}, "choice.3": {"0"}}).
		collRedirect(t, "/collection/import?imported=2")
	var charmIDs []int64
	rows, err := h.DB.Query(context.Background(), `SELECT COALESCE(charm_id, 0) FROM items WHERE owner_id = $1 ORDER BY id`, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		rows.Scan(&id)
		charmIDs = append(charmIDs, id)
	}
	if len(charmIDs) != 2 || charmIDs[0] != twins[1] || charmIDs[1] != 0 {
		t.Fatalf("imported charms = %v, want [%d 0] (the chosen twin, then a one-off)", charmIDs, twins[1])
	}
}
