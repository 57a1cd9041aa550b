package styling

import "context"

// Carriers lists the owner's carriers with their current loadouts, by name.
func (s *Service) Carriers(ctx context.Context, owner int64) ([]Carrier, error) { return nil, errTODO }

// Carrier returns one of the owner's carriers with its current loadout
// (placements with their items). Errors: NotFound.
func (s *Service) Carrier(ctx context.Context, owner, id int64) (*Carrier, error) {
	return nil, errTODO
}

// CreateCarrier adds a carrier, filling the kind's defaults. Errors: Invalid.
func (s *Service) CreateCarrier(ctx context.Context, owner int64, in CarrierInput) (*Carrier, error) {
	return nil, errTODO
}

// UpdateCarrier changes a carrier. A point that the current loadout uses
// cannot be removed (Invalid on "points"). Errors: NotFound, Invalid.
func (s *Service) UpdateCarrier(ctx context.Context, owner, id int64, in CarrierInput) (*Carrier, error) {
	return nil, errTODO
}

// DeleteCarrier removes a carrier and its journey; its items go back to
// "stored". Errors: NotFound.
func (s *Service) DeleteCarrier(ctx context.Context, owner, id int64) error { return errTODO }
