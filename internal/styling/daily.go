package styling

import "context"

// PickToday proposes today's charm and a backup for a mood (one of
// pick.Moods, or free text mapped to one) from the owner's wearable items,
// and records it in the mood journal (replacing today's entry). Errors:
// Invalid (a mood nothing maps to), NotFound (no wearable items).
func (s *Service) PickToday(ctx context.Context, owner int64, mood string) (*DailyPick, error) {
	return nil, errTODO
}

// Today returns today's journal entry as a DailyPick. Errors: NotFound.
func (s *Service) Today(ctx context.Context, owner int64) (*DailyPick, error) { return nil, errTODO }

// Wear records that the owner wears itemID today instead (the backup, or
// any of their items). Errors: NotFound (no pick today, or not their item).
func (s *Service) Wear(ctx context.Context, owner, itemID int64) error { return errTODO }

// Journal lists the mood journal of a month (YYYY-MM; empty: this month),
// by day. Errors: Invalid (month).
func (s *Service) Journal(ctx context.Context, owner int64, month string) ([]MoodEntry, error) {
	return nil, errTODO
}
