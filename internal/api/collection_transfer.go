package api

import (
	"bytes"
	"context"
	"net/http"
	"reflect"

	"github.com/danielgtaylor/huma/v2"

	"github.com/charmory/charmory/internal/errs"
)

func (s *Server) transferRoutes() {
	handle(s, endpoint{
		id: "export-collection", method: http.MethodGet, path: "/collection/export", tag: tagCollection,
		summary: "Export your collection", auth: true,
		desc: "format=json: one document with your items (photos as file references), wishlist, budget entries and " +
			"settings. format=csv: your items, one row each, in the columns the import reads.",
	}, s.exportCollection)
	s.setContent(http.MethodGet, "/collection/export", "200", map[string]*huma.MediaType{
		"application/json": {Schema: &huma.Schema{Type: huma.TypeObject, Description: "The whole collection."}},
		"text/csv":         {Schema: &huma.Schema{Type: huma.TypeString, Description: "Items, one row each, with a header row."}},
	})
	importDesc := "csv holds the file (UTF-8, a header row); mapping maps import targets to its column headers " +
		`({"name": "Title", "price_paid": "Paid"}). Rows match catalog charms by id, barcode/SKU or name; ` +
		"a row matching nothing becomes a one-off item."
	handle(s, endpoint{
		id: "preview-import", method: http.MethodPost, path: "/collection/import/preview", tag: tagCollection,
		summary: "Preview a CSV import", auth: true, errors: []int{http.StatusRequestEntityTooLarge},
		desc: importDesc + " Writes nothing: reports the matches, the ambiguous rows with their candidates, and every bad row.",
	}, s.previewImport)
	handle(s, endpoint{
		id: "import-collection", method: http.MethodPost, path: "/collection/import", tag: tagCollection,
		summary: "Import a CSV file", auth: true, errors: []int{http.StatusConflict, http.StatusRequestEntityTooLarge},
		desc: importDesc + " choices resolve ambiguous rows by line number: a charm id, or 0 for a one-off. " +
			"All rows are imported or none: with bad rows the answer is 422, its errors locate each one " +
			"(body.csv[line 3].price_paid) and result holds the whole report. 409 if an ambiguous row has no choice.",
	}, s.importCollection)
	s.documentImportProblem()
}

type exportInput struct {
	Format exportFormat `query:"format" default:"json" doc:"json or csv."`
}

type exportFile struct {
	ContentType string `header:"Content-Type"`
	Disposition string `header:"Content-Disposition"`
	Body        []byte
}

func (s *Server) exportCollection(ctx context.Context, in *exportInput) (*exportFile, error) {
	uid, err := s.collector(ctx)
	if err != nil {
		return nil, err
	}
	format := string(in.Format)
	if format == "" {
		format = "json"
	}
	var buf bytes.Buffer
	if err := s.deps.Collection.Export(ctx, uid, format, &buf); err != nil {
		return nil, errs.Wrap("api.exportCollection", err)
	}
	ct := "application/json"
	if format == "csv" {
		ct = "text/csv; charset=utf-8"
	}
	return &exportFile{ContentType: ct, Disposition: `attachment; filename="charmory-collection.` + format + `"`,
		Body: buf.Bytes()}, nil
}

// documentImportProblem documents the import's 422 answer, which carries
// the whole import report besides the located errors.
func (s *Server) documentImportProblem() {
	item := s.api.OpenAPI().Paths["/collection/import"]
	if item == nil || item.Post == nil || item.Post.Responses["422"] == nil {
		return
	}
	schema := s.api.OpenAPI().Components.Schemas.Schema(reflect.TypeFor[ImportProblem](), true, "ImportProblem")
	item.Post.Responses["422"].Content = map[string]*huma.MediaType{"application/problem+json": {Schema: schema}}
}
