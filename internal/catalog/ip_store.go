package catalog

import (
	"context"
	"database/sql"
	"strings"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

const ipSelect = `SELECT id, slug, name, name_zh, studio_id, description FROM ips`

func scanIP(sc scanner) (*IP, error) {
	var ip IP
	var studioID sql.NullInt64
	if err := sc.Scan(&ip.ID, &ip.Slug, &ip.Name, &ip.NameZH, &studioID, &ip.Description); err != nil {
		return nil, err
	}
	ip.StudioID = studioID.Int64
	return &ip, nil
}

// IPs lists every IP by name.
func (s *Service) IPs(ctx context.Context) ([]IP, error) {
	const op = "ips"
	rows, err := s.db.Query(ctx, ipSelect+` ORDER BY name, id`)
	if err != nil {
		return nil, db.Translate(op, err)
	}
	defer rows.Close()
	out := []IP{}
	for rows.Next() {
		ip, err := scanIP(rows)
		if err != nil {
			return nil, db.Translate(op, err)
		}
		out = append(out, *ip)
	}
	return out, db.Translate(op, rows.Err())
}

// IP returns an IP by slug. NotFound if none.
func (s *Service) IP(ctx context.Context, slug string) (*IP, error) {
	ip, err := scanIP(s.db.QueryRow(ctx, ipSelect+` WHERE slug = $1`, slug))
	if err != nil {
		return nil, db.Translate("ip", err)
	}
	return ip, nil
}

// CreateIP inserts an IP. Invalid or Conflict. On success ip holds its id.
func (s *Service) CreateIP(ctx context.Context, ip *IP) error {
	const op = "create ip"
	ip.Slug, ip.Name = strings.TrimSpace(ip.Slug), strings.TrimSpace(ip.Name)
	var v fieldChecker
	if !validSlug(ip.Slug) {
		v.add("slug", "must be 1 to 80 lowercase letters, digits and single hyphens")
	}
	v.text("name", ip.Name, true, maxNameLen)
	v.text("name_zh", ip.NameZH, false, maxNameLen)
	v.min("studio_id", ip.StudioID, 0, 0)
	v.text("description", ip.Description, false, maxTextLen)
	if len(v.errs) > 0 {
		return errs.Fields(op, v.errs...)
	}
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		if ip.StudioID != 0 {
			if err := mustExist(ctx, tx, "studios", ip.StudioID, "studio_id", "is not a known studio"); err != nil {
				return err
			}
		}
		err := tx.QueryRowContext(ctx, `INSERT INTO ips (slug, name, name_zh, studio_id, description)
			VALUES ($1, $2, $3, $4, $5) RETURNING id`,
			ip.Slug, ip.Name, ip.NameZH, nullID(ip.StudioID), ip.Description).Scan(&ip.ID)
		return slugConflict(op, err)
	})
}

// mustExist returns an Invalid error on field unless table has a row with
// id. table is always a constant of the caller, never input.
func mustExist(ctx context.Context, tx *sql.Tx, table string, id int64, field, msg string) error {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM `+table+` WHERE id = $1`, id).Scan(&n); err != nil {
		return db.Translate("check "+field, err)
	}
	if n == 0 {
		return errs.Fields("check "+field, errs.FieldError{Field: field, Message: msg})
	}
	return nil
}
