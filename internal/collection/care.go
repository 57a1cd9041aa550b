package collection

import "context"

// ItemCare lists the care tasks of one of the owner's items, from its
// materials, with when each was last done and is due. Errors: NotFound.
func (s *Service) ItemCare(ctx context.Context, owner, itemID int64) ([]CareTask, error) {
	return nil, errTODO
}

// CareDue lists the owner's items with care tasks due today or earlier,
// most overdue first (lost, stolen and recycled items are left out).
func (s *Service) CareDue(ctx context.Context, owner int64) ([]CareDue, error) { return nil, errTODO }

// MarkCared records that task was done today for the item. Errors:
// NotFound, Invalid (a task the item does not have).
func (s *Service) MarkCared(ctx context.Context, owner, itemID int64, task string) error {
	return errTODO
}
