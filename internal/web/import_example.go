package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/collection"
)

// importExampleCSV is a small file in the shape a spreadsheet export
// usually has: headers that are not the import's names, a row per piece,
// a quantity, prices with decimals, a one-off gift.
const importExampleCSV = `Title,Barcode,Type,Date,Paid,Currency,Qty,Notes
Moonlit Picnic Bunny,,plush,2025-03-14,59.00,CNY,1,First blind box of the year
Harbour Lights Pin,,metal_enamel,2025-06-01,89.90,CNY,2,One to keep and one to trade
Grandma's crochet strawberry,,crochet,2019-12-24,,,1,A gift
`

// importExample answers GET /collection/import/example: the column-mapping
// step and preview for an example file, so a collector can see how an
// import reads a spreadsheet before uploading their own. Nothing can be
// imported from it.
func (s *Server) importExample(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "importExample")
	if err != nil {
		return err
	}
	headers, guess, err := collection.GuessMapping(importExampleCSV)
	if err != nil {
		return err
	}
	page := &ImportMapPage{
		insightBase: s.insightBaseOf(r, "import.example_title"),
		Headers:     headers, Mapping: guess,
		Targets: collection.ImportTargets, Choices: map[int]int64{}, Example: importExampleCSV,
	}
	page.Filename = page.T("import.example_file")
	s.previewImport(r, u, page, importExampleCSV)
	return s.render(w, r, http.StatusOK, "import_map", page)
}
