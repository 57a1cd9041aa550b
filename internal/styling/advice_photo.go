package styling

import (
	"bytes"
	"context"
	"image"
	"image/jpeg"
	"io"

	"github.com/charmory/charmory/internal/collection/photo"
	"github.com/charmory/charmory/internal/errs"
)

// PhotoOf returns an item photo as an image for drawing a picture's PNG,
// with the same visibility as the photo download: the item's owner sees
// all their photos, anyone else (viewer 0 for a visitor of a shared
// loadout) only photos of public items — exactly those SharedScene gives
// a URL. A caller finds the ids through the photoURL function it passes
// to Scene or SharedScene.
//
// The thumbnail is read when it has been made, else the original; either
// way the file goes through photo.Thumbnail, which checks its header
// against the upload limits before decoding (JPEG, PNG, GIF and WebP) and
// scales it to at most photo.ThumbSide pixels, so a picture never holds a
// full-size photo in memory. Errors: NotFound, Invalid (a file that no
// longer decodes).
func (s *Service) PhotoOf(ctx context.Context, viewer, photoID int64) (image.Image, error) {
	const op = "photo image"
	f, _, err := s.collection.PhotoFile(ctx, viewer, photoID, true)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	data, err := io.ReadAll(io.LimitReader(f, photo.MaxBytes+1))
	f.Close()
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	thumb, err := photo.Thumbnail(data, photo.ThumbSide)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	m, err := jpeg.Decode(bytes.NewReader(thumb))
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	return m, nil
}
