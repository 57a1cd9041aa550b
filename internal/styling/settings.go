package styling

import "context"

// Settings returns the owner's styling settings (defaults: balanced, 30
// days, north).
func (s *Service) Settings(ctx context.Context, owner int64) (*Settings, error) { return nil, errTODO }

// UpdateSettings saves them. Errors: Invalid.
func (s *Service) UpdateSettings(ctx context.Context, owner int64, in Settings) (*Settings, error) {
	return nil, errTODO
}
