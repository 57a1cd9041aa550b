package collection

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"time"

	"github.com/charmory/charmory/internal/collection/photo"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/job"
)

// MaxPhotosPerItem bounds an item's photos: enough for every side and
// detail of a charm, few enough that the item page stays quick.
const MaxPhotosPerItem = 20

// thumbPayload is the payload of a JobThumbnail job.
type thumbPayload struct {
	PhotoID int64 `json:"photo_id"`
}

// AddPhotos checks every upload (type, size, pixel count before decoding)
// and adds them all to the item after its existing photos, or none when
// one is refused; thumbnails are made by a job. Errors: NotFound, Invalid
// (naming the file and why), TooLarge.
func (s *Service) AddPhotos(ctx context.Context, owner, itemID int64, files []Upload) ([]Photo, error) {
	const op = "add photos"
	if len(files) == 0 {
		return nil, errs.Fields(op, errs.FieldError{Field: "photos", Message: "choose at least one photo"})
	}
	if len(files) > MaxPhotosPerItem {
		return nil, tooManyPhotos(op, 0, len(files))
	}
	// A cheap look first, so that nothing is written to disk for an item
	// that is not the owner's; the transaction checks again.
	var mine int
	err := s.db.QueryRow(ctx, `SELECT COUNT(*) FROM items WHERE id = $1 AND owner_id = $2`, itemID, owner).Scan(&mine)
	if err != nil {
		return nil, db.Translate(op, err)
	} else if mine == 0 {
		return nil, errs.E(op, errs.NotFound, "no such item")
	}
	infos := make([]photo.Info, len(files))
	for i, f := range files {
		if infos[i], err = photo.Check(f.Name, f.Data); err != nil {
			return nil, errs.Wrap(op, err)
		}
	}
	written, err := s.storeFiles(ctx, files, infos)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	var out []Photo
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		var err error
		out, err = s.insertPhotos(ctx, tx, owner, itemID, files, infos)
		return err
	})
	if err != nil {
		s.removeUnused(ctx, written)
		return nil, errs.Wrap(op, err)
	}
	return out, nil
}

// storeFiles writes checked uploads to disk and returns the names of the
// files it created. Files go to disk before the rows commit, so that the
// thumbnail job never finds a row without its file.
func (s *Service) storeFiles(ctx context.Context, files []Upload, infos []photo.Info) ([]string, error) {
	var written []string
	for i, f := range files {
		if s.photos.Has(infos[i].SHA256) {
			continue // the same file, uploaded before: shared
		}
		if err := s.photos.Put(infos[i].SHA256, f.Data); err != nil {
			s.removeUnused(ctx, written)
			return nil, err
		}
		written = append(written, infos[i].SHA256)
	}
	return written, nil
}

// insertPhotos adds the rows of checked, stored photos after the item's
// existing ones and enqueues a thumbnail job for each, inside tx.
func (s *Service) insertPhotos(ctx context.Context, tx *sql.Tx, owner, itemID int64, files []Upload, infos []photo.Info) ([]Photo, error) {
	const op = "add photos"
	if _, err := ownedItem(ctx, tx, owner, itemID); err != nil {
		return nil, err
	}
	var have, next int
	err := tx.QueryRowContext(ctx, `SELECT COUNT(*), COALESCE(MAX(position) + 1, 0) FROM item_photos WHERE item_id = $1`,
		itemID).Scan(&have, &next)
	if err != nil {
		return nil, db.Translate(op, err)
	}
	if have+len(files) > MaxPhotosPerItem {
		return nil, tooManyPhotos(op, have, len(files))
	}
	now := s.clock().Truncate(time.Microsecond)
	out := make([]Photo, len(files))
	for i, info := range infos {
		p := Photo{ItemID: itemID, Position: next + i, SHA256: info.SHA256, ContentType: info.ContentType,
			Width: info.Width, Height: info.Height, Bytes: int64(len(files[i].Data)), CreatedAt: now}
		err := tx.QueryRowContext(ctx, `INSERT INTO item_photos (item_id, owner_id, position, sha256, content_type, width, height, bytes, thumb_ready, created_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, FALSE, $9) RETURNING id`,
			p.ItemID, owner, p.Position, p.SHA256, p.ContentType, p.Width, p.Height, p.Bytes, p.CreatedAt).Scan(&p.ID)
		if err != nil {
			return nil, db.Translate(op, err)
		}
		if _, err := job.Enqueue(ctx, tx, job.Job{Kind: JobThumbnail, Payload: thumbPayload{PhotoID: p.ID}}); err != nil {
			return nil, errs.Wrap(op, err)
		}
		out[i] = p
	}
	return out, nil
}

func tooManyPhotos(op string, have, adding int) error {
	msg := fmt.Sprintf("an item can have at most %d photos; this would make %d", MaxPhotosPerItem, have+adding)
	return errs.Fields(op, errs.FieldError{Field: "photos", Message: msg})
}

// PhotoFile opens a photo (or its thumbnail, once made; the original until
// then) if viewer may see its item. The caller closes it. The returned
// Photo's ContentType is that of the file opened: image/jpeg for a
// thumbnail. Errors: NotFound.
func (s *Service) PhotoFile(ctx context.Context, viewer, photoID int64, thumb bool) (io.ReadSeekCloser, *Photo, error) {
	const op = "photo file"
	var p Photo
	var it Item
	err := s.db.QueryRow(ctx, `SELECT p.id, p.item_id, p.position, p.sha256, p.content_type, p.width, p.height, p.bytes,
			p.thumb_ready, p.created_at, i.owner_id, i.visibility
		FROM item_photos p JOIN items i ON i.id = p.item_id WHERE p.id = $1`, photoID).
		Scan(&p.ID, &p.ItemID, &p.Position, &p.SHA256, &p.ContentType, &p.Width, &p.Height, &p.Bytes,
			&p.ThumbReady, &p.CreatedAt, &it.OwnerID, &it.Visibility)
	if err == sql.ErrNoRows || (err == nil && !canSee(viewer, &it)) {
		return nil, nil, errs.E(op, errs.NotFound, "no such photo")
	} else if err != nil {
		return nil, nil, db.Translate(op, err)
	}
	p.CreatedAt = p.CreatedAt.UTC()
	if thumb && p.ThumbReady {
		if f, err := s.photos.OpenThumb(p.SHA256); err == nil {
			p.ContentType = "image/jpeg"
			return f, &p, nil
		}
		// A thumbnail lost from disk: the original still serves.
	}
	f, err := s.photos.Open(p.SHA256)
	if err != nil {
		return nil, nil, errs.Wrap(op, err)
	}
	return f, &p, nil
}

// MakeThumbnail makes a photo's thumbnail: the JobThumbnail handler. It
// is idempotent, and a photo that shares its file with one already done
// reuses that thumbnail. A deleted photo or a file that no longer decodes
// fails with job.Permanent, since retrying cannot help.
func (s *Service) MakeThumbnail(ctx context.Context, photoID int64) error {
	const op = "make thumbnail"
	var sha string
	var ready bool
	err := s.db.QueryRow(ctx, `SELECT sha256, thumb_ready FROM item_photos WHERE id = $1`, photoID).Scan(&sha, &ready)
	if err == sql.ErrNoRows {
		return job.Permanent(errs.Ef(op, errs.NotFound, "photo %d no longer exists", photoID))
	} else if err != nil {
		return db.Translate(op, err)
	}
	if ready {
		return nil
	}
	if err := s.writeThumb(op, sha); err != nil {
		return err
	}
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE item_photos SET thumb_ready = TRUE WHERE id = $1`, photoID)
		return db.Translate(op, err)
	})
}

// writeThumb stores the thumbnail of the file sha unless it is there.
func (s *Service) writeThumb(op, sha string) error {
	if f, err := s.photos.OpenThumb(sha); err == nil {
		return f.Close()
	}
	f, err := s.photos.Open(sha)
	if errs.Is(err, errs.NotFound) {
		return job.Permanent(errs.Wrap(op, err))
	} else if err != nil {
		return errs.Wrap(op, err)
	}
	data, err := io.ReadAll(io.LimitReader(f, photo.MaxBytes+1))
	f.Close()
	if err != nil {
		return errs.Wrap(op, err)
	}
	th, err := photo.Thumbnail(data, photo.ThumbSide)
	if err != nil {
		return job.Permanent(errs.Wrap(op, err))
	}
	return errs.Wrap(op, s.photos.PutThumb(sha, th))
}
