package catalog

import (
	"context"
	"database/sql"
	"strings"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/money"
)

// seriesSelect reads a series with its studio's name and its charm count
// (charms_series index).
const seriesSelect = `SELECT r.id, r.slug, r.name, r.name_zh, r.studio_id, r.ip_id, r.kind, r.release_date,
	r.box_price, r.currency, r.description, s.name,
	(SELECT COUNT(*) FROM charms c WHERE c.series_id = r.id)
FROM series r JOIN studios s ON s.id = r.studio_id`

func scanSeries(sc scanner) (*Series, error) {
	var sr Series
	var ipID sql.NullInt64
	err := sc.Scan(&sr.ID, &sr.Slug, &sr.Name, &sr.NameZH, &sr.StudioID, &ipID, &sr.Kind, &sr.ReleaseDate,
		&sr.BoxPrice, &sr.Currency, &sr.Description, &sr.StudioName, &sr.CharmCount)
	sr.IPID = ipID.Int64
	return &sr, err
}

// SeriesList lists series, newest release first. Invalid for an unknown
// kind or a malformed cursor.
func (s *Service) SeriesList(ctx context.Context, f SeriesFilter) (*Page[Series], error) {
	const op = "series list"
	var v fieldChecker
	v.code("kind", f.Kind, SeriesKinds)
	cur, hasCur, err := decodeCursor(op, f.Cursor, 1)
	if err != nil {
		return nil, err
	}
	if len(v.errs) > 0 {
		return nil, errs.Fields(op, v.errs...)
	}
	var q query
	if f.StudioID != 0 {
		q.and("r.studio_id = " + q.arg(f.StudioID))
	}
	if f.Kind != "" {
		q.and("r.kind = " + q.arg(f.Kind))
	}
	page := &Page[Series]{Items: []Series{}}
	if err := s.db.QueryRow(ctx, `SELECT COUNT(*) FROM series r`+q.clause(), q.args...).Scan(&page.Total); err != nil {
		return nil, db.Translate(op, err)
	}
	if hasCur {
		date, id := q.arg(cur.Keys[0]), q.arg(cur.ID)
		q.and("(r.release_date < " + date + " OR (r.release_date = " + date + " AND r.id < " + id + "))")
	}
	limit := pageLimit(f.Limit)
	rows, err := s.db.Query(ctx, seriesSelect+q.clause()+` ORDER BY r.release_date DESC, r.id DESC LIMIT `+q.arg(limit+1), q.args...)
	if err != nil {
		return nil, db.Translate(op, err)
	}
	defer rows.Close()
	for rows.Next() {
		sr, err := scanSeries(rows)
		if err != nil {
			return nil, db.Translate(op, err)
		}
		page.Items = append(page.Items, *sr)
	}
	if err := rows.Err(); err != nil {
		return nil, db.Translate(op, err)
	}
	if len(page.Items) > limit {
		page.Items = page.Items[:limit]
		last := page.Items[limit-1]
		page.Next = encodeCursor(last.ID, last.ReleaseDate)
	}
	return page, nil
}

// Series returns a series by slug. NotFound if none.
func (s *Service) Series(ctx context.Context, slug string) (*Series, error) {
	sr, err := scanSeries(s.db.QueryRow(ctx, seriesSelect+` WHERE r.slug = $1`, slug))
	if err != nil {
		return nil, db.Translate("series", err)
	}
	return sr, nil
}

// CreateSeries inserts a series. Invalid or Conflict. An empty kind is
// "standard" and an empty currency CNY. On success sr holds its id.
func (s *Service) CreateSeries(ctx context.Context, sr *Series) error {
	const op = "create series"
	sr.Slug, sr.Name = strings.TrimSpace(sr.Slug), strings.TrimSpace(sr.Name)
	if sr.Kind == "" {
		sr.Kind = "standard"
	}
	if sr.Currency = strings.ToUpper(strings.TrimSpace(sr.Currency)); sr.Currency == "" {
		sr.Currency = money.Default
	}
	var v fieldChecker
	if !validSlug(sr.Slug) {
		v.add("slug", "must be 1 to 80 lowercase letters, digits and single hyphens")
	}
	v.text("name", sr.Name, true, maxNameLen)
	v.text("name_zh", sr.NameZH, false, maxNameLen)
	if sr.StudioID <= 0 {
		v.add("studio_id", "is required")
	}
	v.min("ip_id", sr.IPID, 0, 0)
	v.code("kind", sr.Kind, SeriesKinds)
	v.date("release_date", sr.ReleaseDate)
	v.min("box_price", sr.BoxPrice, 0, maxListPriceMinor)
	if !money.Valid(sr.Currency) {
		v.add("currency", "is not a supported currency")
	}
	v.text("description", sr.Description, false, maxTextLen)
	if len(v.errs) > 0 {
		return errs.Fields(op, v.errs...)
	}
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		if err := mustExist(ctx, tx, "studios", sr.StudioID, "studio_id", "is not a known studio"); err != nil {
			return err
		}
		if sr.IPID != 0 {
			if err := mustExist(ctx, tx, "ips", sr.IPID, "ip_id", "is not a known IP"); err != nil {
				return err
			}
		}
		err := tx.QueryRowContext(ctx, `INSERT INTO series
			(slug, name, name_zh, studio_id, ip_id, kind, release_date, box_price, currency, description)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
			sr.Slug, sr.Name, sr.NameZH, sr.StudioID, nullID(sr.IPID), sr.Kind, sr.ReleaseDate,
			sr.BoxPrice, sr.Currency, sr.Description).Scan(&sr.ID)
		return slugConflict(op, err)
	})
}
