package collection

import (
	"cmp"
	"context"
	"slices"

	"github.com/charmory/charmory/internal/db"
)

// balanceSQL reads what the balance needs of each held item visible to the
// viewer ($2): the item's own category and materials (one-offs, or
// overrides) and its charm's, themes, regions and studio kind.
const balanceSQL = `SELECT COALESCE(i.charm_id, 0), i.category, i.materials, COALESCE(c.category, ''),
	COALESCE(c.materials, ''), COALESCE(c.themes, ''), COALESCE(c.region, ''), COALESCE(st.region, ''), COALESCE(st.kind, '')
FROM items i LEFT JOIN charms c ON c.id = i.charm_id LEFT JOIN studios st ON st.id = c.studio_id
WHERE i.owner_id = $1 AND ` + ownerOrPublicSQL + ` AND ` + stillHeldSQL

// Balance computes how ownerID's collection is spread, over the items
// viewer may see. Lost, stolen and recycled items are left out.
// Categories, regions and makers are shares of all items; materials and
// themes of the items that have any, each counted once per item.
func (s *Service) Balance(ctx context.Context, viewer, ownerID int64) (*Balance, error) {
	const op = "balance"
	rows, err := s.db.Query(ctx, balanceSQL, ownerID, viewer)
	if err != nil {
		return nil, db.Translate(op, err)
	}
	defer rows.Close()
	var t balanceTally
	for rows.Next() {
		var r balanceRow
		if err := rows.Scan(&r.charmID, &r.category, &r.materials, &r.charmCategory, &r.charmMaterials,
			&r.themes, &r.charmRegion, &r.studioRegion, &r.studioKind); err != nil {
			return nil, db.Translate(op, err)
		}
		t.add(&r)
	}
	if err := rows.Err(); err != nil {
		return nil, db.Translate(op, err)
	}
	return &Balance{
		Items:      t.items,
		Categories: balanceShares(t.categories, t.items),
		Materials:  balanceShares(t.materials, t.withMaterials),
		Themes:     balanceShares(t.themes, t.withThemes),
		Regions:    balanceShares(t.regions, t.items),
		Makers:     balanceShares(t.makers, t.items),
	}, nil
}

// balanceRow is one item as balanceSQL reads it.
type balanceRow struct {
	charmID                               int64
	category, materials                   string
	charmCategory, charmMaterials, themes string
	charmRegion, studioRegion, studioKind string
}

// balanceTally counts items per key of each breakdown.
type balanceTally struct {
	items, withMaterials, withThemes               int
	categories, materials, themes, regions, makers map[string]int
}

func (t *balanceTally) add(r *balanceRow) {
	if t.categories == nil {
		t.categories, t.materials, t.themes = map[string]int{}, map[string]int{}, map[string]int{}
		t.regions, t.makers = map[string]int{}, map[string]int{}
	}
	t.items++
	// The item's own category and materials win: a one-off has nothing
	// else, and a collector may correct what the catalog says.
	tallyOne(t.categories, cmp.Or(r.category, r.charmCategory))
	if n := tallyCodesOnce(t.materials, splitCodes(cmp.Or(r.materials, r.charmMaterials))); n > 0 {
		t.withMaterials++
	}
	if n := tallyCodesOnce(t.themes, splitCodes(r.themes)); n > 0 {
		t.withThemes++
	}
	// Where the piece comes from, else where its studio is.
	tallyOne(t.regions, cmp.Or(r.charmRegion, r.studioRegion))
	if r.charmID == 0 {
		tallyOne(t.makers, "one_off")
	} else {
		tallyOne(t.makers, r.studioKind)
	}
}

// tallyOne adds one to key; an unknown (empty) key is not a share.
func tallyOne(m map[string]int, key string) {
	if key != "" {
		m[key]++
	}
}

// tallyCodesOnce counts each distinct non-empty code once and returns how many
// it counted.
func tallyCodesOnce(m map[string]int, codes []string) int {
	n := 0
	for i, c := range codes {
		if c != "" && !slices.Contains(codes[:i], c) {
			m[c]++
			n++
		}
	}
	return n
}

// balanceShares turns counts into shares of of, rounded to whole percent,
// largest first, then by key.
func balanceShares(counts map[string]int, of int) []Share {
	out := make([]Share, 0, len(counts))
	for k, n := range counts {
		sh := Share{Key: k, Count: n}
		if of > 0 {
			sh.Percent = (n*200 + of) / (2 * of)
		}
		out = append(out, sh)
	}
	slices.SortFunc(out, func(a, b Share) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Key, b.Key))
	})
	return out
}
