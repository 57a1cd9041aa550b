package catalog

import (
	"context"
	"database/sql"
	"strings"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// charmSelect reads a charm with the names and slugs of its studio, IP and
// series; scanCharm reads its columns in this order.
const charmSelect = `SELECT c.id, c.external_id, c.name, c.name_zh, c.studio_id, c.ip_id, c.series_id,
	c.category, c.materials, c.colours, c.themes, c.width_mm, c.height_mm, c.weight_g,
	c.release_date, c.list_price, c.currency, c.edition_size, c.region, c.eco, c.care,
	c.story, c.description, c.official, c.nfc, c.rarity, c.sku, c.image_url, c.version,
	c.created_at, c.updated_at,
	s.name, s.slug, COALESCE(i.name, ''), COALESCE(i.slug, ''), COALESCE(r.name, ''), COALESCE(r.slug, '')
FROM charms c
JOIN studios s ON s.id = c.studio_id
LEFT JOIN ips i ON i.id = c.ip_id
LEFT JOIN series r ON r.id = c.series_id`

// scanner is a *sql.Row or *sql.Rows.
type scanner interface{ Scan(dest ...any) error }

func scanCharm(sc scanner) (*Charm, error) {
	var c Charm
	var ipID, seriesID sql.NullInt64
	var materials, colours, themes, eco string
	err := sc.Scan(&c.ID, &c.ExternalID, &c.Name, &c.NameZH, &c.StudioID, &ipID, &seriesID,
		&c.Category, &materials, &colours, &themes, &c.WidthMM, &c.HeightMM, &c.WeightG,
		&c.ReleaseDate, &c.ListPrice, &c.Currency, &c.EditionSize, &c.Region, &eco, &c.Care,
		&c.Story, &c.Description, &c.Official, &c.NFC, &c.Rarity, &c.SKU, &c.ImageURL, &c.Version,
		&c.CreatedAt, &c.UpdatedAt,
		&c.StudioName, &c.StudioSlug, &c.IPName, &c.IPSlug, &c.SeriesName, &c.SeriesSlug)
	if err != nil {
		return nil, err
	}
	c.IPID, c.SeriesID = ipID.Int64, seriesID.Int64
	c.Materials, c.Colours, c.Themes, c.Eco = splitCodes(materials), splitCodes(colours), splitCodes(themes), splitCodes(eco)
	c.CreatedAt, c.UpdatedAt = c.CreatedAt.UTC(), c.UpdatedAt.UTC()
	return &c, nil
}

// splitCodes reads a comma-separated list column; empty is an empty list.
func splitCodes(s string) []string {
	if s == "" {
		return []string{}
	}
	return strings.Split(s, ",")
}

func joinCodes(l []string) string { return strings.Join(l, ",") }

// nullID stores a zero reference as NULL.
func nullID(id int64) sql.NullInt64 { return sql.NullInt64{Int64: id, Valid: id != 0} }

// Charm returns one charm with studio, IP and series names. NotFound if none.
func (s *Service) Charm(ctx context.Context, id int64) (*Charm, error) {
	c, err := scanCharm(s.db.QueryRow(ctx, charmSelect+` WHERE c.id = $1`, id))
	return c, db.Translate("charm", err)
}

// CharmByExternalID returns the charm with a stable external id. NotFound if none.
func (s *Service) CharmByExternalID(ctx context.Context, ext string) (*Charm, error) {
	c, err := scanCharm(s.db.QueryRow(ctx, charmSelect+` WHERE c.external_id = $1`, ext))
	return c, db.Translate("charm by external id", err)
}

// maxIDsPerQuery bounds the placeholders of one IN list, well below both
// engines' limits.
const maxIDsPerQuery = 1000

// CharmsByIDs returns the charms with these ids in the given order,
// skipping ids that do not exist.
func (s *Service) CharmsByIDs(ctx context.Context, ids []int64) ([]Charm, error) {
	byID := make(map[int64]*Charm, len(ids))
	for start := 0; start < len(ids); start += maxIDsPerQuery {
		chunk := ids[start:min(start+maxIDsPerQuery, len(ids))]
		var q query
		q.and("c.id IN (" + q.placeholders(len(chunk), func(i int) any { return chunk[i] }) + ")")
		err := s.eachCharm(ctx, s.db.R, charmSelect+q.clause(), q.args, func(c *Charm) error {
			byID[c.ID] = c
			return nil
		})
		if err != nil {
			return nil, errs.Wrap("charms by ids", err)
		}
	}
	out := make([]Charm, 0, len(byID))
	for _, id := range ids {
		if c, ok := byID[id]; ok {
			out = append(out, *c)
		}
	}
	return out, nil
}

// SeriesCharms returns every charm of a series, regular figures first, then
// chase, then secret. NotFound if the series does not exist.
func (s *Service) SeriesCharms(ctx context.Context, seriesID int64) ([]Charm, error) {
	const op = "series charms"
	var one int
	if err := s.db.QueryRow(ctx, `SELECT 1 FROM series WHERE id = $1`, seriesID).Scan(&one); err != nil {
		return nil, db.Translate(op, err)
	}
	out := []Charm{}
	err := s.eachCharm(ctx, s.db.R, charmSelect+` WHERE c.series_id = $1
		ORDER BY CASE c.rarity WHEN 'chase' THEN 1 WHEN 'secret' THEN 2 ELSE 0 END, c.name, c.id`,
		[]any{seriesID}, func(c *Charm) error {
			out = append(out, *c)
			return nil
		})
	return out, errs.Wrap(op, err)
}

// querier is a pool or a transaction.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// eachCharm streams the charms a charmSelect query returns to fn, one row
// at a time, so that reading a million charms holds one in memory.
func (s *Service) eachCharm(ctx context.Context, q querier, sqlText string, args []any, fn func(*Charm) error) error {
	rows, err := q.QueryContext(ctx, sqlText, args...)
	if err != nil {
		return db.Translate("read charms", err)
	}
	defer rows.Close()
	for rows.Next() {
		c, err := scanCharm(rows)
		if err != nil {
			return db.Translate("read charm", err)
		}
		if err := fn(c); err != nil {
			return err
		}
	}
	return db.Translate("read charms", rows.Err())
}
