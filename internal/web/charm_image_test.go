package web

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/catalog"
)

func TestCharmImage(t *testing.T) {
	h := newHarness(t)
	f := addCatalogFixture(t, h)
	c := *f.Quokkas[3]
	path := fmt.Sprintf("/charms/%d/image.svg", c.ID)

	first := h.get(t, path).mustStatus(t, http.StatusOK)
	etag := first.Header.Get("ETag")

	t.Run("IsAnSVGWithAStrongETag", func(t *testing.T) {
		if ct := first.Header.Get("Content-Type"); ct != "image/svg+xml" {
			t.Errorf("Content-Type %q", ct)
		}
		if !strings.HasPrefix(first.Body, "<svg") || !strings.Contains(first.Body, c.Name) {
			t.Errorf("body is not the charm's SVG: %.200s", first.Body)
		}
		if etag == "" || strings.HasPrefix(etag, "W/") || !strings.HasPrefix(etag, `"`) {
			t.Errorf("ETag %q is not a strong validator", etag)
		}
		if cc := first.Header.Get("Cache-Control"); !strings.Contains(cc, "max-age") {
			t.Errorf("Cache-Control %q", cc)
		}
	})

	t.Run("SameETagGives304WithoutBody", func(t *testing.T) {
		for _, inm := range []string{etag, `"other", ` + etag, "W/" + etag, "*"} {
			p := h.get(t, path, withHeader("If-None-Match", inm)).mustStatus(t, http.StatusNotModified)
			if p.Body != "" {
				t.Errorf("If-None-Match %s: 304 has a body", inm)
			}
		}
		h.get(t, path, withHeader("If-None-Match", `"stale"`)).mustStatus(t, http.StatusOK)
	})

	t.Run("VersionedURLIsImmutable", func(t *testing.T) {
		p := h.get(t, path+"?v="+imageVersion(c.Version)).mustStatus(t, http.StatusOK)
		if cc := p.Header.Get("Cache-Control"); !strings.Contains(cc, "immutable") {
			t.Errorf("versioned URL Cache-Control %q", cc)
		}
		charm := h.get(t, fmt.Sprintf("/charms/%d", c.ID))
		if src := charm.attrs(".charm-figure img", "src"); len(src) != 1 || src[0] != path+"?v="+imageVersion(c.Version) {
			t.Errorf("charm page links picture %v", src)
		}
	})

	t.Run("AnEditChangesTheETagAndPicture", func(t *testing.T) {
		c.Colours = []string{"navy", "gold"}
		if err := h.Catalog.SaveCharm(context.Background(), catalog.Actor{}, &c, catalog.SourceAdmin); err != nil {
			t.Fatal(err)
		}
		p := h.get(t, path, withHeader("If-None-Match", etag)).mustStatus(t, http.StatusOK)
		if p.Header.Get("ETag") == etag {
			t.Error("the ETag did not change with the charm's version")
		}
		if p.Body == first.Body {
			t.Error("new colours left the picture unchanged")
		}
	})
}
