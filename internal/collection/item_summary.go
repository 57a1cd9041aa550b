package collection

import (
	"context"
	"database/sql"

	"github.com/charmory/charmory/internal/db"
)

// summaryColumns are what an ItemSummary is read from: items i
// left-joined to charms c, series sr, studios st and the main photo p
// (summaryJoins). Reads that need more append their own columns after
// these and scan them through eachSummary's extra destinations.
const summaryColumns = `i.id, i.owner_id, i.charm_id, i.title, COALESCE(c.name, ''), i.category, COALESCE(c.category, ''),
	i.condition, i.status, i.visibility, i.acquired_on, i.price_paid, i.currency,
	COALESCE(c.series_id, 0), COALESCE(sr.name, ''), COALESCE(st.name, ''), COALESCE(c.rarity, ''), i.box_id,
	COALESCE(p.id, 0), COALESCE(p.thumb_ready, FALSE), COALESCE(c.version, 0)`

// summaryJoins joins what an ItemSummary shows to items i. The main photo
// is the one with the lowest position, found per row through the
// item_photos_item index; callers keep the row count small (a page) or
// accept one index probe per item.
const summaryJoins = ` LEFT JOIN charms c ON c.id = i.charm_id
	LEFT JOIN series sr ON sr.id = c.series_id
	LEFT JOIN studios st ON st.id = c.studio_id
	LEFT JOIN item_photos p ON p.id = (SELECT ph.id FROM item_photos ph WHERE ph.item_id = i.id ORDER BY ph.position, ph.id LIMIT 1)`

// summaryRow holds the scan destinations of summaryColumns, reused from
// row to row so a long list allocates only its strings.
type summaryRow struct {
	it                                    ItemSummary
	charm, box                            sql.NullInt64
	title, charmName, category, charmCats string
	dest                                  []any
}

// newSummaryRow prepares destinations for summaryColumns followed by extra.
func newSummaryRow(extra ...any) *summaryRow {
	r := &summaryRow{}
	it := &r.it
	r.dest = append([]any{&it.ID, &it.OwnerID, &r.charm, &r.title, &r.charmName, &r.category, &r.charmCats,
		&it.Condition, &it.Status, &it.Visibility, &it.AcquiredOn, &it.PricePaid, &it.Currency,
		&it.SeriesID, &it.SeriesName, &it.StudioName, &it.Rarity, &r.box,
		&it.MainPhotoID, &it.ThumbReady, &it.CharmVersion}, extra...)
	return r
}

// scan reads one row and returns its summary: the name is the title,
// else the charm's; the category the item's own, else the charm's.
func (r *summaryRow) scan(sc scanner) (ItemSummary, error) {
	if err := sc.Scan(r.dest...); err != nil {
		return ItemSummary{}, err
	}
	it := r.it
	it.CharmID, it.BoxID = r.charm.Int64, r.box.Int64
	it.Name, it.Category = r.title, r.category
	if it.Name == "" {
		it.Name = r.charmName
	}
	if it.Category == "" {
		it.Category = r.charmCats
	}
	return it, nil
}

// eachSummary runs a read selecting summaryColumns followed by columns
// scanned into extra, and calls fn with each row's summary (extra holds
// that row's values meanwhile).
func (s *Service) eachSummary(ctx context.Context, op, query string, args []any, extra []any, fn func(ItemSummary)) error {
	rows, err := s.db.Query(ctx, query, args...)
	if err != nil {
		return db.Translate(op, err)
	}
	defer rows.Close()
	r := newSummaryRow(extra...)
	for rows.Next() {
		it, err := r.scan(rows)
		if err != nil {
			return db.Translate(op, err)
		}
		fn(it)
	}
	return db.Translate(op, rows.Err())
}
