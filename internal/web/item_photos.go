package web

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/charmory/charmory/internal/errs"
)

// itemPhotosAdd answers POST /collection/items/{id}/photos: many photos at
// once, all or none; a refused one shows the item page with the reason.
func (s *Server) itemPhotosAdd(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "itemPhotosAdd")
	if err != nil {
		return err
	}
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	// No file chosen is the service's to refuse, like any other upload.
	files, err := parseUpload(w, r)
	if err == nil {
		_, err = s.deps.Collection.AddPhotos(r.Context(), u.ID, id, files)
	}
	if err != nil {
		return s.photoRefused(w, r, u, id, err, "")
	}
	http.Redirect(w, r, itemURL(id, "photos")+"#photos", http.StatusSeeOther)
	return nil
}

// itemPhotosOrder answers POST /collection/items/{id}/photos/order with the
// photo ids in their new order ("order" as "3,1,2", or "photo" repeated);
// the first becomes the main photo.
func (s *Server) itemPhotosOrder(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "itemPhotosOrder")
	if err != nil {
		return err
	}
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	if err := r.ParseForm(); err != nil {
		return err
	}
	ids, err := parseIDs(append(strings.Split(r.PostForm.Get("order"), ","), r.PostForm["photo"]...))
	if err != nil {
		return errs.Wrap("order photos", err)
	}
	if err := s.deps.Collection.ReorderPhotos(r.Context(), u.ID, id, ids); err != nil {
		return errs.Wrap("order photos", err)
	}
	http.Redirect(w, r, itemURL(id, "photos_ordered")+"#photos", http.StatusSeeOther)
	return nil
}

// itemPhotoMain answers POST /collection/items/{id}/photos/{photo}/main.
func (s *Server) itemPhotoMain(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "itemPhotoMain")
	if err != nil {
		return err
	}
	id, photo, err := itemAndPhoto(r)
	if err != nil {
		return err
	}
	if err := s.deps.Collection.SetMainPhoto(r.Context(), u.ID, id, photo); err != nil {
		return errs.Wrap("main photo", err)
	}
	http.Redirect(w, r, itemURL(id, "photo_main")+"#photos", http.StatusSeeOther)
	return nil
}

// itemPhotoDelete answers POST /collection/items/{id}/photos/{photo}/delete.
func (s *Server) itemPhotoDelete(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "itemPhotoDelete")
	if err != nil {
		return err
	}
	id, photo, err := itemAndPhoto(r)
	if err != nil {
		return err
	}
	if err := s.deps.Collection.DeletePhoto(r.Context(), u.ID, photo); err != nil {
		return errs.Wrap("delete photo", err)
	}
	http.Redirect(w, r, itemURL(id, "photo_deleted")+"#photos", http.StatusSeeOther)
	return nil
}

// itemAndPhoto reads the {id} and {photo} path values.
func itemAndPhoto(r *http.Request) (item, photo int64, err error) {
	if item, err = pathID(r, "id"); err != nil {
		return 0, 0, err
	}
	photo, err = pathID(r, "photo")
	return item, photo, err
}

// parseIDs reads positive ids, skipping blanks. Errors: Invalid.
func parseIDs(values []string) ([]int64, error) {
	var ids []int64
	for _, v := range values {
		if v = strings.TrimSpace(v); v == "" {
			continue
		}
		id, err := strconv.ParseInt(v, 10, 64)
		if err != nil || id <= 0 {
			return nil, errs.E("ids", errs.Invalid, "“"+v+"” is not an id")
		}
		ids = append(ids, id)
	}
	return ids, nil
}
