package collection

import "context"

// Items lists ownerID's items as viewer may see them (others see public
// items only), filtered, sorted and keyset-paginated; Total counts all
// matches. Errors: Invalid (bad filter or cursor).
func (s *Service) Items(ctx context.Context, viewer, ownerID int64, f ItemFilter) (*Page[ItemSummary], error) {
	return nil, errTODO
}

// CountItems counts ownerID's items visible to viewer.
func (s *Service) CountItems(ctx context.Context, viewer, ownerID int64) (int, error) {
	return 0, errTODO
}
