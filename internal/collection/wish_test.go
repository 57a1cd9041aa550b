package collection

import (
	"database/sql"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
)

// forceWishlistPublic writes the owner's wishlist setting directly, so
// these tests do not depend on the settings code.
func (f *fixture) forceWishlistPublic(t testing.TB, owner int64, public bool) {
	t.Helper()
	err := f.DB.Tx(ctxBG, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctxBG, `INSERT INTO collection_settings (user_id, wishlist_public, updated_at) VALUES ($1, $2, $3)
			ON CONFLICT (user_id) DO UPDATE SET wishlist_public = excluded.wishlist_public`, owner, public, f.Now)
		return err
	})
	if err != nil {
		t.Fatalf("set wishlist public: %v", err)
	}
}

func (f *fixture) mustWish(t testing.TB, owner int64, in WishInput) *Wish {
	t.Helper()
	w, err := f.S.AddWish(ctxBG, owner, in)
	if err != nil {
		t.Fatalf("add wish %+v: %v", in, err)
	}
	return w
}

func wishIDs(ws []Wish) []int64 {
	ids := make([]int64, len(ws))
	for i, w := range ws {
		ids[i] = w.ID
	}
	return ids
}

func TestAddWish(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		sr, figures := f.blindBoxSeries(t)

		t.Run("DefaultsAndCharmDetails", func(t *testing.T) {
			w := f.mustWish(t, f.A, WishInput{CharmID: figures[0].ID, Note: "  the blue one  "})
			if w.Priority != 3 || w.Currency != "CNY" || w.Note != "the blue one" || w.OwnerID != f.A || w.FulfilledAt != nil {
				t.Errorf("wish = %+v, want priority 3 in the owner's CNY", w)
			}
			if w.CharmName != figures[0].Name || w.SeriesName != sr.Name || w.StudioName != sr.StudioName ||
				w.ListPrice != figures[0].ListPrice || w.ListCurr != figures[0].Currency {
				t.Errorf("charm details = %q %q %q %d %s", w.CharmName, w.SeriesName, w.StudioName, w.ListPrice, w.ListCurr)
			}
			if !w.CreatedAt.Equal(f.Now) {
				t.Errorf("created at %v, want %v", w.CreatedAt, f.Now)
			}
		})
		t.Run("RejectsBadFields", func(t *testing.T) {
			for _, tc := range []struct {
				name  string
				in    WishInput
				field string
			}{
				{"UnknownCharm", WishInput{CharmID: 999999999}, "charm_id"},
				{"NoCharm", WishInput{}, "charm_id"},
				{"PriorityTooLow", WishInput{CharmID: figures[1].ID, Priority: -1}, "priority"},
				{"PriorityTooHigh", WishInput{CharmID: figures[1].ID, Priority: 6}, "priority"},
				{"NegativeMaxPrice", WishInput{CharmID: figures[1].ID, MaxPrice: -1}, "max_price"},
				{"UnknownCurrency", WishInput{CharmID: figures[1].ID, Currency: "XXX"}, "currency"},
				{"LongNote", WishInput{CharmID: figures[1].ID, Note: strings.Repeat("é", 501)}, "note"},
			} {
				t.Run(tc.name, func(t *testing.T) {
					_, err := f.S.AddWish(ctxBG, f.A, tc.in)
					if fe := errs.FieldsOf(err); !errs.Is(err, errs.Invalid) || len(fe) != 1 || fe[0].Field != tc.field {
						t.Fatalf("err = %v, fields %v; want Invalid on %s", err, fe, tc.field)
					}
				})
			}
		})
		t.Run("SecondOpenWishConflicts", func(t *testing.T) {
			f.mustWish(t, f.A, WishInput{CharmID: figures[2].ID})
			_, err := f.S.AddWish(ctxBG, f.A, WishInput{CharmID: figures[2].ID, Priority: 1})
			if fe := errs.FieldsOf(err); !errs.Is(err, errs.Conflict) || len(fe) != 1 || fe[0].Field != "charm_id" {
				t.Fatalf("err = %v, fields %v; want Conflict on charm_id", err, fe)
			}
			if _, err := f.S.AddWish(ctxBG, f.B, WishInput{CharmID: figures[2].ID}); err != nil {
				t.Fatalf("another collector cannot wish for the same charm: %v", err)
			}
		})
		t.Run("ListedByPriorityThenAge", func(t *testing.T) {
			u := mustUser(t, d, "lister", "EUR")
			low := f.mustWish(t, u, WishInput{CharmID: figures[0].ID, Priority: 5})
			f.Now = f.Now.Add(time.Minute)
			firstTop := f.mustWish(t, u, WishInput{CharmID: figures[1].ID, Priority: 1, MaxPrice: 2000})
			f.Now = f.Now.Add(time.Minute)
			mid := f.mustWish(t, u, WishInput{CharmID: figures[2].ID})
			f.Now = f.Now.Add(time.Minute)
			secondTop := f.mustWish(t, u, WishInput{CharmID: figures[3].ID, Priority: 1})
			got, err := f.S.Wishes(ctxBG, u, u, false)
			if err != nil {
				t.Fatal(err)
			}
			want := []int64{firstTop.ID, secondTop.ID, mid.ID, low.ID}
			if ids := wishIDs(got); !slices.Equal(ids, want) {
				t.Errorf("order = %v, want %v", ids, want)
			}
			if got[0].Currency != "EUR" || got[0].MaxPrice != 2000 {
				t.Errorf("first wish = %+v, want EUR with max 2000", got[0])
			}
		})
	})
}

func TestWishFulfilment(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		_, figures := f.blindBoxSeries(t)
		mine := f.mustWish(t, f.A, WishInput{CharmID: figures[0].ID, Priority: 1})
		other := f.mustWish(t, f.A, WishInput{CharmID: figures[1].ID})
		theirs := f.mustWish(t, f.B, WishInput{CharmID: figures[0].ID})
		f.Now = f.Now.Add(time.Hour)
		item := f.mustItem(t, f.A, figures[0].ID)

		t.Run("MatchingItemFulfilsTheOwnersWish", func(t *testing.T) {
			w, err := f.S.Wish(ctxBG, f.A, mine.ID)
			if err != nil {
				t.Fatal(err)
			}
			if w.FulfilledItemID != item.ID || w.FulfilledAt == nil || !w.FulfilledAt.Equal(f.Now) {
				t.Errorf("wish = item %d at %v, want item %d at %v", w.FulfilledItemID, w.FulfilledAt, item.ID, f.Now)
			}
		})
		t.Run("OtherCollectorsWishStaysOpen", func(t *testing.T) {
			w, err := f.S.Wish(ctxBG, f.B, theirs.ID)
			if err != nil || w.FulfilledAt != nil || w.FulfilledItemID != 0 {
				t.Fatalf("B's wish = %+v, %v; want it open", w, err)
			}
		})
		t.Run("FulfilledListedOnlyWhenAskedAndLast", func(t *testing.T) {
			open, err := f.S.Wishes(ctxBG, f.A, f.A, false)
			if err != nil || !slices.Equal(wishIDs(open), []int64{other.ID}) {
				t.Fatalf("open wishes = %v, %v; want [%d]", wishIDs(open), err, other.ID)
			}
			all, err := f.S.Wishes(ctxBG, f.A, f.A, true)
			if err != nil || !slices.Equal(wishIDs(all), []int64{other.ID, mine.ID}) {
				t.Fatalf("all wishes = %v, %v; want [%d %d]", wishIDs(all), err, other.ID, mine.ID)
			}
		})
		t.Run("CharmCanBeWishedAgain", func(t *testing.T) {
			again := f.mustWish(t, f.A, WishInput{CharmID: figures[0].ID})
			if again.ID == mine.ID || again.FulfilledAt != nil {
				t.Errorf("new wish = %+v", again)
			}
		})
	})
}

func TestWishOwnerScoping(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		_, figures := f.blindBoxSeries(t)
		w := f.mustWish(t, f.A, WishInput{CharmID: figures[0].ID, MaxPrice: 5000})
		private := f.mustItem(t, f.A, figures[1].ID)

		t.Run("OwnerUpdates", func(t *testing.T) {
			got, err := f.S.UpdateWish(ctxBG, f.A, w.ID, WishInput{Priority: 2, MaxPrice: 8000, Note: "birthday", CharmID: figures[2].ID})
			if err != nil {
				t.Fatal(err)
			}
			if got.Priority != 2 || got.MaxPrice != 8000 || got.Note != "birthday" || got.Currency != "CNY" || got.CharmID != figures[0].ID {
				t.Errorf("updated = %+v; want new terms, same charm and currency", got)
			}
			if _, err := f.S.UpdateWish(ctxBG, f.A, w.ID, WishInput{Priority: 9}); !errs.Is(err, errs.Invalid) {
				t.Errorf("priority 9: %v, want Invalid", err)
			}
		})
		t.Run("OthersCannotChange", func(t *testing.T) {
			if _, err := f.S.UpdateWish(ctxBG, f.B, w.ID, WishInput{Priority: 1}); !errs.Is(err, errs.NotFound) {
				t.Errorf("B updates A's wish: %v, want NotFound", err)
			}
			if err := f.S.DeleteWish(ctxBG, f.B, w.ID); !errs.Is(err, errs.NotFound) {
				t.Errorf("B deletes A's wish: %v, want NotFound", err)
			}
			if _, err := f.S.Wish(ctxBG, f.B, w.ID); !errs.Is(err, errs.NotFound) {
				t.Errorf("B reads A's wish: %v, want NotFound", err)
			}
			if got, err := f.S.Wish(ctxBG, f.A, w.ID); err != nil || got.Priority != 2 {
				t.Errorf("A's wish after B's attempts = %+v, %v", got, err)
			}
		})
		t.Run("PrivateWishlistIsNotFoundForOthers", func(t *testing.T) {
			for _, viewer := range []int64{f.B, 0} {
				if _, err := f.S.Wishes(ctxBG, viewer, f.A, false); !errs.Is(err, errs.NotFound) {
					t.Errorf("viewer %d reads a private wishlist: %v, want NotFound", viewer, err)
				}
			}
		})
		t.Run("PublicWishlistWhileItemsStayPrivate", func(t *testing.T) {
			f.forceWishlistPublic(t, f.A, true)
			defer f.forceWishlistPublic(t, f.A, false)
			got, err := f.S.Wishes(ctxBG, f.B, f.A, false)
			if err != nil || !slices.Equal(wishIDs(got), []int64{w.ID}) {
				t.Fatalf("B reads A's public wishlist: %v, %v", wishIDs(got), err)
			}
			if _, err := f.S.Item(ctxBG, f.B, private.ID); !errs.Is(err, errs.NotFound) {
				t.Errorf("B reads A's private item: %v", err)
			}
			if done, err := f.S.SeriesCompletion(ctxBG, f.B, f.A); err != nil || len(done) != 0 {
				t.Errorf("B's view of A's series = %+v, %v; want nothing", done, err)
			}
		})
		t.Run("OwnerDeletes", func(t *testing.T) {
			if err := f.S.DeleteWish(ctxBG, f.A, w.ID); err != nil {
				t.Fatal(err)
			}
			if err := f.S.DeleteWish(ctxBG, f.A, w.ID); !errs.Is(err, errs.NotFound) {
				t.Errorf("second delete: %v, want NotFound", err)
			}
		})
	})
}
