package styling

import (
	"context"

	"github.com/charmory/charmory/internal/styling/coach"
	"github.com/charmory/charmory/internal/styling/render"
)

// Coach reads a carrier's current loadout, or draft when it is not nil,
// with suggestions drawn from the owner's available items. Errors:
// NotFound, Invalid (a draft with unknown items or points).
func (s *Service) Coach(ctx context.Context, owner, carrierID int64, draft *LoadoutInput) (*coach.Report, error) {
	return nil, errTODO
}

// Scene builds the picture of a loadout of the owner's (photoURL maps a
// photo id to the URL the SVG should use). Errors: NotFound.
func (s *Service) Scene(ctx context.Context, owner, loadoutID int64, photoURL func(photoID int64) string) (*render.Scene, error) {
	return nil, errTODO
}

// SharedScene is Scene for a shared loadout, by token, for anyone.
func (s *Service) SharedScene(ctx context.Context, token string, photoURL func(photoID int64) string) (*render.Scene, error) {
	return nil, errTODO
}

// RotationsDue lists the owner's carriers whose current loadout is older
// than the rotation period (or began in another season), each with a
// proposed rotation from the coach.
func (s *Service) RotationsDue(ctx context.Context, owner int64) ([]RotationDue, error) {
	return nil, errTODO
}
