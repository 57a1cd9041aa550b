package collection

import (
	"context"
	"io"
)

// Export writes the owner's whole collection, format "json" (items with
// photo file references, wishlist, budget entries and settings in one
// document) or "csv" (items, one row each).
func (s *Service) Export(ctx context.Context, owner int64, format string, w io.Writer) error {
	return errTODO
}

// StageImport keeps an uploaded import file until the owner has mapped its
// columns and confirmed; returns its id. Errors: Invalid (not CSV, empty),
// TooLarge.
func (s *Service) StageImport(ctx context.Context, owner int64, filename, content string) (int64, error) {
	return 0, errTODO
}

// StagedImport returns a staged file of the owner's. Errors: NotFound.
func (s *Service) StagedImport(ctx context.Context, owner, id int64) (filename, content string, err error) {
	return "", "", errTODO
}

// DiscardImport deletes a staged file. Errors: NotFound.
func (s *Service) DiscardImport(ctx context.Context, owner, id int64) error { return errTODO }

// PreviewImport reads a CSV file with a column mapping and reports what an
// import would do, writing nothing.
func (s *Service) PreviewImport(ctx context.Context, owner int64, content string, m Mapping) (*ImportPreview, error) {
	return nil, errTODO
}

// CommitImport imports a CSV file: all rows or, when any row is bad, none
// (the result lists every bad row). choices resolve ambiguous rows by
// line: a charm id, or 0 for a one-off. progress, if set, is called as rows
// are written. Errors: Invalid (bad rows; see ImportResult.Errors too),
// Conflict (an ambiguous row without a choice).
func (s *Service) CommitImport(ctx context.Context, owner int64, content string, m Mapping, choices map[int]int64, progress func(done, total int)) (*ImportResult, error) {
	return nil, errTODO
}
