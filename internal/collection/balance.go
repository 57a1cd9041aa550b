package collection

import "context"

// Balance computes how ownerID's collection is spread, over the items
// viewer may see.
func (s *Service) Balance(ctx context.Context, viewer, ownerID int64) (*Balance, error) {
	return nil, errTODO
}
