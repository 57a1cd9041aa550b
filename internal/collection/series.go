package collection

import "context"

// SeriesCompletion lists every series ownerID has an item of, with owned,
// missing and duplicate counts (no figure lists), least complete last.
// Others see it computed from public items only.
func (s *Service) SeriesCompletion(ctx context.Context, viewer, ownerID int64) ([]SeriesProgress, error) {
	return nil, errTODO
}

// SeriesProgress is one series in detail: every figure with its copies,
// chase and secret marked, wishes, and the duplicate items. Errors:
// NotFound (no such series).
func (s *Service) SeriesProgress(ctx context.Context, viewer, ownerID, seriesID int64) (*SeriesProgress, error) {
	return nil, errTODO
}

// Duplicates lists the owner's spare copies across all series: every copy
// of a charm beyond the best-conditioned one, the natural trade list.
func (s *Service) Duplicates(ctx context.Context, owner int64) ([]ItemSummary, error) {
	return nil, errTODO
}
