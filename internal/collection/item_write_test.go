package collection

import (
	"database/sql"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
)

// inputOf is the input that would write it back unchanged.
func inputOf(it *Item) ItemInput {
	return ItemInput{CharmID: it.CharmID, Title: it.Title, Category: it.Category, Materials: it.Materials,
		Condition: it.Condition, AcquiredOn: it.AcquiredOn, Source: it.Source, PricePaid: it.PricePaid,
		Currency: it.Currency, Memory: it.Memory, Status: it.Status, Visibility: it.Visibility, BoxID: it.BoxID}
}

// count runs a COUNT query and returns its result.
func count(t testing.TB, d *db.DB, query string, args ...any) int {
	t.Helper()
	var n int
	if err := d.R.QueryRowContext(ctxBG, query, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

func TestUpdateItem(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		_, figures := f.blindBoxSeries(t)

		t.Run("ReplacesFieldsAndBumpsVersion", func(t *testing.T) {
			it := f.mustItem(t, f.A, figures[0].ID)
			box, err := f.S.CreateBox(ctxBG, f.A, "Shelf", "")
			if err != nil {
				t.Fatal(err)
			}
			f.Now = f.Now.Add(time.Hour)
			in := inputOf(it)
			in.Title, in.Condition, in.Memory, in.BoxID, in.Visibility = "  Lucky one ", "worn", "From the Shanghai trip", box.ID, "public"
			got, err := f.S.UpdateItem(ctxBG, f.A, it.ID, in, it.Version)
			if err != nil {
				t.Fatalf("update: %v", err)
			}
			if got.Version != it.Version+1 || !got.UpdatedAt.Equal(f.Now) || !got.CreatedAt.Equal(it.CreatedAt) {
				t.Errorf("version %d updated %v created %v; want %d, %v, unchanged", got.Version, got.UpdatedAt, got.CreatedAt, it.Version+1, f.Now)
			}
			if got.Name != "Lucky one" || got.Condition != "worn" || got.Memory != in.Memory || got.BoxName != "Shelf" || got.Visibility != "public" || got.CharmID != figures[0].ID {
				t.Errorf("item = %+v", got)
			}
		})
		t.Run("ClearingTheCharmMakesAOneOff", func(t *testing.T) {
			it := f.mustItem(t, f.A, figures[0].ID)
			in := inputOf(it)
			in.CharmID, in.Title, in.Category, in.Materials = 0, "Painted copy", "acrylic", []string{"acrylic"}
			got, err := f.S.UpdateItem(ctxBG, f.A, it.ID, in, 0)
			if err != nil || got.CharmID != 0 || got.Charm != nil || got.Name != "Painted copy" || got.Category != "acrylic" {
				t.Fatalf("one-off = %+v, %v", got, err)
			}
			in.Title = ""
			if _, err := f.S.UpdateItem(ctxBG, f.A, it.ID, in, 0); !hasField(err, "title") {
				t.Errorf("one-off without title: %v", err)
			}
		})
		t.Run("StaleVersionConflictsAndChangesNothing", func(t *testing.T) {
			it := f.mustItem(t, f.A, figures[1].ID)
			in := inputOf(it)
			in.Condition = "opened"
			if _, err := f.S.UpdateItem(ctxBG, f.A, it.ID, in, it.Version); err != nil {
				t.Fatal(err)
			}
			in.Condition = "damaged"
			_, err := f.S.UpdateItem(ctxBG, f.A, it.ID, in, it.Version)
			if !errs.Is(err, errs.Conflict) || errs.Message(err) != "the item was changed meanwhile" {
				t.Fatalf("stale update: %v", err)
			}
			now, _ := f.S.Item(ctxBG, f.A, it.ID)
			if now.Condition != "opened" || now.Version != it.Version+1 {
				t.Errorf("after conflict: condition %s version %d", now.Condition, now.Version)
			}
		})
		t.Run("StatusChangeIsRecordedWithNote", func(t *testing.T) {
			it := f.mustItem(t, f.A, figures[1].ID)
			f.Now = f.Now.Add(24 * time.Hour)
			in := inputOf(it)
			in.Status, in.StatusNote = "for_trade", "  spare copy "
			if _, err := f.S.UpdateItem(ctxBG, f.A, it.ID, in, 0); err != nil {
				t.Fatal(err)
			}
			in.StatusNote, in.Memory = "", "edited"
			if _, err := f.S.UpdateItem(ctxBG, f.A, it.ID, in, 0); err != nil {
				t.Fatal(err)
			}
			h, err := f.S.StatusHistory(ctxBG, f.A, it.ID)
			if err != nil || len(h) != 2 || h[0].Status != "for_trade" || h[0].Note != "spare copy" || !h[0].ChangedAt.Equal(f.Now) || h[1].Status != "stored" {
				t.Fatalf("history = %+v, %v", h, err)
			}
		})
		t.Run("RejectsBadFieldsAndOthersBoxes", func(t *testing.T) {
			it := f.mustItem(t, f.A, figures[2].ID)
			bBox, err := f.S.CreateBox(ctxBG, f.B, "Bob's tin", "")
			if err != nil {
				t.Fatal(err)
			}
			in := inputOf(it)
			in.BoxID = bBox.ID
			if _, err := f.S.UpdateItem(ctxBG, f.A, it.ID, in, 0); !hasField(err, "box_id") {
				t.Errorf("B's box: %v", err)
			}
			in = inputOf(it)
			in.Condition, in.AcquiredOn = "shiny", "2099-01-01"
			_, err = f.S.UpdateItem(ctxBG, f.A, it.ID, in, 0)
			if !hasField(err, "condition") || !hasField(err, "acquired_on") {
				t.Errorf("bad fields: %v", err)
			}
			if now, _ := f.S.Item(ctxBG, f.A, it.ID); now.Version != it.Version || now.BoxID != 0 {
				t.Errorf("refused update changed the item: %+v", now)
			}
		})
		t.Run("RelinkingFulfilsAWish", func(t *testing.T) {
			it, err := f.S.CreateItem(ctxBG, f.A, ItemInput{Title: "Unknown figure"})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := f.S.AddWish(ctxBG, f.A, WishInput{CharmID: figures[3%len(figures)].ID}); err != nil {
				t.Fatal(err)
			}
			in := inputOf(it)
			in.CharmID, in.Title = figures[3%len(figures)].ID, ""
			if _, err := f.S.UpdateItem(ctxBG, f.A, it.ID, in, 0); err != nil {
				t.Fatal(err)
			}
			if n := count(t, d, `SELECT COUNT(*) FROM wishes WHERE owner_id = $1 AND fulfilled_item_id = $2`, f.A, it.ID); n != 1 {
				t.Errorf("fulfilled wishes = %d, want 1", n)
			}
		})
	})
}

func TestSetStatusKeepsDatedHistory(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		_, figures := f.blindBoxSeries(t)
		it := f.mustItem(t, f.A, figures[0].ID)
		start := f.Now
		steps := []struct{ status, note string }{{"on_carrier", "on my tote"}, {"lent", "to Mei"}, {"stored", ""}}
		for i, st := range steps {
			f.Now = start.Add(time.Duration(i+1) * 24 * time.Hour)
			if err := f.S.SetStatus(ctxBG, f.A, it.ID, st.status, st.note); err != nil {
				t.Fatalf("set %s: %v", st.status, err)
			}
		}
		t.Run("NewestFirstWithDates", func(t *testing.T) {
			h, err := f.S.StatusHistory(ctxBG, f.A, it.ID)
			if err != nil || len(h) != 4 {
				t.Fatalf("history = %+v, %v", h, err)
			}
			for i, st := range steps {
				got := h[len(steps)-1-i]
				want := start.Add(time.Duration(i+1) * 24 * time.Hour)
				if got.Status != st.status || got.Note != st.note || !got.ChangedAt.Equal(want) {
					t.Errorf("entry %d = %+v, want %s %q at %v", i, got, st.status, st.note, want)
				}
			}
			if h[3].Status != "stored" || !h[3].ChangedAt.Equal(start) {
				t.Errorf("first entry = %+v, want stored at creation", h[3])
			}
		})
		t.Run("SameStatusIsANoOp", func(t *testing.T) {
			before, _ := f.S.Item(ctxBG, f.A, it.ID)
			if err := f.S.SetStatus(ctxBG, f.A, it.ID, "stored", "again"); err != nil {
				t.Fatal(err)
			}
			after, _ := f.S.Item(ctxBG, f.A, it.ID)
			h, _ := f.S.StatusHistory(ctxBG, f.A, it.ID)
			if len(h) != 4 || after.Version != before.Version {
				t.Errorf("history %d entries, version %d -> %d", len(h), before.Version, after.Version)
			}
		})
		t.Run("RejectsUnknownStatus", func(t *testing.T) {
			if err := f.S.SetStatus(ctxBG, f.A, it.ID, "melted", ""); !hasField(err, "status") {
				t.Errorf("err = %v", err)
			}
		})
		t.Run("PublicHistoryIsVisible", func(t *testing.T) {
			pub := f.mustItem(t, f.A, figures[1].ID, func(in *ItemInput) { in.Visibility = "public" })
			if h, err := f.S.StatusHistory(ctxBG, f.B, pub.ID); err != nil || len(h) != 1 {
				t.Errorf("B reads public history: %v, %v", h, err)
			}
		})
	})
}

func TestDeleteItem(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		_, figures := f.blindBoxSeries(t)
		it := f.mustItem(t, f.A, figures[0].ID, func(in *ItemInput) { in.Materials = []string{"cotton"} })
		mustPhoto(t, d, f.A, it.ID, 0)
		if err := f.S.MarkCared(ctxBG, f.A, it.ID, "spot_clean"); err != nil {
			t.Fatal(err)
		}
		if err := f.S.DeleteItem(ctxBG, f.A, it.ID); err != nil {
			t.Fatalf("delete: %v", err)
		}
		if _, err := f.S.Item(ctxBG, f.A, it.ID); !errs.Is(err, errs.NotFound) {
			t.Errorf("deleted item still reads: %v", err)
		}
		for _, table := range []string{"item_photos", "item_status_history", "item_care"} {
			if n := count(t, d, `SELECT COUNT(*) FROM `+table+` WHERE item_id = $1`, it.ID); n != 0 {
				t.Errorf("%s keeps %d rows", table, n)
			}
		}
		if err := f.S.DeleteItem(ctxBG, f.A, it.ID); !errs.Is(err, errs.NotFound) {
			t.Errorf("second delete: %v", err)
		}
	})
}

// mustPhoto inserts a photo row directly: the photo store is another
// file's work, and lists only need the rows.
func mustPhoto(t testing.TB, d *db.DB, owner, itemID int64, position int) int64 {
	t.Helper()
	var id int64
	err := d.Tx(ctxBG, func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctxBG, `INSERT INTO item_photos (item_id, owner_id, position, sha256, content_type, width, height, bytes, thumb_ready, created_at)
			VALUES ($1, $2, $3, 'abc', 'image/jpeg', 10, 10, 100, $4, $5) RETURNING id`,
			itemID, owner, position, position == 0, time.Now().UTC()).Scan(&id)
	})
	if err != nil {
		t.Fatalf("insert photo: %v", err)
	}
	return id
}

// hasField reports whether err is Invalid-or-Conflict with a field error
// on field.
func hasField(err error, field string) bool {
	for _, fe := range errs.FieldsOf(err) {
		if fe.Field == field {
			return true
		}
	}
	return false
}
