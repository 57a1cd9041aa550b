package collection

import (
	"cmp"
	"context"
	"slices"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

var errNoSeries = errs.E("series progress", errs.NotFound, "no such series")

// completionSQL counts, per series the owner holds a visible item of, the
// series' figures (charms_series index, once per series), the distinct
// figures held and all copies held: one query however many series.
const completionSQL = `SELECT r.id, r.slug, r.name, st.name, r.kind,
	(SELECT COUNT(*) FROM charms f WHERE f.series_id = r.id), COUNT(DISTINCT i.charm_id), COUNT(*)
FROM items i JOIN charms c ON c.id = i.charm_id JOIN series r ON r.id = c.series_id
	JOIN studios st ON st.id = r.studio_id
WHERE i.owner_id = $1 AND ` + ownerOrPublicSQL + ` AND ` + stillHeldSQL + `
GROUP BY r.id, r.slug, r.name, st.name, r.kind`

// SeriesCompletion lists every series ownerID has an item of, with owned,
// missing and duplicate counts (no figure lists), least complete last.
// Others see it computed from public items only. Lost, stolen and
// recycled items do not count: they are no longer in the collection.
func (s *Service) SeriesCompletion(ctx context.Context, viewer, ownerID int64) ([]SeriesProgress, error) {
	const op = "series completion"
	rows, err := s.db.Query(ctx, completionSQL, ownerID, viewer)
	if err != nil {
		return nil, db.Translate(op, err)
	}
	defer rows.Close()
	out := []SeriesProgress{}
	for rows.Next() {
		var p SeriesProgress
		var copies int
		if err := rows.Scan(&p.SeriesID, &p.Slug, &p.Name, &p.StudioName, &p.Kind, &p.Total, &p.Owned, &copies); err != nil {
			return nil, db.Translate(op, err)
		}
		p.DupCount = copies - p.Owned
		p.finish()
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, db.Translate(op, err)
	}
	slices.SortFunc(out, func(a, b SeriesProgress) int {
		return cmp.Or(cmp.Compare(b.Percent, a.Percent), cmp.Compare(a.Name, b.Name), cmp.Compare(a.SeriesID, b.SeriesID))
	})
	return out, nil
}

// finish derives Missing and Percent from Total and Owned.
func (p *SeriesProgress) finish() {
	p.Missing = p.Total - p.Owned
	if p.Total > 0 {
		p.Percent = p.Owned * 100 / p.Total
	}
}

// SeriesProgress is one series in detail: every figure with its copies,
// chase and secret marked, wishes, and the duplicate items. Errors:
// NotFound (no such series).
func (s *Service) SeriesProgress(ctx context.Context, viewer, ownerID, seriesID int64) (*SeriesProgress, error) {
	const op = "series progress"
	p, err := s.seriesHeader(ctx, seriesID)
	if err != nil {
		return nil, err
	}
	figures, err := s.catalog.SeriesCharms(ctx, seriesID)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	items, err := s.heldItems(ctx, op, ` WHERE i.owner_id = $1 AND `+ownerOrPublicSQL+` AND `+stillHeldSQL+` AND c.series_id = $3
		ORDER BY i.id`, ownerID, viewer, seriesID)
	if err != nil {
		return nil, err
	}
	wished, err := s.seriesWishes(ctx, viewer, ownerID, seriesID)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	p.fill(figures, items, wished)
	return p, nil
}

// fill sets the figures, in catalog order, with the copies held of each,
// the duplicates and the counts that follow.
func (p *SeriesProgress) fill(figures []catalog.Charm, items []ItemSummary, wished map[int64]bool) {
	rank := make(map[int64]int, len(figures))
	p.Figures = make([]FigureStatus, len(figures))
	for i, c := range figures {
		rank[c.ID] = i
		p.Figures[i] = FigureStatus{CharmID: c.ID, Name: c.Name, Wished: wished[c.ID]}
		if c.Rarity == "chase" || c.Rarity == "secret" {
			p.Figures[i].Rarity = c.Rarity
		}
	}
	held := items[:0]
	for _, it := range items {
		r, ok := rank[it.CharmID]
		if !ok {
			continue // the charm left the series between the two reads
		}
		held = append(held, it)
		f := &p.Figures[r]
		if f.Copies == 0 {
			p.Owned++
		}
		f.Copies++
		f.ItemIDs = append(f.ItemIDs, it.ID)
	}
	p.Total = len(figures)
	p.Duplicates = spareCopies(held, rank)
	p.DupCount = len(p.Duplicates)
	p.finish()
}

// seriesWishes is the set of the series' charms ownerID wishes for, when
// viewer may see the wishlist; otherwise empty, so that a public series
// page never reveals a private wishlist.
func (s *Service) seriesWishes(ctx context.Context, viewer, ownerID, seriesID int64) (map[int64]bool, error) {
	if viewer != ownerID {
		public, err := s.wishlistPublic(ctx, ownerID)
		if err != nil || !public {
			return map[int64]bool{}, err
		}
	}
	return s.openWishCharms(ctx, ownerID, seriesID)
}
