package collection

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/charmory/charmory/internal/errs"
)

// previewSample is how many rows a preview shows.
const previewSample = 20

// Export writes the owner's whole collection, format "json" (items with
// photo file references, wishlist, budget entries and settings in one
// document) or "csv" (items, one row each).
func (s *Service) Export(ctx context.Context, owner int64, format string, w io.Writer) error {
	switch strings.ToLower(format) {
	case "csv":
		return s.exportCSV(ctx, owner, w)
	case "json":
		return s.exportJSON(ctx, owner, w)
	}
	return errs.Ef("export collection", errs.Invalid, "unknown format %q; use csv or json", format)
}

// PreviewImport reads a CSV file with a column mapping and reports what an
// import would do, writing nothing.
func (s *Service) PreviewImport(ctx context.Context, owner int64, content string, m Mapping) (*ImportPreview, error) {
	p, err := s.planImport(ctx, owner, content, m)
	if err != nil {
		return nil, err
	}
	pv := &ImportPreview{Headers: p.headers, Rows: p.rows, Items: p.items,
		Ambiguous: []PreviewRow{}, Sample: []PreviewRow{}, Errors: p.errors}
	if pv.Errors == nil {
		pv.Errors = []RowError{}
	}
	for i := range p.planned {
		pr := &p.planned[i]
		switch pr.match {
		case matchAmbiguous:
			pv.Ambiguous = append(pv.Ambiguous, pr.preview())
		case matchOneOff:
			pv.OneOffs++
		default:
			pv.Matched++
		}
		if len(pv.Sample) < previewSample {
			pv.Sample = append(pv.Sample, pr.preview())
		}
	}
	return pv, nil
}

// preview shows a planned row.
func (pr *plannedRow) preview() PreviewRow {
	r := PreviewRow{Line: pr.line, Value: pr.value, Match: pr.match, Quantity: pr.qty, Name: pr.in.Title}
	if pr.charm != nil {
		r.CharmID, r.Name = pr.charm.ID, pr.charm.Name
	}
	for i, c := range pr.candidates {
		if i == maxCandidates {
			break
		}
		r.Candidates = append(r.Candidates, c.candidate())
	}
	if pr.match == matchAmbiguous {
		r.Name = pr.value
	}
	return r
}

// CommitImport imports a CSV file: all rows or, when any row is bad, none
// (the result lists every bad row). choices resolve ambiguous rows by
// line: a charm id, or 0 for a one-off. progress, if set, is called as rows
// are written. Errors: Invalid (bad rows; see ImportResult.Errors too),
// Conflict (an ambiguous row without a choice).
func (s *Service) CommitImport(ctx context.Context, owner int64, content string, m Mapping, choices map[int]int64, progress func(done, total int)) (*ImportResult, error) {
	const op = "import"
	p, err := s.planImport(ctx, owner, content, m)
	if err != nil {
		return nil, err
	}
	missing := p.resolve(choices, s.today())
	res := &ImportResult{Rows: p.rows, Errors: p.errors}
	if len(p.errors) > 0 {
		return res, errs.Ef(op, errs.Invalid, "%s; nothing was imported", importRowCount(p.errors, "has a problem", "have problems"))
	}
	if len(missing) > 0 {
		res.Errors = missing
		return res, errs.Ef(op, errs.Conflict, "%s; nothing was imported", importRowCount(missing, "matches several catalog charms", "match several catalog charms"))
	}
	if err := s.writeImport(ctx, owner, p, progress); err != nil {
		return res, err
	}
	res.Items = p.items
	return res, nil
}

// importRowCount says how many distinct rows list names.
func importRowCount(list []RowError, one, many string) string {
	lines := map[int]bool{}
	for _, e := range list {
		lines[e.Line] = true
	}
	if len(lines) == 1 {
		return "1 row " + one
	}
	return fmt.Sprintf("%d rows %s", len(lines), many)
}
