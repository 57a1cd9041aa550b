package catalog

import (
	"context"

	"github.com/charmory/charmory/internal/errs"
)

// ExportCharms streams every charm, ordered by id, as import rows (slugs
// filled in) to fn. An error from fn stops the export and is returned.
// Line numbers count the rows from 1.
func (s *Service) ExportCharms(ctx context.Context, fn func(ImportCharm) error) error {
	line := 0
	err := s.eachCharm(ctx, s.db.R, charmSelect+` ORDER BY c.id`, nil, func(c *Charm) error {
		line++
		return fn(ImportCharm{Line: line, Charm: *c, StudioSlug: c.StudioSlug, IPSlug: c.IPSlug, SeriesSlug: c.SeriesSlug})
	})
	return errs.Wrap("export charms", err)
}
