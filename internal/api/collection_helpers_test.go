package api_test

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/charmory/charmory/internal/api"
)

// itemPage is a page of the item list.
type itemPage struct {
	Items []api.ItemSummary `json:"items"`
	Total int               `json:"total"`
	Next  string            `json:"next"`
}

func itemIDs(items []api.ItemSummary) []int64 {
	out := make([]int64, len(items))
	for i, it := range items {
		out[i] = it.ID
	}
	return out
}

// mustItem adds an item to the collection of token's user.
func (e *env) mustItem(t *testing.T, token string, in map[string]any) api.Item {
	t.Helper()
	var it api.Item
	e.do(http.MethodPost, "/api/v1/collection/items", token, in).decode(t, http.StatusCreated, &it)
	return it
}

// getItem reads an item as token's user.
func (e *env) getItem(t *testing.T, token string, id int64) api.Item {
	t.Helper()
	var it api.Item
	e.do(http.MethodGet, fmt.Sprintf("/api/v1/collection/items/%d", id), token, nil).decode(t, http.StatusOK, &it)
	return it
}

// pngImage encodes a small PNG of one colour; shade tells files apart.
func pngImage(t *testing.T, shade uint8) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 24, 16))
	for y := range 16 {
		for x := range 24 {
			img.Set(x, y, color.RGBA{R: shade, G: 120, B: 200, A: 255})
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatalf("encode png: %v", err)
	}
	return buf.Bytes()
}

// upload is one file of a multipart request.
type upload struct {
	name string
	data []byte
}

// uploadPhotos posts files as multipart/form-data in the photos field.
func (e *env) uploadPhotos(t *testing.T, token string, itemID int64, files ...upload) response {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for _, f := range files {
		w, err := mw.CreateFormFile("photos", f.name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(f.data)
	}
	if err := mw.Close(); err != nil {
		t.Fatal(err)
	}
	r := httptest.NewRequest(http.MethodPost, fmt.Sprintf("/api/v1/collection/items/%d/photos", itemID), &buf)
	r.Header.Set("Content-Type", mw.FormDataContentType())
	if token != "" {
		r.Header.Set("Authorization", "Bearer "+token)
	}
	w := httptest.NewRecorder()
	e.h.ServeHTTP(w, r)
	return response{w}
}

// photoPage is the answer of an upload.
type photoPage struct {
	Items []api.Photo `json:"items"`
}
