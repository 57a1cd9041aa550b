package collection

import "context"

// Settings returns the owner's collection settings (defaults when never
// saved: no allowance, the user's currency, a private wishlist).
func (s *Service) Settings(ctx context.Context, owner int64) (*Settings, error) { return nil, errTODO }

// UpdateSettings saves them. Errors: Invalid.
func (s *Service) UpdateSettings(ctx context.Context, owner int64, in Settings) (*Settings, error) {
	return nil, errTODO
}
