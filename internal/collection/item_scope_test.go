package collection

import (
	"reflect"
	"testing"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
)

// TestOtherUsersCannotReadOrChangeItems proves owner scoping: user B gets
// NotFound from every read of A's private items and every write to A's
// items and boxes, and nothing of A's changes.
func TestOtherUsersCannotReadOrChangeItems(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		_, figures := f.blindBoxSeries(t)
		box, err := f.S.CreateBox(ctxBG, f.A, "Alice's drawer", "")
		if err != nil {
			t.Fatal(err)
		}
		priv := f.mustItem(t, f.A, figures[0].ID, func(in *ItemInput) {
			in.Materials, in.BoxID = []string{"cotton"}, box.ID
		})
		pub := f.mustItem(t, f.A, figures[1].ID, func(in *ItemInput) {
			in.Materials, in.Visibility = []string{"brass"}, "public"
		})
		before := snapshot(t, f)

		t.Run("ListsShowOnlyPublicItems", func(t *testing.T) {
			page, err := f.S.Items(ctxBG, f.B, f.A, ItemFilter{})
			if err != nil || page.Total != 1 || len(page.Items) != 1 || page.Items[0].ID != pub.ID {
				t.Fatalf("B lists A's items: %+v, %v", page, err)
			}
			if page, _ := f.S.Items(ctxBG, f.B, f.A, ItemFilter{Visibility: "private"}); page.Total != 0 {
				t.Errorf("B filters for A's private items: %d", page.Total)
			}
			if n, err := f.S.CountItems(ctxBG, f.B, f.A); err != nil || n != 1 {
				t.Errorf("B counts A's items: %d, %v", n, err)
			}
			if n, err := f.S.CountItems(ctxBG, f.A, f.A); err != nil || n != 2 {
				t.Errorf("A counts own items: %d, %v", n, err)
			}
		})
		reads := map[string]func() error{
			"StatusHistory":  func() error { _, err := f.S.StatusHistory(ctxBG, f.B, priv.ID); return err },
			"ItemCare":       func() error { _, err := f.S.ItemCare(ctxBG, f.B, priv.ID); return err },
			"ItemCarePublic": func() error { _, err := f.S.ItemCare(ctxBG, f.B, pub.ID); return err },
			"Box":            func() error { _, err := f.S.Box(ctxBG, f.B, box.ID); return err },
			"VisitorHistory": func() error { _, err := f.S.StatusHistory(ctxBG, 0, priv.ID); return err },
		}
		for name, read := range reads {
			t.Run("ReadNotFound/"+name, func(t *testing.T) {
				if err := read(); !errs.Is(err, errs.NotFound) {
					t.Errorf("err = %v, want NotFound", err)
				}
			})
		}
		for kind, id := range map[string]int64{"Private": priv.ID, "Public": pub.ID} {
			writes := map[string]func() error{
				"UpdateItem": func() error {
					_, err := f.S.UpdateItem(ctxBG, f.B, id, ItemInput{Title: "mine now"}, 0)
					return err
				},
				"SetStatus":  func() error { return f.S.SetStatus(ctxBG, f.B, id, "for_sale", "") },
				"DeleteItem": func() error { return f.S.DeleteItem(ctxBG, f.B, id) },
				"MarkCared":  func() error { return f.S.MarkCared(ctxBG, f.B, id, "spot_clean") },
			}
			for name, write := range writes {
				t.Run("WriteNotFound/"+kind+"/"+name, func(t *testing.T) {
					if err := write(); !errs.Is(err, errs.NotFound) {
						t.Errorf("item %d: err = %v, want NotFound", id, err)
					}
				})
			}
		}
		t.Run("BoxWritesNotFound", func(t *testing.T) {
			if _, err := f.S.UpdateBox(ctxBG, f.B, box.ID, "Bob's now", ""); !errs.Is(err, errs.NotFound) {
				t.Errorf("UpdateBox: %v", err)
			}
			if err := f.S.DeleteBox(ctxBG, f.B, box.ID); !errs.Is(err, errs.NotFound) {
				t.Errorf("DeleteBox: %v", err)
			}
			if boxes, err := f.S.Boxes(ctxBG, f.B); err != nil || len(boxes) != 0 {
				t.Errorf("B's boxes = %+v, %v", boxes, err)
			}
		})
		t.Run("NothingChanged", func(t *testing.T) {
			if after := snapshot(t, f); !reflect.DeepEqual(before, after) {
				t.Errorf("A's data changed:\nbefore %+v\nafter  %+v", before, after)
			}
		})
	})
}

// aliceState is everything of A's the scoping test watches.
type aliceState struct {
	Items   []Item
	History map[int64][]StatusChange
	Care    map[int64][]CareTask
	Boxes   []Box
}

func snapshot(t *testing.T, f *fixture) aliceState {
	t.Helper()
	st := aliceState{History: map[int64][]StatusChange{}, Care: map[int64][]CareTask{}}
	page, err := f.S.Items(ctxBG, f.A, f.A, ItemFilter{Limit: MaxItemLimit})
	if err != nil {
		t.Fatal(err)
	}
	for _, sum := range page.Items {
		it, err := f.S.Item(ctxBG, f.A, sum.ID)
		if err != nil {
			t.Fatal(err)
		}
		it.Charm, it.Photos = nil, nil
		st.Items = append(st.Items, *it)
		if st.History[it.ID], err = f.S.StatusHistory(ctxBG, f.A, it.ID); err != nil {
			t.Fatal(err)
		}
		if st.Care[it.ID], err = f.S.ItemCare(ctxBG, f.A, it.ID); err != nil {
			t.Fatal(err)
		}
	}
	if st.Boxes, err = f.S.Boxes(ctxBG, f.A); err != nil {
		t.Fatal(err)
	}
	return st
}
