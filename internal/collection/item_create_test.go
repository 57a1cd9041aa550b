package collection

import (
	"testing"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
)

func TestCreateItem(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		_, figures := f.blindBoxSeries(t)

		t.Run("TwoCopiesAreTwoRows", func(t *testing.T) {
			a := f.mustItem(t, f.A, figures[0].ID)
			b := f.mustItem(t, f.A, figures[0].ID, func(in *ItemInput) { in.Condition = "opened" })
			if a.ID == b.ID {
				t.Fatalf("both copies got id %d", a.ID)
			}
			if a.Name != figures[0].Name || a.Charm == nil || a.Charm.ID != figures[0].ID {
				t.Errorf("item = %q charm %v, want the catalog charm", a.Name, a.Charm)
			}
			if a.Condition != "mint" || b.Condition != "opened" || a.Status != "stored" || a.Visibility != "private" || a.Currency != "CNY" {
				t.Errorf("defaults: %+v", a)
			}
		})
		t.Run("OneOffNeedsTitle", func(t *testing.T) {
			_, err := f.S.CreateItem(ctxBG, f.A, ItemInput{Category: "plush"})
			if fe := errs.FieldsOf(err); len(fe) != 1 || fe[0].Field != "title" {
				t.Fatalf("err = %v, fields %v; want title required", err, fe)
			}
			it, err := f.S.CreateItem(ctxBG, f.A, ItemInput{Title: "Grandma's crochet strawberry", Source: "gift", Materials: []string{"cotton"}})
			if err != nil || it.CharmID != 0 || it.Name != "Grandma's crochet strawberry" {
				t.Fatalf("one-off = %+v, %v", it, err)
			}
		})
		t.Run("RejectsBadFields", func(t *testing.T) {
			_, err := f.S.CreateItem(ctxBG, f.A, ItemInput{CharmID: 999999999, Condition: "shiny", Status: "x", Visibility: "all", Currency: "XXX", AcquiredOn: "2030-01-01", PricePaid: -1})
			got := map[string]bool{}
			for _, fe := range errs.FieldsOf(err) {
				got[fe.Field] = true
			}
			for _, want := range []string{"condition", "status", "visibility", "currency", "acquired_on", "price_paid"} {
				if !got[want] {
					t.Errorf("no error on %s: %v", want, err)
				}
			}
		})
		t.Run("PrivateItemHiddenFromOthers", func(t *testing.T) {
			it := f.mustItem(t, f.A, figures[1].ID)
			if _, err := f.S.Item(ctxBG, f.B, it.ID); !errs.Is(err, errs.NotFound) {
				t.Fatalf("B reads A's private item: %v", err)
			}
			if _, err := f.S.Item(ctxBG, 0, it.ID); !errs.Is(err, errs.NotFound) {
				t.Fatalf("a visitor reads A's private item: %v", err)
			}
			pub := f.mustItem(t, f.A, figures[1].ID, func(in *ItemInput) { in.Visibility = "public" })
			if _, err := f.S.Item(ctxBG, f.B, pub.ID); err != nil {
				t.Fatalf("B cannot read A's public item: %v", err)
			}
		})
	})
}
