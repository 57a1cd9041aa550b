package web

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"image"
	"net/http"
	"strconv"
	"time"

	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/styling/render"
)

// Share cards are the size Open Graph and social sites expect.
const (
	cardWidth  = 1200
	cardHeight = 630
)

// loadoutPictureSVG answers GET /styling/loadouts/{id}/picture.svg, for
// the owner.
func (s *Server) loadoutPictureSVG(w http.ResponseWriter, r *http.Request) error {
	u, l, err := s.ownLoadout(r, "loadoutPictureSVG")
	if err != nil {
		return err
	}
	scene, err := s.deps.Styling.Scene(r.Context(), u.ID, l.ID, stylingPhotoURL)
	if err != nil {
		return errs.Wrap("loadout picture", err)
	}
	w.Header().Set("Vary", "Cookie")
	return writeSVG(w, render.SVG(*scene), "private, max-age=300")
}

// loadoutPicturePNG answers GET /styling/loadouts/{id}/picture.png, for
// the owner: the share card, with the items' photos drawn in.
func (s *Server) loadoutPicturePNG(w http.ResponseWriter, r *http.Request) error {
	u, l, err := s.ownLoadout(r, "loadoutPicturePNG")
	if err != nil {
		return err
	}
	photos := photoRecorder{}
	scene, err := s.deps.Styling.Scene(r.Context(), u.ID, l.ID, photos.url)
	if err != nil {
		return errs.Wrap("loadout picture", err)
	}
	s.fillPhotos(r.Context(), u.ID, scene, photos)
	w.Header().Set("Vary", "Cookie")
	return writePNG(w, r, *scene, "private, max-age=300")
}

// photoRecorder hands out photo addresses for a scene and remembers which
// photo each stands for, so a PNG can draw the photos themselves.
type photoRecorder map[string]int64

// url is the photoURL callback of Scene and SharedScene.
func (p photoRecorder) url(photoID int64) string {
	u := "photo:" + strconv.FormatInt(photoID, 10)
	p[u] = photoID
	return u
}

// fillPhotos loads the photos of scene's charms for a PNG, as viewer
// sees them (0: a visitor, who sees public items' photos only). A photo
// that cannot be read is skipped: the charm is drawn from its category
// instead, which beats no picture at all.
func (s *Server) fillPhotos(ctx context.Context, viewer int64, scene *render.Scene, photos photoRecorder) {
	loaded := map[int64]image.Image{}
	for i := range scene.Charms {
		ch := &scene.Charms[i]
		id, known := photos[ch.PhotoURL]
		ch.PhotoURL = ""
		if !known {
			continue
		}
		if _, done := loaded[id]; !done {
			img, err := s.deps.Styling.PhotoOf(ctx, viewer, id)
			if err != nil {
				s.log.Warn("loadout picture photo", "photo", id, "err", err)
			}
			loaded[id] = img
		}
		ch.Photo = loaded[id]
	}
}

// writePNG renders scene as a share card and sends it; its content hash
// is the ETag, so a visitor's cache revalidates cheaply.
func writePNG(w http.ResponseWriter, r *http.Request, scene render.Scene, cache string) error {
	data, err := render.PNG(scene, cardWidth, cardHeight)
	if err != nil {
		return errs.Wrap("loadout card", err)
	}
	sum := sha256.Sum256(data)
	h := w.Header()
	h.Set("Content-Type", "image/png")
	h.Set("Cache-Control", cache)
	h.Set("ETag", `"`+hex.EncodeToString(sum[:16])+`"`)
	h.Set("X-Content-Type-Options", "nosniff")
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(data))
	return nil
}
