package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/errs"
)

// itemPhotoFile serves GET /collection/photos/{id} (thumb false) and
// /collection/photos/{id}/thumb to whoever may see the photo's item. The
// file never changes under its id, so the sha256 is the ETag; the cache
// is private because the photo may be.
func (s *Server) itemPhotoFile(thumb bool) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		id, err := pathID(r, "id")
		if err != nil {
			return err
		}
		var viewer int64
		if u := visitorOf(r.Context()).User; u != nil {
			viewer = u.ID
		}
		f, ph, err := s.deps.Collection.PhotoFile(r.Context(), viewer, id, thumb)
		if err != nil {
			return errs.Wrap("photo file", err)
		}
		defer f.Close()
		etag := ph.SHA256
		if thumb && ph.ThumbReady {
			etag += "-thumb" // a file of its own; before it exists the original serves
		}
		h := w.Header()
		h.Set("Content-Type", ph.ContentType)
		h.Set("ETag", `"`+etag+`"`)
		if thumb && !ph.ThumbReady {
			// The original stands in until the thumbnail job has run: ask again.
			h.Set("Cache-Control", "private, no-cache")
		} else {
			h.Set("Cache-Control", "private, max-age=86400")
		}
		h.Set("Vary", "Cookie")
		http.ServeContent(w, r, "", ph.CreatedAt, f)
		return nil
	}
}
