package collection

import (
	"cmp"
	"context"
	"database/sql"
	"slices"

	"github.com/charmory/charmory/internal/db"
)

// stillHeldSQL keeps the items a collector still has: lost, stolen and
// recycled pieces stay in the history but no longer count towards a
// series, a value or the balance of a collection.
const stillHeldSQL = `i.status NOT IN ('lost', 'stolen', 'recycled')`

// ownerOrPublicSQL is canSee in SQL for queries whose owner is $1 and viewer
// $2: owners see every item, others public ones.
const ownerOrPublicSQL = `(i.visibility = 'public' OR i.owner_id = $2)`

// heldItems reads item summaries (summaryColumns) with a WHERE clause
// and its arguments; the series of a charm is sr.
func (s *Service) heldItems(ctx context.Context, op, where string, args ...any) ([]ItemSummary, error) {
	var out []ItemSummary
	err := s.eachSummary(ctx, op, `SELECT `+summaryColumns+` FROM items i`+summaryJoins+where, args, nil,
		func(it ItemSummary) { out = append(out, it) })
	return out, err
}

// spareConditionRank orders conditions best first, as Conditions lists them.
func spareConditionRank(c string) int {
	if i := slices.Index(Conditions, c); i >= 0 {
		return i
	}
	return len(Conditions)
}

// spareCopies keeps, for every catalog charm, its best-conditioned copy
// (the oldest among equals) and returns all the others: the copies a
// collector can trade without a gap in the collection. charmRank orders
// the charms of the result; charms it does not know come last. One-offs
// are unique and never spare.
func spareCopies(items []ItemSummary, charmRank map[int64]int) []ItemSummary {
	rank := func(id int64) int {
		if r, ok := charmRank[id]; ok {
			return r
		}
		return len(charmRank)
	}
	sorted := slices.Clone(items)
	slices.SortFunc(sorted, func(a, b ItemSummary) int {
		return cmp.Or(cmp.Compare(rank(a.CharmID), rank(b.CharmID)), cmp.Compare(a.CharmID, b.CharmID),
			cmp.Compare(spareConditionRank(a.Condition), spareConditionRank(b.Condition)), cmp.Compare(a.ID, b.ID))
	})
	out := []ItemSummary{}
	for i, it := range sorted {
		if it.CharmID != 0 && i > 0 && sorted[i-1].CharmID == it.CharmID {
			out = append(out, it)
		}
	}
	return out
}

// Duplicates lists the owner's spare copies across all series: every copy
// of a charm beyond the best-conditioned one, the natural trade list.
// They come by series name, then charm name; charms outside series first.
func (s *Service) Duplicates(ctx context.Context, owner int64) ([]ItemSummary, error) {
	const op = "duplicates"
	// Only charms held twice or more reach Go, so a large collection of
	// single copies costs one index scan.
	items, err := s.heldItems(ctx, op, ` WHERE i.owner_id = $1 AND `+stillHeldSQL+` AND i.charm_id IN (
			SELECT d.charm_id FROM items d WHERE d.owner_id = $1 AND d.charm_id IS NOT NULL
				AND d.status NOT IN ('lost', 'stolen', 'recycled')
			GROUP BY d.charm_id HAVING COUNT(*) > 1)
		ORDER BY COALESCE(sr.name, ''), c.name, c.id`, owner)
	if err != nil {
		return nil, err
	}
	return spareCopies(items, charmFirstSeen(items)), nil
}

// charmFirstSeen ranks charms by where they first appear in items.
func charmFirstSeen(items []ItemSummary) map[int64]int {
	rank := map[int64]int{}
	for _, it := range items {
		if _, ok := rank[it.CharmID]; !ok {
			rank[it.CharmID] = len(rank)
		}
	}
	return rank
}

// seriesHeader reads a series' name, studio and kind. Errors: NotFound.
func (s *Service) seriesHeader(ctx context.Context, seriesID int64) (*SeriesProgress, error) {
	p := &SeriesProgress{}
	err := s.db.QueryRow(ctx, `SELECT r.id, r.slug, r.name, st.name, r.kind FROM series r
		JOIN studios st ON st.id = r.studio_id WHERE r.id = $1`, seriesID).
		Scan(&p.SeriesID, &p.Slug, &p.Name, &p.StudioName, &p.Kind)
	if err == sql.ErrNoRows {
		return nil, errNoSeries
	}
	return p, db.Translate("series progress", err)
}
