package api_test

import (
	"bytes"
	"fmt"
	"net/http"
	"testing"

	"github.com/charmory/charmory/internal/api"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
)

func photoIDs(ps []api.Photo) []int64 {
	out := make([]int64, len(ps))
	for i, p := range ps {
		out[i] = p.ID
	}
	return out
}

func TestCollectionPhotos(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newEnv(t, d)
		it := e.mustItem(t, e.aliceKey, map[string]any{"charm_id": e.crane.ID})
		red, blue := pngImage(t, 200), pngImage(t, 20)

		var up photoPage
		e.uploadPhotos(t, e.aliceKey, it.ID, upload{"red.png", red}, upload{"blue.png", blue}).decode(t, http.StatusCreated, &up)
		if len(up.Items) != 2 || up.Items[0].ContentType != "image/png" || up.Items[0].Width != 24 || up.Items[0].Height != 16 {
			t.Fatalf("uploaded %+v, want two 24×16 PNGs", up.Items)
		}
		first, second := up.Items[0], up.Items[1]

		t.Run("DownloadsTheFile", func(t *testing.T) {
			r := e.do(http.MethodGet, first.URL, e.aliceKey, nil)
			if r.Code != http.StatusOK || r.Header().Get("Content-Type") != "image/png" || !bytes.Equal(r.Body.Bytes(), red) {
				t.Errorf("download: %d %s, %d bytes", r.Code, r.Header().Get("Content-Type"), r.Body.Len())
			}
			thumb := e.do(http.MethodGet, first.ThumbURL, e.aliceKey, nil)
			if thumb.Code != http.StatusOK || thumb.Body.Len() == 0 {
				t.Errorf("thumbnail: %d, %d bytes", thumb.Code, thumb.Body.Len())
			}
		})

		t.Run("ItemListsPhotosMainFirst", func(t *testing.T) {
			got := e.getItem(t, e.aliceKey, it.ID)
			if ids := photoIDs(got.Photos); len(ids) != 2 || ids[0] != first.ID {
				t.Errorf("photos %v, want %d first", ids, first.ID)
			}
		})

		t.Run("SetMainAndReorder", func(t *testing.T) {
			var got api.Item
			e.do(http.MethodPost, fmt.Sprintf("/api/v1/collection/items/%d/photos/%d/main", it.ID, second.ID), e.aliceKey, nil).decode(t, http.StatusOK, &got)
			if ids := photoIDs(got.Photos); len(ids) != 2 || ids[0] != second.ID {
				t.Errorf("after set main %v, want %d first", ids, second.ID)
			}
			e.do(http.MethodPut, fmt.Sprintf("/api/v1/collection/items/%d/photos/order", it.ID), e.aliceKey,
				map[string]any{"photo_ids": []int64{first.ID, second.ID}}).decode(t, http.StatusOK, &got)
			if ids := photoIDs(got.Photos); len(ids) != 2 || ids[0] != first.ID {
				t.Errorf("after reorder %v, want %d first", ids, first.ID)
			}
			e.do(http.MethodPut, fmt.Sprintf("/api/v1/collection/items/%d/photos/order", it.ID), e.aliceKey,
				map[string]any{"photo_ids": []int64{first.ID}}).problem(t, http.StatusUnprocessableEntity)
		})

		t.Run("RefusesWhatIsNotAnImage", func(t *testing.T) {
			e.uploadPhotos(t, e.aliceKey, it.ID, upload{"notes.png", []byte("just some text, not a picture")}).
				problem(t, http.StatusUnprocessableEntity)
			p := e.uploadPhotos(t, e.aliceKey, it.ID).problem(t, http.StatusUnprocessableEntity)
			if got := p.locations(); len(got) != 1 || got[0] != "body.photos" {
				t.Errorf("no files: locations %v, want [body.photos]", got)
			}
			if got := e.getItem(t, e.aliceKey, it.ID); len(got.Photos) != 2 {
				t.Errorf("%d photos after refused uploads, want 2", len(got.Photos))
			}
		})

		t.Run("RefusesTooLargeBodies", func(t *testing.T) {
			big := bytes.Repeat([]byte{0xff}, testUploadMax+1)
			r := e.uploadPhotos(t, e.aliceKey, it.ID, upload{"huge.png", big})
			if r.Code != http.StatusRequestEntityTooLarge {
				t.Errorf("oversized upload: %d, want 413", r.Code)
			}
		})

		t.Run("DeleteRemovesIt", func(t *testing.T) {
			r := e.do(http.MethodDelete, first.URL, e.aliceKey, nil)
			if r.Code != http.StatusNoContent {
				t.Fatalf("delete: %d %s", r.Code, r.Body.String())
			}
			e.do(http.MethodGet, first.URL, e.aliceKey, nil).problem(t, http.StatusNotFound)
			if got := e.getItem(t, e.aliceKey, it.ID); len(got.Photos) != 1 || got.Photos[0].ID != second.ID {
				t.Errorf("photos %v after delete, want [%d]", photoIDs(got.Photos), second.ID)
			}
		})
	})
}
