package styling

import (
	"context"
	"database/sql"
	"sort"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/styling/render"
)

// Scene builds the picture of a loadout of the owner's (photoURL maps a
// photo id to the URL the SVG should use). Errors: NotFound.
func (s *Service) Scene(ctx context.Context, owner, loadoutID int64, photoURL func(photoID int64) string) (*render.Scene, error) {
	const op = "scene"
	ref, err := s.adviceLoadoutRef(ctx, op, `l.id = $1 AND l.owner_id = $2`, loadoutID, owner)
	if err != nil {
		return nil, err
	}
	return s.adviceScene(ctx, op, ref, photoURL, false)
}

// SharedScene is Scene for a shared loadout, by token, for anyone. Only
// the photos of items their owner made public appear: sharing a loadout
// shows what hangs on it, not the private pictures of the collection, so
// the others are drawn from their category and colours.
func (s *Service) SharedScene(ctx context.Context, token string, photoURL func(photoID int64) string) (*render.Scene, error) {
	const op = "shared scene"
	if token == "" {
		return nil, errs.E(op, errs.NotFound, "no such shared loadout")
	}
	ref, err := s.adviceLoadoutRef(ctx, op, `l.share_token = $1`, token)
	if err != nil {
		return nil, err
	}
	return s.adviceScene(ctx, op, ref, photoURL, true)
}

// adviceRef names a loadout and its owner and carrier.
type adviceRef struct{ id, owner, carrier int64 }

// adviceLoadoutRef finds the loadout matching where. Errors: NotFound.
func (s *Service) adviceLoadoutRef(ctx context.Context, op, where string, args ...any) (adviceRef, error) {
	var r adviceRef
	err := s.db.QueryRow(ctx, `SELECT l.id, l.owner_id, l.carrier_id FROM loadouts l WHERE `+where, args...).
		Scan(&r.id, &r.owner, &r.carrier)
	if err == sql.ErrNoRows {
		return r, errs.E(op, errs.NotFound, "no such loadout")
	}
	return r, db.Translate(op, err)
}

// adviceScene draws a loadout's carrier with its charms in point order.
// publicOnly keeps the photos of non-public items out.
func (s *Service) adviceScene(ctx context.Context, op string, ref adviceRef, photoURL func(int64) string, publicOnly bool) (*render.Scene, error) {
	c, err := s.adviceCarrier(ctx, ref.owner, ref.carrier)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	charms, err := s.adviceSceneCharms(ctx, ref, photoURL, publicOnly)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	order := make(map[string]int, len(c.Points))
	for i, p := range c.Points {
		order[p] = i
	}
	sort.SliceStable(charms, func(i, j int) bool { return order[charms[i].Point] < order[charms[j].Point] })
	return &render.Scene{Title: c.Name, Kind: c.Kind, Size: c.Size, Colour: c.Colour, Points: c.Points, Charms: charms}, nil
}

// adviceSceneCharms reads a loadout's items as the picture draws them.
func (s *Service) adviceSceneCharms(ctx context.Context, ref adviceRef, photoURL func(int64) string, publicOnly bool) ([]render.Charm, error) {
	rows, err := s.db.Query(ctx, `SELECT li.point, i.visibility,
			CASE WHEN i.title <> '' THEN i.title ELSE COALESCE(c.name, '') END,
			CASE WHEN i.category <> '' THEN i.category ELSE COALESCE(c.category, '') END,
			COALESCE(c.colours, ''), COALESCE(c.width_mm, 0), COALESCE(c.height_mm, 0),
			COALESCE((SELECT ph.id FROM item_photos ph WHERE ph.item_id = i.id ORDER BY ph.position, ph.id LIMIT 1), 0)
		FROM loadout_items li
		JOIN items i ON i.id = li.item_id AND i.owner_id = $2
		LEFT JOIN charms c ON c.id = i.charm_id
		WHERE li.loadout_id = $1
		ORDER BY li.point, li.position`, ref.id, ref.owner)
	if err != nil {
		return nil, db.Translate("scene charms", err)
	}
	defer rows.Close()
	charms := []render.Charm{}
	for rows.Next() {
		var ch render.Charm
		var visibility, colours string
		var photoID int64
		if err := rows.Scan(&ch.Point, &visibility, &ch.Name, &ch.Category, &colours, &ch.WidthMM, &ch.HeightMM, &photoID); err != nil {
			return nil, db.Translate("scene charms", err)
		}
		ch.Colours = pieceCodes(colours)
		if photoID != 0 && photoURL != nil && (!publicOnly || visibility == "public") {
			ch.PhotoURL = photoURL(photoID)
		}
		charms = append(charms, ch)
	}
	return charms, db.Translate("scene charms", rows.Err())
}
