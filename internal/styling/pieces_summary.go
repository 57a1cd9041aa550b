package styling

import (
	"context"
	"strconv"
	"strings"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/db"
)

// pieceSummaryQuery reads ItemSummary fields the way the collection's
// lists show them: the name is the title, else the charm's; the category
// the item's own, else the charm's; the main photo the lowest position.
const pieceSummaryQuery = `SELECT i.id, i.owner_id, COALESCE(i.charm_id, 0),
		CASE WHEN i.title <> '' THEN i.title ELSE COALESCE(c.name, '') END,
		CASE WHEN i.category <> '' THEN i.category ELSE COALESCE(c.category, '') END,
		i.condition, i.status, i.visibility, i.acquired_on, i.price_paid, i.currency,
		COALESCE(c.series_id, 0), COALESCE(sr.name, ''), COALESCE(st.name, ''), COALESCE(c.rarity, ''),
		COALESCE(i.box_id, 0), COALESCE(p.id, 0), COALESCE(p.thumb_ready, FALSE), COALESCE(c.version, 0)
	FROM items i
	LEFT JOIN charms c ON c.id = i.charm_id
	LEFT JOIN series sr ON sr.id = c.series_id
	LEFT JOIN studios st ON st.id = c.studio_id
	LEFT JOIN item_photos p ON p.id = (SELECT ph.id FROM item_photos ph WHERE ph.item_id = i.id ORDER BY ph.position, ph.id LIMIT 1)
	WHERE i.owner_id = $1 AND i.id IN (`

// pieceSummaries reads the summaries of the owner's items among ids, by
// id; ids of someone else's items are simply absent.
func (s *Service) pieceSummaries(ctx context.Context, owner int64, ids []int64) (map[int64]*collection.ItemSummary, error) {
	const op = "item summaries"
	out := make(map[int64]*collection.ItemSummary, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	var q strings.Builder
	q.WriteString(pieceSummaryQuery)
	args := []any{owner}
	for i, id := range ids {
		if i > 0 {
			q.WriteString(", ")
		}
		args = append(args, id)
		q.WriteString("$" + strconv.Itoa(len(args)))
	}
	q.WriteString(")")
	rows, err := s.db.Query(ctx, q.String(), args...)
	if err != nil {
		return nil, db.Translate(op, err)
	}
	defer rows.Close()
	for rows.Next() {
		var it collection.ItemSummary
		if err := rows.Scan(&it.ID, &it.OwnerID, &it.CharmID, &it.Name, &it.Category,
			&it.Condition, &it.Status, &it.Visibility, &it.AcquiredOn, &it.PricePaid, &it.Currency,
			&it.SeriesID, &it.SeriesName, &it.StudioName, &it.Rarity,
			&it.BoxID, &it.MainPhotoID, &it.ThumbReady, &it.CharmVersion); err != nil {
			return nil, db.Translate(op, err)
		}
		out[it.ID] = &it
	}
	return out, db.Translate(op, rows.Err())
}

// pieceFillPlacements sets the item summary of each placement of the
// loadouts in one query.
func (s *Service) pieceFillPlacements(ctx context.Context, owner int64, loadouts ...*Loadout) error {
	var ids []int64
	for _, l := range loadouts {
		for _, p := range l.Placements {
			ids = append(ids, p.ItemID)
		}
	}
	items, err := s.pieceSummaries(ctx, owner, ids)
	if err != nil {
		return err
	}
	for _, l := range loadouts {
		for i := range l.Placements {
			l.Placements[i].Item = items[l.Placements[i].ItemID]
		}
	}
	return nil
}
