package styling

import (
	"context"
	"database/sql"
	"io"
	"net/http"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/collection/photo"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// SetLoadoutPhoto stores a photo of a loadout (checked like item photos,
// before anything decodes it; replaces an earlier one). The original is
// kept and served as it is: a loadout shows one photo, so no thumbnail is
// made. Files are content-addressed and may be shared with item photos.
// Errors: NotFound, Invalid, TooLarge.
func (s *Service) SetLoadoutPhoto(ctx context.Context, owner, id int64, file collection.Upload) error {
	const op = "set loadout photo"
	// A cheap look first, so that nothing is written to disk for a
	// loadout that is not the owner's; the transaction checks again.
	var mine int
	if err := s.db.QueryRow(ctx, `SELECT COUNT(*) FROM loadouts WHERE id = $1 AND owner_id = $2`, id, owner).Scan(&mine); err != nil {
		return db.Translate(op, err)
	} else if mine == 0 {
		return errNoLoadout(op)
	}
	info, err := photo.Check(file.Name, file.Data)
	if err != nil {
		return errs.Wrap(op, err)
	}
	if err := s.photos.Put(info.SHA256, file.Data); err != nil {
		return errs.Wrap(op, err)
	}
	var old string
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, `SELECT photo_sha FROM loadouts WHERE id = $1 AND owner_id = $2`, id, owner).Scan(&old)
		if err == sql.ErrNoRows {
			return errNoLoadout(op)
		} else if err != nil {
			return db.Translate(op, err)
		}
		res, err := tx.ExecContext(ctx, `UPDATE loadouts SET photo_sha = $1 WHERE id = $2 AND owner_id = $3`, info.SHA256, id, owner)
		return oneLoadout(op, res, err)
	})
	if err != nil {
		s.dropPhotoFiles(ctx, []string{info.SHA256})
		return err
	}
	if old != "" && old != info.SHA256 {
		s.dropPhotoFiles(ctx, []string{old})
	}
	return nil
}

// LoadoutPhoto opens the photo of one of the owner's loadouts and tells
// its content type; the caller closes it. Errors: NotFound (no such
// loadout, or it has no photo).
func (s *Service) LoadoutPhoto(ctx context.Context, owner, id int64) (io.ReadSeekCloser, string, error) {
	const op = "loadout photo"
	var sha string
	err := s.db.QueryRow(ctx, `SELECT photo_sha FROM loadouts WHERE id = $1 AND owner_id = $2`, id, owner).Scan(&sha)
	if err == sql.ErrNoRows {
		return nil, "", errNoLoadout(op)
	} else if err != nil {
		return nil, "", db.Translate(op, err)
	}
	if sha == "" {
		return nil, "", errs.E(op, errs.NotFound, "this loadout has no photo")
	}
	f, err := s.photos.Open(sha)
	if err != nil {
		return nil, "", errs.Wrap(op, err)
	}
	// Only checked images are stored, so sniffing the head is exact.
	head := make([]byte, 512)
	n, _ := io.ReadFull(f, head)
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		f.Close()
		return nil, "", errs.Wrap(op, err)
	}
	return f, http.DetectContentType(head[:n]), nil
}

// carrierPhotos lists the photo files of a carrier's journey.
func carrierPhotos(ctx context.Context, tx *sql.Tx, op string, owner, carrierID int64) ([]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT photo_sha FROM loadouts
		WHERE carrier_id = $1 AND owner_id = $2 AND photo_sha <> ''`, carrierID, owner)
	if err != nil {
		return nil, db.Translate(op, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var sha string
		if err := rows.Scan(&sha); err != nil {
			return nil, db.Translate(op, err)
		}
		out = append(out, sha)
	}
	return out, db.Translate(op, rows.Err())
}

// dropPhotoFiles deletes those of shas that no loadout and no item photo
// uses any more (identical uploads share one file). Failures are logged,
// not returned: the rows are already right, and an unused file costs only
// disk space.
func (s *Service) dropPhotoFiles(ctx context.Context, shas []string) {
	ctx = context.WithoutCancel(ctx) // cleaning up after a cancelled request too
	for _, sha := range shas {
		var n int
		err := s.db.QueryRow(ctx, `SELECT (SELECT COUNT(*) FROM loadouts WHERE photo_sha = $1)
			+ (SELECT COUNT(*) FROM item_photos WHERE sha256 = $1)`, sha).Scan(&n)
		if err == nil && n == 0 {
			err = s.photos.Delete(sha)
		}
		if err != nil {
			s.log.WarnContext(ctx, "remove unused loadout photo file", "sha256", sha, "err", err)
		}
	}
}
