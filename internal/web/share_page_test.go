package web

import (
	"bytes"
	"context"
	"image/png"
	"net/http"
	"strings"
	"testing"
)

// TestSharePage: a shared loadout has a public page with Open Graph tags
// whose image is its PNG card; it shows the carrier's kind, the items'
// names and the note, and nothing private; unsharing makes both 404.
func TestSharePage(t *testing.T) {
	h := newHarness(t)
	f := newStylingFixture(t, h)
	collPost(t, h, &f.Owner, loadoutPath(f.Loadout.ID, "/share"), nil).collRedirect(t, carrierPath(f.Carrier.ID, "/journey?done=shared"))
	l, err := h.Styling.Loadout(context.Background(), f.Owner.ID, f.Loadout.ID)
	if err != nil || l.ShareToken == "" {
		t.Fatalf("shared loadout has no token: %v", err)
	}
	path := "/s/" + l.ShareToken
	p := h.get(t, path).mustStatus(t, http.StatusOK)

	t.Run("OpenGraph", func(t *testing.T) {
		meta := func(attr, key string) string {
			got := p.attrs(`meta[`+attr+`="`+key+`"]`, "content")
			if len(got) != 1 {
				t.Fatalf("%d <meta %s=%q>", len(got), attr, key)
			}
			return got[0]
		}
		for key, want := range map[string]string{
			"og:image":        "http://example.com" + path + ".png",
			"og:image:width":  "1200",
			"og:image:height": "630",
			"og:url":          "http://example.com" + path,
		} {
			if got := meta("property", key); got != want {
				t.Errorf("%s = %q, want %q", key, got, want)
			}
		}
		if got := meta("name", "twitter:card"); got != "summary_large_image" {
			t.Errorf("twitter:card = %q", got)
		}
		if got := meta("property", "og:title"); !strings.Contains(got, "Backpack") {
			t.Errorf("og:title %q does not say what it is", got)
		}
		if got := meta("property", "og:description"); !strings.Contains(got, f.Metal[0].Name) {
			t.Errorf("og:description %q does not name the charms", got)
		}
	})
	t.Run("PublicFieldsOnly", func(t *testing.T) {
		for _, it := range f.Metal {
			if !strings.Contains(p.Body, it.Name) {
				t.Errorf("the page does not name %q", it.Name)
			}
		}
		if !strings.Contains(p.Body, "First day of term") {
			t.Error("the page does not show the note")
		}
		for _, private := range []string{"Secret memory", "42.00", "4,200", f.Carrier.Name, f.Owner.Username, "/collection/items/"} {
			if strings.Contains(p.Body, private) {
				t.Errorf("the public page shows %q", private)
			}
		}
	})
	t.Run("Card", func(t *testing.T) {
		c := h.get(t, path+".png").mustStatus(t, http.StatusOK)
		if ct := c.Header.Get("Content-Type"); ct != "image/png" {
			t.Fatalf("card is %s", ct)
		}
		if cc := c.Header.Get("Cache-Control"); !strings.Contains(cc, "public") || !strings.Contains(cc, "max-age") {
			t.Errorf("card Cache-Control %q", cc)
		}
		img, err := png.Decode(bytes.NewReader([]byte(c.Body)))
		if err != nil {
			t.Fatal(err)
		}
		if b := img.Bounds(); b.Dx() != 1200 || b.Dy() != 630 {
			t.Errorf("card is %v, want 1200×630", b)
		}
		if etag := c.Header.Get("ETag"); etag == "" {
			t.Error("card has no ETag")
		} else {
			h.get(t, path+".png", withHeader("If-None-Match", etag)).mustStatus(t, http.StatusNotModified)
		}
	})
	t.Run("UnknownToken", func(t *testing.T) {
		h.get(t, "/s/no-such-token").mustStatus(t, http.StatusNotFound)
		h.get(t, "/s/no-such-token.png").mustStatus(t, http.StatusNotFound)
	})
	t.Run("GoneAfterUnshare", func(t *testing.T) {
		collPost(t, h, &f.Owner, loadoutPath(f.Loadout.ID, "/unshare"), nil).collRedirect(t, carrierPath(f.Carrier.ID, "/journey?done=unshared"))
		h.get(t, path).mustStatus(t, http.StatusNotFound)
		h.get(t, path+".png").mustStatus(t, http.StatusNotFound)
	})
}
