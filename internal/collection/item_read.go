package collection

import (
	"context"
	"database/sql"
	"strings"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// itemColumns are read by scanItem, from items i left-joined to charms c
// and storage_boxes b.
const itemColumns = `i.id, i.owner_id, i.charm_id, i.title, i.category, i.materials, i.condition,
	i.acquired_on, i.source, i.price_paid, i.currency, i.memory, i.status, i.visibility, i.box_id,
	i.attachment, i.mood_tags, i.version, i.created_at, i.updated_at, COALESCE(c.name, ''), COALESCE(b.name, '')`

const itemFrom = ` FROM items i LEFT JOIN charms c ON c.id = i.charm_id LEFT JOIN storage_boxes b ON b.id = i.box_id`

type scanner interface{ Scan(dest ...any) error }

func scanItem(sc scanner) (*Item, error) {
	var it Item
	var charm, box sql.NullInt64
	var materials, moods, charmName string
	err := sc.Scan(&it.ID, &it.OwnerID, &charm, &it.Title, &it.Category, &materials, &it.Condition,
		&it.AcquiredOn, &it.Source, &it.PricePaid, &it.Currency, &it.Memory, &it.Status, &it.Visibility, &box,
		&it.Attachment, &moods, &it.Version, &it.CreatedAt, &it.UpdatedAt, &charmName, &it.BoxName)
	if err != nil {
		return nil, err
	}
	it.CharmID, it.BoxID = charm.Int64, box.Int64
	it.Materials, it.MoodTags = splitCodes(materials), splitCodes(moods)
	it.CreatedAt, it.UpdatedAt = it.CreatedAt.UTC(), it.UpdatedAt.UTC()
	it.Name = it.Title
	if it.Name == "" {
		it.Name = charmName
	}
	return &it, nil
}

// canSee is the visibility rule every read applies: owners see all of
// their items, others only public ones. "followers" stays owner-only until
// following exists.
func canSee(viewer int64, it *Item) bool {
	return viewer == it.OwnerID || it.Visibility == "public"
}

// Item returns one item with its charm, photos and box as viewer may see
// it. Errors: NotFound (no such item, or not visible to viewer).
func (s *Service) Item(ctx context.Context, viewer, id int64) (*Item, error) {
	const op = "item"
	it, err := scanItem(s.db.QueryRow(ctx, `SELECT `+itemColumns+itemFrom+` WHERE i.id = $1`, id))
	if err == sql.ErrNoRows {
		return nil, errs.E(op, errs.NotFound, "no such item")
	} else if err != nil {
		return nil, db.Translate(op, err)
	}
	if !canSee(viewer, it) {
		return nil, errs.E(op, errs.NotFound, "no such item")
	}
	if it.CharmID != 0 {
		if it.Charm, err = s.catalog.Charm(ctx, it.CharmID); err != nil {
			return nil, errs.Wrap(op, err)
		}
		if it.Category == "" {
			it.Category = it.Charm.Category
		}
		if len(it.Materials) == 0 {
			it.Materials = it.Charm.Materials
		}
	}
	if it.Photos, err = s.itemPhotos(ctx, it.ID); err != nil {
		return nil, errs.Wrap(op, err)
	}
	if len(it.Photos) > 0 {
		it.MainPhoto = it.Photos[0].ID
	}
	return it, nil
}

// ownedItem loads an item for a write by its owner inside tx. Errors:
// NotFound when it is missing or someone else's: a write never tells
// another user whether an item exists.
func ownedItem(ctx context.Context, tx *sql.Tx, owner, id int64) (*Item, error) {
	it, err := scanItem(tx.QueryRowContext(ctx, `SELECT `+itemColumns+itemFrom+` WHERE i.id = $1 AND i.owner_id = $2`, id, owner))
	if err == sql.ErrNoRows {
		return nil, errs.E("item", errs.NotFound, "no such item")
	}
	return it, db.Translate("item", err)
}

// itemPhotos lists an item's photos, main first.
func (s *Service) itemPhotos(ctx context.Context, itemID int64) ([]Photo, error) {
	rows, err := s.db.Query(ctx, `SELECT id, item_id, position, sha256, content_type, width, height, bytes, thumb_ready, created_at
		FROM item_photos WHERE item_id = $1 ORDER BY position, id`, itemID)
	if err != nil {
		return nil, db.Translate("item photos", err)
	}
	defer rows.Close()
	var out []Photo
	for rows.Next() {
		var p Photo
		if err := rows.Scan(&p.ID, &p.ItemID, &p.Position, &p.SHA256, &p.ContentType, &p.Width, &p.Height, &p.Bytes, &p.ThumbReady, &p.CreatedAt); err != nil {
			return nil, db.Translate("item photos", err)
		}
		p.CreatedAt = p.CreatedAt.UTC()
		out = append(out, p)
	}
	return out, db.Translate("item photos", rows.Err())
}

func splitCodes(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}
