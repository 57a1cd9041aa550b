package web

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/db"
)

// collUser is a signed-in collector of the harness.
type collUser struct {
	*account.User
	Cookie *http.Cookie
}

// collSignIn creates a collector and signs them in.
func collSignIn(t testing.TB, h *harness) collUser {
	t.Helper()
	u, c := h.signIn(t, account.RoleCollector)
	return collUser{User: u, Cookie: c}
}

// collPost sends a same-origin form post as u (nil: a visitor).
func collPost(t testing.TB, h *harness, u *collUser, path string, form url.Values, opts ...reqOption) *page {
	t.Helper()
	r := httptest.NewRequest(http.MethodPost, path, strings.NewReader(form.Encode()))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	r.Header.Set("Sec-Fetch-Site", "same-origin")
	if u != nil {
		r.AddCookie(u.Cookie)
	}
	return h.do(t, r, opts...)
}

// collFile is one file of a multipart post.
type collFile struct {
	Name string
	Data []byte
}

// collUpload sends a same-origin multipart form with files under "photos".
func collUpload(t testing.TB, h *harness, u *collUser, path string, form url.Values, files ...collFile) *page {
	t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	for k, vs := range form {
		for _, v := range vs {
			if err := mw.WriteField(k, v); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, f := range files {
		fw, err := mw.CreateFormFile("photos", f.Name)
		if err != nil {
			t.Fatal(err)
		}
		fw.Write(f.Data)
	}
	if err := mw.Close(); err != nil {
		t.Fatal(err)
	}
	r := httptest.NewRequest(http.MethodPost, path, &body)
	r.Header.Set("Content-Type", mw.FormDataContentType())
	r.Header.Set("Sec-Fetch-Site", "same-origin")
	if u != nil {
		r.AddCookie(u.Cookie)
	}
	return h.do(t, r)
}

// collGet requests path as u (nil: a visitor).
func collGet(t testing.TB, h *harness, u *collUser, path string, opts ...reqOption) *page {
	t.Helper()
	if u != nil {
		opts = append(opts, withCookie(u.Cookie))
	}
	return h.get(t, path, opts...)
}

// collItem adds an item to u's collection through the service.
func collItem(t testing.TB, h *harness, owner int64, in collection.ItemInput) *collection.Item {
	t.Helper()
	it, err := h.Collection.CreateItem(context.Background(), owner, in)
	if err != nil {
		t.Fatalf("create item: %v", err)
	}
	return it
}

// collPNG is a small valid PNG whose pixels depend on seed, so files differ.
func collPNG(t testing.TB, seed int) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 8, 8))
	for i := range img.Pix {
		img.Pix[i] = byte(seed*31 + i)
	}
	img.Set(0, 0, color.RGBA{R: byte(seed), A: 255})
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// collLocation is where a response redirects to.
func (p *page) collLocation() string { return p.Header.Get("Location") }

// collRedirect fails unless the response is a 303 to a path with prefix.
func (p *page) collRedirect(t testing.TB, prefix string) string {
	t.Helper()
	if p.Status != http.StatusSeeOther || !strings.HasPrefix(p.collLocation(), prefix) {
		t.Fatalf("got %d to %q, want 303 to %s…; body:\n%.1500s", p.Status, p.collLocation(), prefix, p.Body)
	}
	return p.collLocation()
}

// collItemPath is an item's page.
func collItemPath(id int64, rest ...string) string {
	return fmt.Sprintf("/collection/items/%d", id) + strings.Join(rest, "")
}

// collRendered fails when a page shows message keys or formatting errors.
func (p *page) collRendered(t testing.TB, what string) {
	t.Helper()
	if strings.Contains(p.Body, "%!") {
		t.Errorf("%s has a message formatting error", what)
	}
	if keys := p.untranslated(); len(keys) > 0 {
		t.Errorf("%s shows message keys instead of text: %v", what, keys)
	}
}

// collHarnessOn is the harness on a database of the caller's choosing.
func collHarnessOn(t testing.TB, d *db.DB) *harness {
	t.Helper()
	return harnessOn(t, d)
}
