package collection

import (
	"context"
	"database/sql"
	"strconv"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/money"
)

// exportItem is one item as exports write it. Category and materials are
// the item's own, else its charm's, so a file imported where the charm is
// unknown still describes the piece.
type exportItem struct {
	ID              int64         `json:"id"`
	CharmID         int64         `json:"charm_id,omitempty"`
	CharmExternalID string        `json:"charm_external_id,omitempty"`
	SKU             string        `json:"sku,omitempty"`
	Name            string        `json:"name,omitempty"` // the catalog charm's
	Title           string        `json:"title,omitempty"`
	Category        string        `json:"category,omitempty"`
	Materials       []string      `json:"materials"`
	Condition       string        `json:"condition"`
	AcquiredOn      string        `json:"acquired_on,omitempty"`
	Source          string        `json:"source,omitempty"`
	PricePaid       int64         `json:"price_paid"` // minor units
	Currency        string        `json:"currency"`
	Memory          string        `json:"memory,omitempty"`
	Status          string        `json:"status"`
	Visibility      string        `json:"visibility"`
	Box             string        `json:"box,omitempty"`
	Photos          []exportPhoto `json:"photos"`
	CreatedAt       time.Time     `json:"created_at"`
	UpdatedAt       time.Time     `json:"updated_at"`
}

// exportPhoto is a reference to a photo file.
type exportPhoto struct {
	ID          int64  `json:"id"`
	SHA256      string `json:"sha256"`
	ContentType string `json:"content_type"`
	URL         string `json:"url"`
}

func exportPhotoURL(id int64) string { return "/collection/photos/" + strconv.FormatInt(id, 10) }

// eachItem streams the owner's items, oldest first, with their photos.
func (s *Service) eachItem(ctx context.Context, owner int64, fn func(*exportItem) error) error {
	const op = "export items"
	photos, err := s.ownerPhotos(ctx, owner)
	if err != nil {
		return err
	}
	rows, err := s.db.Query(ctx, `SELECT i.id, i.charm_id, COALESCE(c.external_id, ''), COALESCE(c.sku, ''), COALESCE(c.name, ''),
			i.title, i.category, i.materials, COALESCE(c.category, ''), COALESCE(c.materials, ''), i.condition, i.acquired_on,
			i.source, i.price_paid, i.currency, i.memory, i.status, i.visibility, COALESCE(b.name, ''), i.created_at, i.updated_at
		FROM items i LEFT JOIN charms c ON c.id = i.charm_id LEFT JOIN storage_boxes b ON b.id = i.box_id AND b.owner_id = i.owner_id
		WHERE i.owner_id = $1 ORDER BY i.id`, owner)
	if err != nil {
		return db.Translate(op, err)
	}
	defer rows.Close()
	for rows.Next() {
		var it exportItem
		var charm sql.NullInt64
		var materials, charmCategory, charmMaterials string
		if err := rows.Scan(&it.ID, &charm, &it.CharmExternalID, &it.SKU, &it.Name, &it.Title, &it.Category, &materials,
			&charmCategory, &charmMaterials, &it.Condition, &it.AcquiredOn, &it.Source, &it.PricePaid, &it.Currency,
			&it.Memory, &it.Status, &it.Visibility, &it.Box, &it.CreatedAt, &it.UpdatedAt); err != nil {
			return db.Translate(op, err)
		}
		it.CharmID = charm.Int64
		it.Category = firstNonEmpty(it.Category, charmCategory)
		it.Materials = splitCodes(firstNonEmpty(materials, charmMaterials))
		if it.Materials == nil {
			it.Materials = []string{}
		}
		it.CreatedAt, it.UpdatedAt = it.CreatedAt.UTC(), it.UpdatedAt.UTC()
		it.Photos = photos[it.ID]
		if it.Photos == nil {
			it.Photos = []exportPhoto{}
		}
		if err := fn(&it); err != nil {
			return err
		}
	}
	return db.Translate(op, rows.Err())
}

// ownerPhotos lists the owner's photo references by item, main first.
func (s *Service) ownerPhotos(ctx context.Context, owner int64) (map[int64][]exportPhoto, error) {
	const op = "export photos"
	rows, err := s.db.Query(ctx, `SELECT id, item_id, sha256, content_type FROM item_photos WHERE owner_id = $1 ORDER BY item_id, position, id`, owner)
	if err != nil {
		return nil, db.Translate(op, err)
	}
	defer rows.Close()
	out := map[int64][]exportPhoto{}
	for rows.Next() {
		var p exportPhoto
		var item int64
		if err := rows.Scan(&p.ID, &item, &p.SHA256, &p.ContentType); err != nil {
			return nil, db.Translate(op, err)
		}
		p.URL = exportPhotoURL(p.ID)
		out[item] = append(out[item], p)
	}
	return out, db.Translate(op, rows.Err())
}

// exportAmount writes minor units of currency as a plain decimal ("59.00"),
// the form import reads back.
func exportAmount(minor int64, currency string) string {
	c, ok := money.Lookup(currency)
	if !ok || c.Exponent == 0 {
		return strconv.FormatInt(minor, 10)
	}
	s := strconv.FormatInt(minor, 10)
	for len(s) <= c.Exponent {
		s = "0" + s
	}
	return s[:len(s)-c.Exponent] + "." + s[len(s)-c.Exponent:]
}
