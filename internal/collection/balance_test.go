package collection

import (
	"cmp"
	"slices"
	"testing"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
)

func shareOf(list []Share, key string) Share {
	for _, s := range list {
		if s.Key == key {
			return s
		}
	}
	return Share{Key: key}
}

func shareCounts(list []Share) int {
	n := 0
	for _, s := range list {
		n += s.Count
	}
	return n
}

func TestBalance(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		sr, figures := f.blindBoxSeries(t)
		studio, err := f.Catalog.StudioByID(ctxBG, figures[0].StudioID)
		if err != nil {
			t.Fatal(err)
		}
		other := "cultural"
		if figures[2].Category == other {
			other = "plush"
		}
		f.mustItem(t, f.A, figures[0].ID, public)
		f.mustItem(t, f.A, figures[0].ID)
		f.mustItem(t, f.A, figures[1].ID)
		f.mustItem(t, f.A, figures[2].ID, func(in *ItemInput) { in.Category = other })
		f.mustItem(t, f.A, 0, public, func(in *ItemInput) {
			in.Title, in.Category, in.Materials = "Crochet strawberry", "crochet", []string{"cotton", "cotton", "wool_yarn"}
		})
		f.mustItem(t, f.A, figures[3].ID, withStatus("stolen"))
		f.mustItem(t, f.B, figures[3].ID, public)

		t.Run("SharesAddUp", func(t *testing.T) {
			b, err := f.S.Balance(ctxBG, f.A, f.A)
			if err != nil {
				t.Fatal(err)
			}
			if b.Items != 5 {
				t.Fatalf("items = %d, want 5 (the stolen one left out)", b.Items)
			}
			if n := shareCounts(b.Categories); n != 5 {
				t.Errorf("categories count %d items: %+v", n, b.Categories)
			}
			if n := shareCounts(b.Makers); n != 5 {
				t.Errorf("makers count %d items: %+v", n, b.Makers)
			}
			want := []Share{{Key: studio.Kind, Count: 4, Percent: 80}, {Key: "one_off", Count: 1, Percent: 20}}
			if !slices.Equal(b.Makers, want) {
				t.Errorf("makers = %+v, want %+v", b.Makers, want)
			}
			if got := shareOf(b.Categories, other); got.Count < 1 {
				t.Errorf("the item's own category is not counted: %+v", b.Categories)
			}
			if got := shareOf(b.Categories, "crochet"); got.Count != 1 || got.Percent != 20 {
				t.Errorf("one-off category = %+v, want 1 of 5", got)
			}
			region := figures[0].Region
			if region == "" {
				region = studio.Region
			}
			if got := shareOf(b.Regions, region); got.Count != 4 || got.Percent != 80 || shareCounts(b.Regions) != 4 {
				t.Errorf("regions = %+v, want 4 of 5 from %s and the one-off in none", b.Regions, region)
			}
			for _, list := range [][]Share{b.Categories, b.Materials, b.Themes, b.Regions, b.Makers} {
				if !slices.IsSortedFunc(list, func(a, b Share) int {
					return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Key, b.Key))
				}) {
					t.Errorf("not sorted by count then key: %+v", list)
				}
			}
		})
		t.Run("MaterialsOncePerItem", func(t *testing.T) {
			b, err := f.S.Balance(ctxBG, f.A, f.A)
			if err != nil {
				t.Fatal(err)
			}
			want := map[string]int{"cotton": 1, "wool_yarn": 1}
			for _, c := range []int{0, 0, 1, 2} {
				for _, m := range slices.Compact(slices.Sorted(slices.Values(figures[c].Materials))) {
					want[m]++
				}
			}
			for k, n := range want {
				if got := shareOf(b.Materials, k); got.Count != n || got.Percent != (n*200+5)/10 {
					t.Errorf("material %s = %+v, want %d of 5 items", k, got, n)
				}
			}
			if len(b.Materials) != len(want) {
				t.Errorf("materials = %+v, want %v", b.Materials, want)
			}
		})
		t.Run("ThemesOfItemsHavingAny", func(t *testing.T) {
			b, err := f.S.Balance(ctxBG, f.A, f.A)
			if err != nil {
				t.Fatal(err)
			}
			with := 0
			for _, c := range []int{0, 0, 1, 2} {
				if len(figures[c].Themes) > 0 {
					with++
				}
			}
			for _, s := range b.Themes {
				if with == 0 || s.Count > with || s.Percent != (s.Count*200+with)/(2*with) {
					t.Errorf("theme %+v, of %d items with themes", s, with)
				}
			}
			if with > 0 && len(b.Themes) == 0 {
				t.Errorf("no themes for %s", sr.Name)
			}
		})
		t.Run("OthersSeePublicItemsOnly", func(t *testing.T) {
			b, err := f.S.Balance(ctxBG, f.B, f.A)
			if err != nil {
				t.Fatal(err)
			}
			want := []Share{{Key: "one_off", Count: 1, Percent: 50}, {Key: studio.Kind, Count: 1, Percent: 50}}
			if studio.Kind < "one_off" {
				want[0], want[1] = want[1], want[0]
			}
			if b.Items != 2 || !slices.Equal(b.Makers, want) {
				t.Errorf("B sees %d items, makers %+v; want the 2 public ones", b.Items, b.Makers)
			}
		})
		t.Run("EmptyCollection", func(t *testing.T) {
			b, err := f.S.Balance(ctxBG, f.A, mustUser(t, d, "empty", "CNY"))
			if err != nil || b.Items != 0 || b.Categories == nil || len(b.Categories) != 0 {
				t.Errorf("empty balance = %+v, %v", b, err)
			}
		})
	})
}
