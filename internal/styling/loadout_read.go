package styling

import (
	"context"
	"database/sql"
	"slices"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/db"
)

// placementSelect reads placements with what an item summary shows, the
// same fields collection lists read: the item's title else its charm's
// name, its own category else the charm's, and its main photo (lowest
// position). Items are joined on the loadout's owner, so a placement can
// only ever show its owner's item.
const placementSelect = `SELECT li.loadout_id, li.point, li.position,
		i.id, i.owner_id, COALESCE(i.charm_id, 0), i.title, COALESCE(c.name, ''), i.category, COALESCE(c.category, ''),
		i.condition, i.status, i.visibility, i.acquired_on, i.price_paid, i.currency,
		COALESCE(c.series_id, 0), COALESCE(sr.name, ''), COALESCE(st.name, ''), COALESCE(c.rarity, ''), COALESCE(i.box_id, 0),
		COALESCE(p.id, 0), COALESCE(p.thumb_ready, FALSE), COALESCE(c.version, 0)
	FROM loadout_items li
	JOIN loadouts l ON l.id = li.loadout_id
	JOIN items i ON i.id = li.item_id AND i.owner_id = l.owner_id
	LEFT JOIN charms c ON c.id = i.charm_id
	LEFT JOIN series sr ON sr.id = c.series_id
	LEFT JOIN studios st ON st.id = c.studio_id
	LEFT JOIN item_photos p ON p.id = (SELECT ph.id FROM item_photos ph WHERE ph.item_id = i.id ORDER BY ph.position, ph.id LIMIT 1)`

// readPlacements reads the placements of the loadouts matching where (a
// condition on l, always scoped to an owner or one loadout by the caller)
// in one query, grouped by loadout.
func (s *Service) readPlacements(ctx context.Context, op, where string, args ...any) (map[int64][]Placement, error) {
	rows, err := s.db.Query(ctx, placementSelect+` WHERE `+where+` ORDER BY li.loadout_id, li.position, li.item_id`, args...)
	if err != nil {
		return nil, db.Translate(op, err)
	}
	defer rows.Close()
	out := map[int64][]Placement{}
	for rows.Next() {
		var loadout int64
		p, err := scanPlacement(rows, &loadout)
		if err != nil {
			return nil, db.Translate(op, err)
		}
		out[loadout] = append(out[loadout], p)
	}
	return out, db.Translate(op, rows.Err())
}

// scanPlacement reads one row of placementSelect.
func scanPlacement(rows *sql.Rows, loadout *int64) (Placement, error) {
	var p Placement
	var it collection.ItemSummary
	var title, charmName, category, charmCategory string
	err := rows.Scan(loadout, &p.Point, &p.Position,
		&it.ID, &it.OwnerID, &it.CharmID, &title, &charmName, &category, &charmCategory,
		&it.Condition, &it.Status, &it.Visibility, &it.AcquiredOn, &it.PricePaid, &it.Currency,
		&it.SeriesID, &it.SeriesName, &it.StudioName, &it.Rarity, &it.BoxID,
		&it.MainPhotoID, &it.ThumbReady, &it.CharmVersion)
	if err != nil {
		return p, err
	}
	it.Name, it.Category = title, category
	if it.Name == "" {
		it.Name = charmName
	}
	if it.Category == "" {
		it.Category = charmCategory
	}
	p.ItemID, p.Item = it.ID, &it
	return p, nil
}

// orderPlacements sorts placements in the carrier's point order, then by
// position on the point; a point no longer on the carrier sorts last
// (an old journey entry may use one). It never returns nil, so JSON shows
// an empty loadout as [].
func orderPlacements(ps []Placement, points []string) []Placement {
	if ps == nil {
		return []Placement{}
	}
	rank := func(point string) int {
		if i := slices.Index(points, point); i >= 0 {
			return i
		}
		return len(points)
	}
	slices.SortStableFunc(ps, func(a, b Placement) int {
		if ra, rb := rank(a.Point), rank(b.Point); ra != rb {
			return ra - rb
		}
		return a.Position - b.Position
	})
	return ps
}
