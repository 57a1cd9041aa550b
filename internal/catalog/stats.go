package catalog

import (
	"context"

	"github.com/charmory/charmory/internal/db"
)

// Stats are catalog totals.
type Stats struct {
	Charms, Studios, Series, Sellers, PendingContributions int
}

// Stats counts what the catalog holds, for the home page.
func (s *Service) Stats(ctx context.Context) (*Stats, error) {
	var st Stats
	err := s.db.QueryRow(ctx, `SELECT
		(SELECT COUNT(*) FROM charms),
		(SELECT COUNT(*) FROM studios),
		(SELECT COUNT(*) FROM series),
		(SELECT COUNT(*) FROM sellers),
		(SELECT COUNT(*) FROM contributions WHERE status = 'pending')`).
		Scan(&st.Charms, &st.Studios, &st.Series, &st.Sellers, &st.PendingContributions)
	if err != nil {
		return nil, db.Translate("catalog stats", err)
	}
	return &st, nil
}
