package collection

import (
	"strings"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
)

func TestBoxes(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		_, figures := f.blindBoxSeries(t)

		shelf, err := f.S.CreateBox(ctxBG, f.A, "  shelf B ", " top left ")
		if err != nil {
			t.Fatalf("create: %v", err)
		}
		t.Run("CreateTrimsAndStamps", func(t *testing.T) {
			if shelf.Name != "shelf B" || shelf.Note != "top left" || shelf.OwnerID != f.A || !shelf.CreatedAt.Equal(f.Now) || shelf.Items != 0 {
				t.Errorf("box = %+v", shelf)
			}
		})
		t.Run("RejectsBadNames", func(t *testing.T) {
			for _, name := range []string{"", "   ", strings.Repeat("箱", 101)} {
				if _, err := f.S.CreateBox(ctxBG, f.A, name, ""); !errs.Is(err, errs.Invalid) || !hasField(err, "name") {
					t.Errorf("name %q: %v", name, err)
				}
			}
			if _, err := f.S.CreateBox(ctxBG, f.A, strings.Repeat("箱", 100), ""); err != nil {
				t.Errorf("100-character name: %v", err)
			}
		})
		t.Run("NameIsUniquePerOwner", func(t *testing.T) {
			_, err := f.S.CreateBox(ctxBG, f.A, "shelf B", "")
			if !errs.Is(err, errs.Conflict) || !hasField(err, "name") {
				t.Errorf("duplicate: %v", err)
			}
			if _, err := f.S.CreateBox(ctxBG, f.B, "shelf B", ""); err != nil {
				t.Errorf("another owner's box of the same name: %v", err)
			}
		})
		t.Run("ListsByNameWithCounts", func(t *testing.T) {
			f.Now = f.Now.Add(time.Minute)
			apple, err := f.S.CreateBox(ctxBG, f.A, "Apple crate", "")
			if err != nil {
				t.Fatal(err)
			}
			f.mustItem(t, f.A, figures[0].ID, func(in *ItemInput) { in.BoxID = shelf.ID })
			f.mustItem(t, f.A, figures[1].ID, func(in *ItemInput) { in.BoxID = shelf.ID })
			f.mustItem(t, f.A, figures[1].ID, func(in *ItemInput) { in.BoxID = apple.ID })
			boxes, err := f.S.Boxes(ctxBG, f.A)
			if err != nil || len(boxes) != 3 {
				t.Fatalf("boxes = %+v, %v", boxes, err)
			}
			if boxes[0].Name != "Apple crate" || boxes[0].Items != 1 || boxes[1].Name != "shelf B" || boxes[1].Items != 2 || boxes[2].Items != 0 {
				t.Errorf("boxes = %+v", boxes)
			}
			if b, err := f.S.Box(ctxBG, f.A, shelf.ID); err != nil || b.Items != 2 {
				t.Errorf("box = %+v, %v", b, err)
			}
		})
		t.Run("UpdateRenames", func(t *testing.T) {
			b, err := f.S.UpdateBox(ctxBG, f.A, shelf.ID, "Shelf C", "")
			if err != nil || b.Name != "Shelf C" || b.Note != "" || b.Items != 2 {
				t.Fatalf("update = %+v, %v", b, err)
			}
			if _, err := f.S.UpdateBox(ctxBG, f.A, shelf.ID, "Apple crate", ""); !errs.Is(err, errs.Conflict) || !hasField(err, "name") {
				t.Errorf("rename onto a taken name: %v", err)
			}
		})
		t.Run("DeleteKeepsItemsWithoutBox", func(t *testing.T) {
			page, _ := f.S.Items(ctxBG, f.A, f.A, ItemFilter{BoxID: shelf.ID})
			if err := f.S.DeleteBox(ctxBG, f.A, shelf.ID); err != nil {
				t.Fatalf("delete: %v", err)
			}
			if _, err := f.S.Box(ctxBG, f.A, shelf.ID); !errs.Is(err, errs.NotFound) {
				t.Errorf("deleted box reads: %v", err)
			}
			for _, sum := range page.Items {
				it, err := f.S.Item(ctxBG, f.A, sum.ID)
				if err != nil || it.BoxID != 0 || it.BoxName != "" || it.Version != 2 {
					t.Errorf("item after its box went: %+v, %v", it, err)
				}
			}
			if len(page.Items) != 2 {
				t.Errorf("items in the box before delete: %d", len(page.Items))
			}
			if err := f.S.DeleteBox(ctxBG, f.A, shelf.ID); !errs.Is(err, errs.NotFound) {
				t.Errorf("second delete: %v", err)
			}
		})
	})
}
