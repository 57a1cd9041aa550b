package collection

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/money"
)

// fakePrices is a price index that knows a few charms in one condition.
type fakePrices struct {
	known map[int64]Estimate
	cond  string
	asked []string // conditions asked for
}

func (p *fakePrices) Estimates(_ context.Context, ids []int64, condition string) (map[int64]Estimate, error) {
	p.asked = append(p.asked, condition)
	out := map[int64]Estimate{}
	for _, id := range ids {
		if e, ok := p.known[id]; ok && condition == p.cond {
			out[id] = e
		}
	}
	return out, nil
}

// convert converts with the fixture's current rate table.
func (f *fixture) convert(t testing.TB, amount int64, from, to string) int64 {
	t.Helper()
	rates, err := f.Catalog.Rates(ctxBG)
	if err != nil {
		t.Fatal(err)
	}
	v, ok := rates.Convert(amount, from, to)
	if !ok {
		t.Fatalf("cannot convert %s to %s", from, to)
	}
	return v
}

func lineOf(r *ValueReport, itemID int64) *ItemValue {
	for i := range r.Items {
		if r.Items[i].Item.ID == itemID {
			return &r.Items[i]
		}
	}
	return nil
}

func TestValue(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		_, figures := f.blindBoxSeries(t)
		if err := f.Catalog.SetRate(ctxBG, "USD", 0.2); err != nil {
			t.Fatal(err)
		}
		cheap := f.mustItem(t, f.A, figures[0].ID, func(in *ItemInput) { in.PricePaid = 1000 })
		dear := f.mustItem(t, f.A, figures[1].ID, withCondition("opened"), func(in *ItemInput) { in.PricePaid, in.Currency = 3000, "USD" })
		gift := f.mustItem(t, f.A, 0, func(in *ItemInput) { in.Title, in.PricePaid = "Hand-sewn bunny", 0 })
		f.mustItem(t, f.A, figures[2].ID, withStatus("lost"))
		charms := map[int64]catalog.Charm{cheap.ID: figures[0], dear.ID: figures[1]}

		t.Run("ListPriceLabelled", func(t *testing.T) {
			r, err := f.S.Value(ctxBG, f.A, "")
			if err != nil {
				t.Fatal(err)
			}
			if r.Currency != "CNY" || r.Source != "list_price" || len(r.Items) != 3 || r.Unpriced != 1 {
				t.Fatalf("report = %s %s, %d items, %d unpriced", r.Currency, r.Source, len(r.Items), r.Unpriced)
			}
			var total, cost, gain int64
			for id, c := range charms {
				line := lineOf(r, id)
				want := f.convert(t, c.ListPrice, c.Currency, "CNY")
				if line == nil || line.Source != "list_price" || line.Estimate != want || line.Gain != line.Estimate-line.Cost {
					t.Errorf("item %d = %+v, want list price %d", id, line, want)
					continue
				}
				total, cost, gain = total+line.Estimate, cost+line.Cost, gain+line.Gain
			}
			if line := lineOf(r, dear.ID); line != nil && line.Cost != f.convert(t, 3000, "USD", "CNY") {
				t.Errorf("cost of a USD purchase = %d, want it in CNY", line.Cost)
			}
			if line := lineOf(r, gift.ID); line == nil || line.Source != "none" || line.Estimate != 0 || line.Gain != 0 {
				t.Errorf("one-off = %+v, want unpriced", line)
			}
			if r.Total != total || r.Cost != cost || r.Gain != gain {
				t.Errorf("totals = %d/%d/%d, want %d/%d/%d", r.Total, r.Cost, r.Gain, total, cost, gain)
			}
			if !slices.IsSortedFunc(r.Items, func(a, b ItemValue) int { return int(b.Estimate - a.Estimate) }) {
				t.Errorf("items not sorted by estimate: %+v", r.Items)
			}
		})
		t.Run("ConvertsIntoAskedCurrency", func(t *testing.T) {
			r, err := f.S.Value(ctxBG, f.A, "usd")
			if err != nil {
				t.Fatal(err)
			}
			c := figures[0]
			want := f.convert(t, c.ListPrice, c.Currency, "USD")
			if r.Currency != "USD" || lineOf(r, cheap.ID).Estimate != want || lineOf(r, dear.ID).Cost != 3000 {
				t.Errorf("USD report: %s, estimate %d (want %d), cost %d (want 3000)", r.Currency, lineOf(r, cheap.ID).Estimate, want, lineOf(r, dear.ID).Cost)
			}
			if stored, _ := (money.Rates{"USD": 0.2}).Convert(c.ListPrice, c.Currency, "USD"); c.Currency == "CNY" && want != stored {
				t.Errorf("estimate %d, want %d at the stored USD rate", want, stored)
			}
		})
		t.Run("RejectsUnknownCurrency", func(t *testing.T) {
			if _, err := f.S.Value(ctxBG, f.A, "XXX"); !errs.Is(err, errs.Invalid) {
				t.Fatalf("err = %v, want Invalid", err)
			}
		})
		t.Run("PriceIndexSwitchesSource", func(t *testing.T) {
			idx := &fakePrices{cond: "mint", known: map[int64]Estimate{
				figures[0].ID: {Amount: 5000, Currency: "USD", Source: "price_index"},
				figures[1].ID: {Amount: 9900, Currency: "USD", Source: "price_index"}, // held only opened
			}}
			f.S.SetPriceIndex(idx)
			defer f.S.SetPriceIndex(nil)
			r, err := f.S.Value(ctxBG, f.A, "CNY")
			if err != nil {
				t.Fatal(err)
			}
			if r.Source != "price_index" {
				t.Errorf("report source = %q, want price_index", r.Source)
			}
			if line := lineOf(r, cheap.ID); line.Source != "price_index" || line.Estimate != f.convert(t, 5000, "USD", "CNY") {
				t.Errorf("indexed item = %+v", line)
			}
			if line := lineOf(r, dear.ID); line.Source != "list_price" {
				t.Errorf("an item the index does not know = %+v, want list price", line)
			}
			slices.Sort(idx.asked)
			if !slices.Equal(idx.asked, []string{"mint", "opened"}) {
				t.Errorf("index asked for %v, want one call per condition held", idx.asked)
			}
		})
	})
}

func TestSnapshotAll(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		_, figures := f.blindBoxSeries(t)
		f.mustItem(t, f.A, figures[0].ID)
		f.mustItem(t, f.B, figures[1].ID)
		idle := mustUser(t, d, "idle", "EUR")

		history := func(owner int64) []Snapshot {
			t.Helper()
			h, err := f.S.ValueHistory(ctxBG, owner)
			if err != nil {
				t.Fatal(err)
			}
			return h
		}
		check := func(owner int64, sn Snapshot, month string) {
			t.Helper()
			r, err := f.S.Value(ctxBG, owner, "")
			if err != nil {
				t.Fatal(err)
			}
			want := Snapshot{Month: month, Currency: r.Currency, Value: r.Total, Cost: r.Cost, Items: len(r.Items), Source: r.Source, TakenAt: f.Now}
			if sn != want {
				t.Errorf("snapshot = %+v, want %+v", sn, want)
			}
		}
		if err := f.S.SnapshotAll(ctxBG); err != nil {
			t.Fatal(err)
		}

		t.Run("EveryCollectionInItsCurrency", func(t *testing.T) {
			a, b := history(f.A), history(f.B)
			if len(a) != 1 || len(b) != 1 {
				t.Fatalf("snapshots: A %d, B %d; want one each", len(a), len(b))
			}
			check(f.A, a[0], "2026-06")
			check(f.B, b[0], "2026-06")
			if a[0].Currency != "CNY" || b[0].Currency != "USD" {
				t.Errorf("currencies = %s, %s", a[0].Currency, b[0].Currency)
			}
			if h := history(idle); len(h) != 0 {
				t.Errorf("a collector without items has snapshots %+v", h)
			}
		})
		t.Run("SameMonthReplaces", func(t *testing.T) {
			f.Now = f.Now.Add(48 * time.Hour)
			f.mustItem(t, f.A, figures[1].ID)
			if err := f.S.SnapshotAll(ctxBG); err != nil {
				t.Fatal(err)
			}
			a := history(f.A)
			if len(a) != 1 || a[0].Items != 2 {
				t.Fatalf("A's snapshots = %+v, want one row with two items", a)
			}
			check(f.A, a[0], "2026-06")
		})
		t.Run("NextMonthAddsOldestFirst", func(t *testing.T) {
			f.Now = time.Date(2026, 7, 1, 0, 30, 0, 0, time.UTC)
			if err := f.S.SnapshotAll(ctxBG); err != nil {
				t.Fatal(err)
			}
			a := history(f.A)
			if len(a) != 2 || a[0].Month != "2026-06" || a[1].Month != "2026-07" {
				t.Fatalf("A's snapshots = %+v, want June then July", a)
			}
			check(f.A, a[1], "2026-07")
		})
		t.Run("HistoryIsTheOwners", func(t *testing.T) {
			for _, sn := range history(f.B) {
				if sn.Currency != "USD" {
					t.Errorf("B's history holds %+v", sn)
				}
			}
		})
	})
}
