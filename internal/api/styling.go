package api

import (
	"context"

	"github.com/danielgtaylor/huma/v2"

	"github.com/charmory/charmory/internal/errs"
)

// tagStyling groups the styling operations in the docs.
const tagStyling = "Styling"

// stylingRoutes declares the styling operations. Every one acts for the
// token's user on their own carriers and loadouts, except the carrier
// kinds and shared loadouts, which anyone may read. Another collector's
// ids answer 404, exactly like ids that do not exist.
func (s *Server) stylingRoutes() {
	s.api.OpenAPI().Tags = append(s.api.OpenAPI().Tags, &huma.Tag{Name: tagStyling,
		Description: "Carriers (bags, belt loops, lanyards…), loadouts of items on their attachment points with a dated " +
			"journey, the styling coach, pictures, share links, seasonal rotation reminders and the daily pick with " +
			"its mood journal."})
	s.carrierRoutes()
	s.loadoutRoutes()
	s.pictureRoutes()
	s.adviceRoutes()
	s.dailyRoutes()
}

// stylist returns the acting user's id, checking that the styling
// capability is wired (the API can run without it, but then its styling
// operations answer 500 rather than crash).
func (s *Server) stylist(ctx context.Context) (int64, error) {
	u, err := requireUser(ctx)
	if err != nil {
		return 0, err
	}
	if err := s.stylingWired(); err != nil {
		return 0, err
	}
	return u.ID, nil
}

// stylingWired is Internal when the styling service is missing.
func (s *Server) stylingWired() error {
	if s.deps.Styling == nil {
		return errs.E("api.styling", errs.Internal, "the styling service is not configured")
	}
	return nil
}
