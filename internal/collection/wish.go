package collection

import (
	"context"
	"database/sql"
)

// AddWish adds a charm to the owner's wishlist. Errors: Invalid,
// Conflict (already wished).
func (s *Service) AddWish(ctx context.Context, owner int64, in WishInput) (*Wish, error) {
	return nil, errTODO
}

// UpdateWish changes a wish's priority, maximum price and note. Errors:
// NotFound, Invalid.
func (s *Service) UpdateWish(ctx context.Context, owner, id int64, in WishInput) (*Wish, error) {
	return nil, errTODO
}

// DeleteWish removes a wish. Errors: NotFound.
func (s *Service) DeleteWish(ctx context.Context, owner, id int64) error { return errTODO }

// Wishes lists ownerID's open wishes (and fulfilled ones when asked),
// highest priority first. Others see them only when the owner made the
// wishlist public. Errors: NotFound (a private wishlist).
func (s *Service) Wishes(ctx context.Context, viewer, ownerID int64, fulfilled bool) ([]Wish, error) {
	return nil, errTODO
}

// fulfilWishes marks the owner's open wish for charmID fulfilled by itemID.
func (s *Service) fulfilWishes(ctx context.Context, tx *sql.Tx, owner, charmID, itemID int64) error {
	return nil
}
