package catalog

import (
	"context"
	"database/sql"
	"strings"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// studioSelect reads a studio with its charm count (charms_studio index).
const studioSelect = `SELECT s.id, s.slug, s.name, s.name_zh, s.kind, s.region, s.country, s.city,
	s.founded, s.description, s.story, s.website, s.verified, s.created_at,
	(SELECT COUNT(*) FROM charms c WHERE c.studio_id = s.id)
FROM studios s`

func scanStudio(sc scanner) (*Studio, error) {
	var st Studio
	err := sc.Scan(&st.ID, &st.Slug, &st.Name, &st.NameZH, &st.Kind, &st.Region, &st.Country, &st.City,
		&st.Founded, &st.Description, &st.Story, &st.Website, &st.Verified, &st.CreatedAt, &st.CharmCount)
	st.CreatedAt = st.CreatedAt.UTC()
	return &st, err
}

// Studios lists studios by name with their charm counts. Invalid for an
// unknown kind or region or a malformed cursor.
func (s *Service) Studios(ctx context.Context, f StudioFilter) (*Page[Studio], error) {
	const op = "studios"
	var v fieldChecker
	v.code("kind", f.Kind, StudioKinds)
	v.code("region", f.Region, Regions)
	cur, hasCur, err := decodeCursor(op, f.Cursor, 1)
	if err != nil {
		return nil, err
	}
	if len(v.errs) > 0 {
		return nil, errs.Fields(op, v.errs...)
	}
	var q query
	if f.Kind != "" {
		q.and("s.kind = " + q.arg(f.Kind))
	}
	if f.Region != "" {
		q.and("s.region = " + q.arg(f.Region))
	}
	page := &Page[Studio]{Items: []Studio{}}
	if err := s.db.QueryRow(ctx, `SELECT COUNT(*) FROM studios s`+q.clause(), q.args...).Scan(&page.Total); err != nil {
		return nil, db.Translate(op, err)
	}
	if hasCur {
		name, id := q.arg(cur.Keys[0]), q.arg(cur.ID)
		q.and("(s.name > " + name + " OR (s.name = " + name + " AND s.id > " + id + "))")
	}
	limit := pageLimit(f.Limit)
	rows, err := s.db.Query(ctx, studioSelect+q.clause()+` ORDER BY s.name, s.id LIMIT `+q.arg(limit+1), q.args...)
	if err != nil {
		return nil, db.Translate(op, err)
	}
	defer rows.Close()
	for rows.Next() {
		st, err := scanStudio(rows)
		if err != nil {
			return nil, db.Translate(op, err)
		}
		page.Items = append(page.Items, *st)
	}
	if err := rows.Err(); err != nil {
		return nil, db.Translate(op, err)
	}
	if len(page.Items) > limit {
		page.Items = page.Items[:limit]
		last := page.Items[limit-1]
		page.Next = encodeCursor(last.ID, last.Name)
	}
	return page, nil
}

// Studio returns a studio by slug. NotFound if none.
func (s *Service) Studio(ctx context.Context, slug string) (*Studio, error) {
	st, err := scanStudio(s.db.QueryRow(ctx, studioSelect+` WHERE s.slug = $1`, slug))
	if err != nil {
		return nil, db.Translate("studio", err)
	}
	return st, nil
}

// StudioByID returns a studio by id. NotFound if none.
func (s *Service) StudioByID(ctx context.Context, id int64) (*Studio, error) {
	st, err := scanStudio(s.db.QueryRow(ctx, studioSelect+` WHERE s.id = $1`, id))
	if err != nil {
		return nil, db.Translate("studio by id", err)
	}
	return st, nil
}

// CreateStudio inserts a studio. Invalid or Conflict (slug taken). On
// success st holds its id and creation time.
func (s *Service) CreateStudio(ctx context.Context, st *Studio) error {
	const op = "create studio"
	st.Slug, st.Name = strings.TrimSpace(st.Slug), strings.TrimSpace(st.Name)
	var v fieldChecker
	if !validSlug(st.Slug) {
		v.add("slug", "must be 1 to 80 lowercase letters, digits and single hyphens")
	}
	v.text("name", st.Name, true, maxNameLen)
	v.text("name_zh", st.NameZH, false, maxNameLen)
	if st.Kind == "" {
		v.add("kind", "is required")
	}
	v.code("kind", st.Kind, StudioKinds)
	if st.Region == "" {
		v.add("region", "is required")
	}
	v.code("region", st.Region, Regions)
	v.text("country", st.Country, false, maxShortLen)
	v.text("city", st.City, false, maxShortLen)
	if st.Founded != 0 && (st.Founded < 1000 || st.Founded > 2200) {
		v.add("founded", "must be a year")
	}
	v.text("description", st.Description, false, maxTextLen)
	v.text("story", st.Story, false, maxTextLen)
	v.url("website", st.Website)
	if len(v.errs) > 0 {
		return errs.Fields(op, v.errs...)
	}
	st.CreatedAt = s.clock()
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, `INSERT INTO studios
			(slug, name, name_zh, kind, region, country, city, founded, description, story, website, verified, created_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
			st.Slug, st.Name, st.NameZH, st.Kind, st.Region, st.Country, st.City, st.Founded,
			st.Description, st.Story, st.Website, st.Verified, st.CreatedAt).Scan(&st.ID)
		return slugConflict(op, err)
	})
}

// slugConflict translates an insert error, naming the field when the only
// unique column besides the id, the slug, is taken.
func slugConflict(op string, err error) error {
	if err != nil && db.IsUniqueViolation(err) {
		return &errs.Error{Op: op, Kind: errs.Conflict, Msg: "this slug is already taken",
			Fields: []errs.FieldError{{Field: "slug", Message: "is already taken"}}, Err: err}
	}
	return db.Translate(op, err)
}

// StudioNames lists every studio's id, slug and names, without the charm
// counts Studios computes: for labelling ids (facets, links) in one read.
func (s *Service) StudioNames(ctx context.Context) ([]Studio, error) {
	const op = "studio names"
	rows, err := s.db.Query(ctx, `SELECT id, slug, name, name_zh FROM studios ORDER BY name, id`)
	if err != nil {
		return nil, db.Translate(op, err)
	}
	defer rows.Close()
	out := []Studio{}
	for rows.Next() {
		var st Studio
		if err := rows.Scan(&st.ID, &st.Slug, &st.Name, &st.NameZH); err != nil {
			return nil, db.Translate(op, err)
		}
		out = append(out, st)
	}
	return out, db.Translate(op, rows.Err())
}
