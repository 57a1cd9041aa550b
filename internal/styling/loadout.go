package styling

import (
	"context"

	"github.com/charmory/charmory/internal/collection"
)

// SaveLoadout makes in the carrier's current loadout: the previous one
// ends now and becomes part of the journey. Items placed get status
// "on_carrier", items taken off go back to "stored" (both in their status
// history). An item already on another carrier's current loadout is a
// Conflict naming it — enforced by the database, so two concurrent saves
// can never hang one item on two carriers. Errors: NotFound (carrier),
// Invalid (unknown point, someone else's or a lost/stolen/recycled item,
// an item placed twice), Conflict.
func (s *Service) SaveLoadout(ctx context.Context, owner, carrierID int64, in LoadoutInput) (*Loadout, error) {
	return nil, errTODO
}

// Loadout returns one of the owner's loadouts with its placements.
// Errors: NotFound.
func (s *Service) Loadout(ctx context.Context, owner, id int64) (*Loadout, error) {
	return nil, errTODO
}

// Journey lists a carrier's loadouts, newest first. Errors: NotFound.
func (s *Service) Journey(ctx context.Context, owner, carrierID int64) ([]Loadout, error) {
	return nil, errTODO
}

// SetLoadoutNote changes a loadout's note. Errors: NotFound, Invalid.
func (s *Service) SetLoadoutNote(ctx context.Context, owner, id int64, note string) error {
	return errTODO
}

// SetLoadoutPhoto stores a photo of a loadout (checked like item photos;
// replaces an earlier one). Errors: NotFound, Invalid, TooLarge.
func (s *Service) SetLoadoutPhoto(ctx context.Context, owner, id int64, file collection.Upload) error {
	return errTODO
}

// Share gives a loadout a public share token (kept if it has one).
// Errors: NotFound.
func (s *Service) Share(ctx context.Context, owner, id int64) (string, error) { return "", errTODO }

// Unshare removes the share token. Errors: NotFound.
func (s *Service) Unshare(ctx context.Context, owner, id int64) error { return errTODO }

// Shared returns a shared loadout and its carrier by token, for anyone.
// Errors: NotFound.
func (s *Service) Shared(ctx context.Context, token string) (*Loadout, *Carrier, error) {
	return nil, nil, errTODO
}
