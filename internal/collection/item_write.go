package collection

import "context"

// UpdateItem replaces an item's fields. version, when not 0, must match
// the stored version (else Conflict). A status change is recorded in the
// history with in.StatusNote. Errors: NotFound (missing or not owner's),
// Invalid, Conflict.
func (s *Service) UpdateItem(ctx context.Context, owner, id int64, in ItemInput, version int) (*Item, error) {
	return nil, errTODO
}

// SetStatus changes an item's status and records it with a note; setting
// the same status again is a no-op. Errors: NotFound, Invalid.
func (s *Service) SetStatus(ctx context.Context, owner, id int64, status, note string) error {
	return errTODO
}

// DeleteItem removes an item, its photos and history. Errors: NotFound.
func (s *Service) DeleteItem(ctx context.Context, owner, id int64) error { return errTODO }

// StatusHistory lists an item's statuses, newest first, if viewer may see
// the item. Errors: NotFound.
func (s *Service) StatusHistory(ctx context.Context, viewer, id int64) ([]StatusChange, error) {
	return nil, errTODO
}
