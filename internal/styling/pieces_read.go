package styling

import (
	"context"
	"strings"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/db"
)

// pieceColumns are read by pieces: items i left-joined to charms c. The
// name is the title, else the charm's; the category and materials the
// item's own, else the charm's.
const pieceColumns = `i.id, CASE WHEN i.title <> '' THEN i.title ELSE COALESCE(c.name, '') END,
	CASE WHEN i.category <> '' THEN i.category ELSE COALESCE(c.category, '') END,
	CASE WHEN i.materials <> '' THEN i.materials ELSE COALESCE(c.materials, '') END,
	i.status, i.attachment, i.mood_tags, COALESCE(c.colours, ''), COALESCE(c.themes, ''), COALESCE(c.weight_g, 0)`

// pieces reads all the owner's items: the items with their charms, then
// when each was last worn. skipDay leaves one journal day out (the daily
// pick replacing today's entry must not count it).
func (s *Service) pieces(ctx context.Context, owner int64, skipDay string) (*pieceSet, error) {
	const op = "styling pieces"
	// Counting first (from the owner index alone) sizes the list once: for
	// thousands of items, growing it by appending would copy and collect
	// several times its size.
	var n int
	if err := s.db.QueryRow(ctx, `SELECT COUNT(*) FROM items WHERE owner_id = $1`, owner).Scan(&n); err != nil {
		return nil, db.Translate(op, err)
	}
	ps := &pieceSet{now: s.clock(), list: make([]ownedPiece, 0, n)}
	rows, err := s.db.Query(ctx, `SELECT `+pieceColumns+`
		FROM items i LEFT JOIN charms c ON c.id = i.charm_id WHERE i.owner_id = $1 ORDER BY i.id`, owner)
	if err != nil {
		return nil, db.Translate(op, err)
	}
	defer rows.Close()
	// A collection repeats a few code lists many times over: each distinct
	// list is split once and shared, read-only, by every piece that has it.
	codes := pieceCodeCache{lists: map[string][]string{}, families: map[string][]string{}}
	var p ownedPiece
	var materials, moods, colours, themes string
	dest := []any{&p.ItemID, &p.Name, &p.Category, &materials, &p.status, &p.Attachment, &moods, &colours, &themes, &p.WeightG}
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return nil, db.Translate(op, err)
		}
		p.Materials, p.Families = codes.split(materials), codes.familiesOf(materials)
		p.Colours, p.Themes, p.moodTags = codes.split(colours), codes.split(themes), codes.split(moods)
		p.Functional = p.Category == "functional"
		ps.list = append(ps.list, p)
	}
	if err := rows.Err(); err != nil {
		return nil, db.Translate(op, err)
	}
	return ps, s.pieceWear(ctx, ps, owner, skipDay)
}

// pieceCodeCache splits comma-separated code lists and finds the
// families of materials lists, once per distinct list.
type pieceCodeCache struct{ lists, families map[string][]string }

// split returns the codes of a list; empty is nil.
func (c pieceCodeCache) split(s string) []string {
	if s == "" {
		return nil
	}
	v, ok := c.lists[s]
	if !ok {
		v = strings.Split(s, ",")
		c.lists[s] = v
	}
	return v
}

// families maps a materials list to its families, in material order
// without repeats; unknown materials have none.
func (c pieceCodeCache) familiesOf(materials string) []string {
	if materials == "" {
		return nil
	}
	v, ok := c.families[materials]
	if !ok {
		for _, m := range c.split(materials) {
			if f := catalog.MaterialFamily[m]; f != "" && !pieceHas(v, f) {
				v = append(v, f)
			}
		}
		c.families[materials] = v
	}
	return v
}

// pieceCodes splits a comma-separated codes column; empty is nil.
func pieceCodes(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}
