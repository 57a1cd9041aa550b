package api

import (
	"context"
	"io"
	"net/http"

	"github.com/danielgtaylor/huma/v2"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/errs"
)

func (s *Server) photoRoutes() {
	handle(s, endpoint{
		id: "add-item-photos", method: http.MethodPost, path: "/collection/items/{id}/photos", tag: tagCollection,
		summary: "Upload photos of an item", auth: true, status: http.StatusCreated,
		errors: []int{http.StatusNotFound, http.StatusRequestEntityTooLarge},
		desc: "multipart/form-data with one or more files in the photos field. Each is checked (JPEG, PNG, WebP or GIF; " +
			"size; pixel count, before anything decodes it); one bad file refuses them all. They go after the existing " +
			"photos; thumbnails are made in the background.",
	}, s.addPhotos)
	handle(s, endpoint{
		id: "reorder-item-photos", method: http.MethodPut, path: "/collection/items/{id}/photos/order", tag: tagCollection,
		summary: "Reorder an item's photos", auth: true, fields: "body.", errors: collection404,
		desc: "photo_ids lists every photo of the item once; the first becomes the main photo.",
	}, s.reorderPhotos)
	handle(s, endpoint{
		id: "set-main-photo", method: http.MethodPost, path: "/collection/items/{id}/photos/{photo}/main", tag: tagCollection,
		summary: "Make a photo the main one", auth: true, errors: collection404,
	}, s.setMainPhoto)
	handle(s, endpoint{
		id: "delete-photo", method: http.MethodDelete, path: "/collection/photos/{id}", tag: tagCollection,
		summary: "Delete a photo", auth: true, status: http.StatusNoContent, errors: collection404,
	}, s.deletePhoto)
	handle(s, endpoint{
		id: "get-photo", method: http.MethodGet, path: "/collection/photos/{id}", tag: tagCollection,
		summary: "Download a photo", auth: true, errors: collection404,
		desc: "The image file, or with thumb=true its thumbnail (the original until the thumbnail is made). " +
			"Photos of another collector's public items can be read too.",
	}, s.getPhoto)
	s.setContent(http.MethodGet, "/collection/photos/{id}", "200", map[string]*huma.MediaType{
		"image/*": {Schema: &huma.Schema{Type: huma.TypeString, Format: "binary"}},
	})
}

// PhotoUpload is the multipart form of a photo upload.
type PhotoUpload struct {
	Photos []huma.FormFile `form:"photos" required:"false" doc:"One or more image files."`
}

type photoUploadInput struct {
	IDPath
	RawBody huma.MultipartFormFiles[PhotoUpload]
}

func (s *Server) addPhotos(ctx context.Context, in *photoUploadInput) (*body[Page[Photo]], error) {
	const op = "api.addPhotos"
	uid, err := s.collector(ctx)
	if err != nil {
		return nil, err
	}
	if in.RawBody.Form != nil {
		defer in.RawBody.Form.RemoveAll()
	}
	files, err := uploads(in.RawBody.Data())
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	ps, err := s.deps.Collection.AddPhotos(ctx, uid, in.ID, files)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	out := make([]Photo, len(ps))
	for i := range ps {
		out[i] = photoOf(&ps[i])
	}
	return all(out), nil
}

// uploads reads the form's files whole: the body they came in is already
// bounded by the API's body limit.
func uploads(form *PhotoUpload) ([]collection.Upload, error) {
	if form == nil || len(form.Photos) == 0 {
		return nil, errs.Fields("uploads", errs.FieldError{Field: "photos", Message: "send at least one image file in the photos field"})
	}
	out := make([]collection.Upload, 0, len(form.Photos))
	for _, f := range form.Photos {
		data, err := io.ReadAll(f.File)
		f.File.Close()
		if err != nil {
			return nil, errs.Fields("uploads", errs.FieldError{Field: "photos", Message: "“" + f.Filename + "” could not be read"})
		}
		out = append(out, collection.Upload{Name: f.Filename, Data: data})
	}
	return out, nil
}

// PhotoOrder is the new order of an item's photos.
type PhotoOrder struct {
	PhotoIDs []int64 `json:"photo_ids" minItems:"1" maxItems:"100" example:"[9,7,8]" doc:"Every photo of the item once, main first."`
}

type photoOrderInput struct {
	IDPath
	Body PhotoOrder
}

func (s *Server) reorderPhotos(ctx context.Context, in *photoOrderInput) (*body[Item], error) {
	const op = "api.reorderPhotos"
	uid, err := s.collector(ctx)
	if err != nil {
		return nil, err
	}
	if err := s.deps.Collection.ReorderPhotos(ctx, uid, in.ID, in.Body.PhotoIDs); err != nil {
		return nil, errs.Wrap(op, err)
	}
	return s.ownItem(ctx, op, uid, in.ID)
}

type mainPhotoInput struct {
	IDPath
	Photo int64 `path:"photo" minimum:"1" example:"9" doc:"Photo id."`
}

func (s *Server) setMainPhoto(ctx context.Context, in *mainPhotoInput) (*body[Item], error) {
	const op = "api.setMainPhoto"
	uid, err := s.collector(ctx)
	if err != nil {
		return nil, err
	}
	if err := s.deps.Collection.SetMainPhoto(ctx, uid, in.ID, in.Photo); err != nil {
		return nil, errs.Wrap(op, err)
	}
	return s.ownItem(ctx, op, uid, in.ID)
}

// ownItem answers an item after a change to it.
func (s *Server) ownItem(ctx context.Context, op string, uid, id int64) (*body[Item], error) {
	it, err := s.deps.Collection.Item(ctx, uid, id)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	return &body[Item]{Body: itemOf(it)}, nil
}

func (s *Server) deletePhoto(ctx context.Context, in *IDPath) (*struct{}, error) {
	uid, err := s.collector(ctx)
	if err != nil {
		return nil, err
	}
	if err := s.deps.Collection.DeletePhoto(ctx, uid, in.ID); err != nil {
		return nil, errs.Wrap("api.deletePhoto", err)
	}
	return &struct{}{}, nil
}

type photoFileInput struct {
	IDPath
	Thumb bool `query:"thumb" doc:"The thumbnail instead of the original."`
}

type photoFile struct {
	ContentType  string `header:"Content-Type"`
	CacheControl string `header:"Cache-Control"`
	Body         []byte
}

func (s *Server) getPhoto(ctx context.Context, in *photoFileInput) (*photoFile, error) {
	const op = "api.getPhoto"
	uid, err := s.collector(ctx)
	if err != nil {
		return nil, err
	}
	f, p, err := s.deps.Collection.PhotoFile(ctx, uid, in.ID, in.Thumb)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	ct := p.ContentType
	if in.Thumb && p.ThumbReady {
		ct = http.DetectContentType(data) // thumbnails have their own format
	}
	// Private: the photo may be of a private item; the file under an id
	// never changes, so clients may keep it.
	return &photoFile{ContentType: ct, CacheControl: "private, max-age=86400", Body: data}, nil
}
