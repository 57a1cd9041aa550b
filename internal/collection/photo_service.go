package collection

import (
	"context"
	"io"
)

// AddPhotos checks every upload (type, size, pixel count before decoding)
// and adds them all to the item after its existing photos, or none when
// one is refused; thumbnails are made by a job. Errors: NotFound, Invalid
// (naming the file and why), TooLarge.
func (s *Service) AddPhotos(ctx context.Context, owner, itemID int64, files []Upload) ([]Photo, error) {
	return nil, errTODO
}

// ReorderPhotos sets the order of an item's photos; ids must list each of
// them once, the first becomes the main photo. Errors: NotFound, Invalid.
func (s *Service) ReorderPhotos(ctx context.Context, owner, itemID int64, ids []int64) error {
	return errTODO
}

// SetMainPhoto moves a photo to the front. Errors: NotFound.
func (s *Service) SetMainPhoto(ctx context.Context, owner, itemID, photoID int64) error {
	return errTODO
}

// DeletePhoto removes a photo of the owner's. Errors: NotFound.
func (s *Service) DeletePhoto(ctx context.Context, owner, photoID int64) error { return errTODO }

// PhotoFile opens a photo (or its thumbnail, once made; the original until
// then) if viewer may see its item. The caller closes it. Errors: NotFound.
func (s *Service) PhotoFile(ctx context.Context, viewer, photoID int64, thumb bool) (io.ReadSeekCloser, *Photo, error) {
	return nil, nil, errTODO
}

// MakeThumbnail makes a photo's thumbnail: the JobThumbnail handler.
func (s *Service) MakeThumbnail(ctx context.Context, photoID int64) error { return errTODO }
