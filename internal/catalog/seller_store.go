package catalog

import (
	"context"
	"database/sql"
	"slices"
	"strings"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// City is a city with authorised sellers.
type City struct {
	Name    string `json:"name"`
	Region  string `json:"region"`
	Country string `json:"country"`
	Sellers int    `json:"sellers"`
}

const sellerSelect = `SELECT s.id, s.slug, s.name, s.name_zh, s.kind, s.city, s.region, s.country,
	s.address, s.website, s.verified, s.created_at
FROM sellers s`

func scanSeller(sc scanner) (*Seller, error) {
	var sl Seller
	err := sc.Scan(&sl.ID, &sl.Slug, &sl.Name, &sl.NameZH, &sl.Kind, &sl.City, &sl.Region, &sl.Country,
		&sl.Address, &sl.Website, &sl.Verified, &sl.CreatedAt)
	sl.CreatedAt, sl.StudioIDs = sl.CreatedAt.UTC(), []int64{}
	return &sl, err
}

// Sellers lists authorised sellers by city then name. Invalid for an
// unknown region or kind or a malformed cursor.
func (s *Service) Sellers(ctx context.Context, f SellerFilter) (*Page[Seller], error) {
	const op = "sellers"
	var v fieldChecker
	v.code("region", f.Region, Regions)
	v.code("kind", f.Kind, SellerKinds)
	cur, hasCur, err := decodeCursor(op, f.Cursor, 2)
	if err != nil {
		return nil, err
	}
	if len(v.errs) > 0 {
		return nil, errs.Fields(op, v.errs...)
	}
	var q query
	if f.City != "" {
		q.and("s.city = " + q.arg(f.City))
	}
	if f.Region != "" {
		q.and("s.region = " + q.arg(f.Region))
	}
	if f.Kind != "" {
		q.and("s.kind = " + q.arg(f.Kind))
	}
	if f.StudioID != 0 {
		q.and("EXISTS (SELECT 1 FROM seller_studios ss WHERE ss.seller_id = s.id AND ss.studio_id = " + q.arg(f.StudioID) + ")")
	}
	page := &Page[Seller]{Items: []Seller{}}
	if err := s.db.QueryRow(ctx, `SELECT COUNT(*) FROM sellers s`+q.clause(), q.args...).Scan(&page.Total); err != nil {
		return nil, db.Translate(op, err)
	}
	if hasCur {
		city, name, id := q.arg(cur.Keys[0]), q.arg(cur.Keys[1]), q.arg(cur.ID)
		q.and("(s.city > " + city + " OR (s.city = " + city + " AND (s.name > " + name +
			" OR (s.name = " + name + " AND s.id > " + id + "))))")
	}
	limit := pageLimit(f.Limit)
	rows, err := s.db.Query(ctx, sellerSelect+q.clause()+` ORDER BY s.city, s.name, s.id LIMIT `+q.arg(limit+1), q.args...)
	if err != nil {
		return nil, db.Translate(op, err)
	}
	defer rows.Close()
	for rows.Next() {
		sl, err := scanSeller(rows)
		if err != nil {
			return nil, db.Translate(op, err)
		}
		page.Items = append(page.Items, *sl)
	}
	if err := rows.Err(); err != nil {
		return nil, db.Translate(op, err)
	}
	if len(page.Items) > limit {
		page.Items = page.Items[:limit]
		last := page.Items[limit-1]
		page.Next = encodeCursor(last.ID, last.City, last.Name)
	}
	if err := s.sellerStudios(ctx, page.Items); err != nil {
		return nil, errs.Wrap(op, err)
	}
	return page, nil
}

// sellerStudios fills in the studio ids of sellers with one query.
func (s *Service) sellerStudios(ctx context.Context, sellers []Seller) error {
	if len(sellers) == 0 {
		return nil
	}
	at := make(map[int64]int, len(sellers))
	var q query
	q.and("seller_id IN (" + q.placeholders(len(sellers), func(i int) any { return sellers[i].ID }) + ")")
	for i := range sellers {
		at[sellers[i].ID] = i
	}
	rows, err := s.db.Query(ctx, `SELECT seller_id, studio_id FROM seller_studios`+q.clause()+` ORDER BY seller_id, studio_id`, q.args...)
	if err != nil {
		return db.Translate("seller studios", err)
	}
	defer rows.Close()
	for rows.Next() {
		var sellerID, studioID int64
		if err := rows.Scan(&sellerID, &studioID); err != nil {
			return db.Translate("seller studios", err)
		}
		sl := &sellers[at[sellerID]]
		sl.StudioIDs = append(sl.StudioIDs, studioID)
	}
	return db.Translate("seller studios", rows.Err())
}

// Seller returns a seller by slug, with the studios it is authorised for.
// NotFound if none.
func (s *Service) Seller(ctx context.Context, slug string) (*Seller, error) {
	const op = "seller"
	sl, err := scanSeller(s.db.QueryRow(ctx, sellerSelect+` WHERE s.slug = $1`, slug))
	if err != nil {
		return nil, db.Translate(op, err)
	}
	one := []Seller{*sl}
	if err := s.sellerStudios(ctx, one); err != nil {
		return nil, errs.Wrap(op, err)
	}
	return &one[0], nil
}

// SellerCities lists the cities that have sellers, with their regions,
// ordered by city name.
func (s *Service) SellerCities(ctx context.Context) ([]City, error) {
	const op = "seller cities"
	rows, err := s.db.Query(ctx, `SELECT city, region, country, COUNT(*) FROM sellers
		WHERE city <> '' GROUP BY city, region, country ORDER BY city, region, country`)
	if err != nil {
		return nil, db.Translate(op, err)
	}
	defer rows.Close()
	out := []City{}
	for rows.Next() {
		var c City
		if err := rows.Scan(&c.Name, &c.Region, &c.Country, &c.Sellers); err != nil {
			return nil, db.Translate(op, err)
		}
		out = append(out, c)
	}
	return out, db.Translate(op, rows.Err())
}

// CreateSeller inserts a seller with its studio links. Invalid or
// Conflict. On success sl holds its id and creation time.
func (s *Service) CreateSeller(ctx context.Context, sl *Seller) error {
	const op = "create seller"
	sl.Slug, sl.Name, sl.City = strings.TrimSpace(sl.Slug), strings.TrimSpace(sl.Name), strings.TrimSpace(sl.City)
	var v fieldChecker
	if !validSlug(sl.Slug) {
		v.add("slug", "must be 1 to 80 lowercase letters, digits and single hyphens")
	}
	v.text("name", sl.Name, true, maxNameLen)
	v.text("name_zh", sl.NameZH, false, maxNameLen)
	v.text("kind", sl.Kind, true, maxShortLen)
	v.code("kind", sl.Kind, SellerKinds)
	v.text("region", sl.Region, true, maxShortLen)
	v.code("region", sl.Region, Regions)
	v.text("city", sl.City, false, maxShortLen)
	v.text("country", sl.Country, false, maxShortLen)
	v.text("address", sl.Address, false, maxShortLen*2)
	v.url("website", sl.Website)
	slices.Sort(sl.StudioIDs)
	sl.StudioIDs = slices.Compact(sl.StudioIDs)
	if len(v.errs) > 0 {
		return errs.Fields(op, v.errs...)
	}
	sl.CreatedAt = s.clock()
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		for _, id := range sl.StudioIDs {
			if err := mustExist(ctx, tx, "studios", id, "studio_ids", "lists an unknown studio"); err != nil {
				return err
			}
		}
		err := tx.QueryRowContext(ctx, `INSERT INTO sellers
			(slug, name, name_zh, kind, city, region, country, address, website, verified, created_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
			sl.Slug, sl.Name, sl.NameZH, sl.Kind, sl.City, sl.Region, sl.Country, sl.Address,
			sl.Website, sl.Verified, sl.CreatedAt).Scan(&sl.ID)
		if err != nil {
			return slugConflict(op, err)
		}
		for _, id := range sl.StudioIDs {
			if _, err := tx.ExecContext(ctx, `INSERT INTO seller_studios (seller_id, studio_id) VALUES ($1, $2)`, sl.ID, id); err != nil {
				return db.Translate(op, err)
			}
		}
		return nil
	})
}
