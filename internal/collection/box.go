package collection

import "context"

// Boxes lists the owner's storage boxes with item counts, by name.
func (s *Service) Boxes(ctx context.Context, owner int64) ([]Box, error) { return nil, errTODO }

// CreateBox adds a storage box. Errors: Invalid, Conflict (name taken).
func (s *Service) CreateBox(ctx context.Context, owner int64, name, note string) (*Box, error) {
	return nil, errTODO
}

// Box returns one of the owner's boxes. Errors: NotFound.
func (s *Service) Box(ctx context.Context, owner, id int64) (*Box, error) { return nil, errTODO }

// DeleteBox removes a box; its items stay, with no box. Errors: NotFound.
func (s *Service) DeleteBox(ctx context.Context, owner, id int64) error { return errTODO }
