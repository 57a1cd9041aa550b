package web

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/web/illustration"
)

// charmImage answers GET /charms/{id}/image.svg with the charm's generated
// picture. The strong ETag comes from the charm's version and the drawings'
// version, so a conditional request costs one row read and no drawing.
func (s *Server) charmImage(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	c, err := s.deps.Catalog.Charm(r.Context(), id)
	if err != nil {
		return errs.Wrap("charm image", err)
	}
	version := imageVersion(c.Version)
	etag := fmt.Sprintf(`"charm-%d-v%s"`, c.ID, version)
	h := w.Header()
	h.Set("ETag", etag)
	if r.URL.Query().Get("v") == version {
		// Pages link the versioned URL; a new version is a new URL.
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		h.Set("Cache-Control", "public, max-age=300, must-revalidate")
	}
	if etagMatches(r.Header.Get("If-None-Match"), etag) {
		w.WriteHeader(http.StatusNotModified)
		return nil
	}
	svg := illustration.Charm(illustration.Spec{
		Seed: c.ID, Name: c.Name, Category: c.Category, Colours: c.Colours, Rarity: c.Rarity,
	})
	h.Set("Content-Type", "image/svg+xml")
	h.Set("Content-Length", fmt.Sprint(len(svg)))
	if r.Method == http.MethodHead {
		return nil
	}
	_, err = w.Write(svg)
	return err
}

// etagMatches applies If-None-Match: a list of tags or "*", compared
// weakly as RFC 9110 asks for this header.
func etagMatches(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimSpace(t)
		if t == "*" || strings.TrimPrefix(t, "W/") == etag {
			return true
		}
	}
	return false
}
