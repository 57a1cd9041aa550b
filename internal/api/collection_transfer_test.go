package api_test

import (
	"encoding/csv"
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/api"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
)

// importProblem is the 422 of an import with bad rows.
type importProblem struct {
	problem
	Result api.ImportResult `json:"result"`
}

func TestCollectionImport(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newEnv(t, d)
		mapping := map[string]string{"name": "Title", "price_paid": "Paid", "condition": "State"}

		t.Run("BadRowsAreAllReportedAndNothingIsWritten", func(t *testing.T) {
			file := "Title,Paid,State\n" +
				"Lychee Berry,69.00,mint\n" +
				"Guardian Lion Charm,lots,mint\n" + // line 3: price
				"Red-Crowned Crane Charm,49.00,shiny\n" + // line 4: condition
				"Sea Salt Coconut,-1,mint\n" // line 5: price
			r := e.do(http.MethodPost, "/api/v1/collection/import", e.aliceKey, map[string]any{"csv": file, "mapping": mapping})
			var p importProblem
			r.decode(t, http.StatusUnprocessableEntity, &p)
			if ct := r.Header().Get("Content-Type"); ct != "application/problem+json" {
				t.Errorf("Content-Type %q", ct)
			}
			want := []string{"body.csv[line 3].price_paid", "body.csv[line 4].condition", "body.csv[line 5].price_paid"}
			if got := p.locations(); !slices.Equal(got, want) {
				t.Errorf("locations %v, want %v", got, want)
			}
			if len(p.Result.Errors) != 3 || p.Result.Items != 0 || p.Result.Errors[0].Column != "Paid" {
				t.Errorf("result %+v, want the 3 bad rows", p.Result)
			}
			var page itemPage
			e.do(http.MethodGet, "/api/v1/collection/items", e.aliceKey, nil).decode(t, http.StatusOK, &page)
			if page.Total != 0 {
				t.Errorf("%d items after a refused import, want 0", page.Total)
			}
		})

		file := "Title,Paid,State\n" +
			"Lychee Berry,69.00,mint\n" +
			"Guardian Lion Charm,59.00,worn\n" +
			"Felt fox from the fair,30.00,mint\n"

		t.Run("PreviewWritesNothing", func(t *testing.T) {
			var pv api.ImportPreview
			e.do(http.MethodPost, "/api/v1/collection/import/preview", e.aliceKey, map[string]any{"csv": file, "mapping": mapping}).
				decode(t, http.StatusOK, &pv)
			if pv.Rows != 3 || pv.Items != 3 || pv.Matched != 2 || pv.OneOffs != 1 || len(pv.Errors) != 0 ||
				!slices.Equal(pv.Headers, []string{"Title", "Paid", "State"}) {
				t.Errorf("preview %+v", pv)
			}
			var page itemPage
			e.do(http.MethodGet, "/api/v1/collection/items", e.aliceKey, nil).decode(t, http.StatusOK, &page)
			if page.Total != 0 {
				t.Errorf("%d items after a preview, want 0", page.Total)
			}
		})

		t.Run("ImportCreatesTheItems", func(t *testing.T) {
			var res api.ImportResult
			e.do(http.MethodPost, "/api/v1/collection/import", e.aliceKey, map[string]any{"csv": file, "mapping": mapping}).
				decode(t, http.StatusOK, &res)
			if res.Rows != 3 || res.Items != 3 || len(res.Errors) != 0 {
				t.Errorf("result %+v", res)
			}
			var page itemPage
			e.do(http.MethodGet, "/api/v1/collection/items?sort=name", e.aliceKey, nil).decode(t, http.StatusOK, &page)
			var names []string
			for _, it := range page.Items {
				names = append(names, it.Name)
			}
			if !slices.Equal(names, []string{"Felt fox from the fair", "Guardian Lion Charm", "Lychee Berry"}) {
				t.Errorf("items %v", names)
			}
		})

		t.Run("ExportsJSONAndCSV", func(t *testing.T) {
			r := e.do(http.MethodGet, "/api/v1/collection/export?format=json", e.aliceKey, nil)
			if r.Code != http.StatusOK || !strings.HasPrefix(r.Header().Get("Content-Type"), "application/json") {
				t.Fatalf("json export: %d %s", r.Code, r.Header().Get("Content-Type"))
			}
			var doc map[string]any
			if err := json.Unmarshal(r.Body.Bytes(), &doc); err != nil {
				t.Fatalf("json export does not parse: %v", err)
			}
			if !strings.Contains(r.Body.String(), "Felt fox from the fair") {
				t.Error("json export lacks the one-off item")
			}
			r = e.do(http.MethodGet, "/api/v1/collection/export?format=csv", e.aliceKey, nil)
			if r.Code != http.StatusOK || !strings.HasPrefix(r.Header().Get("Content-Type"), "text/csv") ||
				!strings.Contains(r.Header().Get("Content-Disposition"), "attachment") {
				t.Fatalf("csv export: %d %s", r.Code, r.Header().Get("Content-Type"))
			}
			rows, err := csv.NewReader(r.Body).ReadAll()
			if err != nil || len(rows) != 4 {
				t.Errorf("csv export: %d rows (want a header and 3), %v", len(rows), err)
			}
		})
	})
}
