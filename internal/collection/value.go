package collection

import "context"

// Value estimates the owner's collection in currency (empty: the owner's):
// per item and in total, with cost basis and gain.
func (s *Service) Value(ctx context.Context, owner int64, currency string) (*ValueReport, error) {
	return nil, errTODO
}

// ValueHistory lists the owner's monthly snapshots, oldest first.
func (s *Service) ValueHistory(ctx context.Context, owner int64) ([]Snapshot, error) {
	return nil, errTODO
}

// SnapshotAll records this month's value of every collection (replacing an
// earlier snapshot of the same month): the JobSnapshots handler.
func (s *Service) SnapshotAll(ctx context.Context) error { return errTODO }
