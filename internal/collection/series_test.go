package collection

import (
	"slices"
	"testing"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
)

// secondSeries returns another series of the demo catalog than skip, with
// its figures in series order.
func (f *fixture) secondSeries(t testing.TB, skip int64) (*catalog.Series, []catalog.Charm) {
	t.Helper()
	page, err := f.Catalog.SeriesList(ctxBG, catalog.SeriesFilter{Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	for _, sr := range page.Items {
		if sr.ID == skip {
			continue
		}
		charms, err := f.Catalog.SeriesCharms(ctxBG, sr.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(charms) >= 2 {
			return &sr, charms
		}
	}
	t.Fatal("the demo catalog has no second series")
	return nil, nil
}

// charmOutsideSeries returns a demo charm that belongs to no series.
func (f *fixture) charmOutsideSeries(t testing.TB) int64 {
	t.Helper()
	var id int64
	if err := f.DB.R.QueryRowContext(ctxBG, `SELECT id FROM charms WHERE series_id IS NULL ORDER BY id LIMIT 1`).Scan(&id); err != nil {
		t.Fatalf("charm outside series: %v", err)
	}
	return id
}

func withCondition(c string) func(*ItemInput) { return func(in *ItemInput) { in.Condition = c } }
func withStatus(s string) func(*ItemInput)    { return func(in *ItemInput) { in.Status = s } }
func public(in *ItemInput)                    { in.Visibility = "public" }

func itemIDs(items []ItemSummary) []int64 {
	ids := make([]int64, len(items))
	for i, it := range items {
		ids[i] = it.ID
	}
	return ids
}

func TestSeriesCompletion(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		box, figures := f.blindBoxSeries(t)
		other, others := f.secondSeries(t, box.ID)
		// A: two copies of one figure and one of another in the blind box
		// (private), one public figure of the second series, and a lost
		// figure that no longer counts.
		f.mustItem(t, f.A, figures[0].ID)
		f.mustItem(t, f.A, figures[0].ID, withCondition("opened"))
		f.mustItem(t, f.A, figures[1].ID)
		f.mustItem(t, f.A, figures[2].ID, withStatus("lost"))
		f.mustItem(t, f.A, others[0].ID, public)
		f.mustItem(t, f.A, others[1].ID, public)

		t.Run("OwnerSeesCountsMostCompleteFirst", func(t *testing.T) {
			got, err := f.S.SeriesCompletion(ctxBG, f.A, f.A)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 2 {
				t.Fatalf("series = %+v, want 2", got)
			}
			byID := map[int64]SeriesProgress{got[0].SeriesID: got[0], got[1].SeriesID: got[1]}
			b, o := byID[box.ID], byID[other.ID]
			want := SeriesProgress{SeriesID: box.ID, Slug: box.Slug, Name: box.Name, StudioName: box.StudioName, Kind: "blind_box",
				Total: len(figures), Owned: 2, Missing: len(figures) - 2, DupCount: 1, Percent: 200 / len(figures)}
			if b.Figures != nil || b.Duplicates != nil || !sameCounts(b, want) {
				t.Errorf("blind box = %+v, want %+v", b, want)
			}
			if o.Owned != 2 || o.Total != len(others) || o.DupCount != 0 || o.Percent != 200/len(others) {
				t.Errorf("second series = %+v", o)
			}
			if got[0].Percent < got[1].Percent {
				t.Errorf("order = %d%% then %d%%, want most complete first", got[0].Percent, got[1].Percent)
			}
		})
		t.Run("OthersSeePublicItemsOnly", func(t *testing.T) {
			got, err := f.S.SeriesCompletion(ctxBG, f.B, f.A)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 1 || got[0].SeriesID != other.ID || got[0].Owned != 2 {
				t.Fatalf("B sees %+v, want only the second series", got)
			}
		})
		t.Run("EmptyCollection", func(t *testing.T) {
			got, err := f.S.SeriesCompletion(ctxBG, f.B, f.B)
			if err != nil || got == nil || len(got) != 0 {
				t.Fatalf("B's own = %+v, %v; want an empty list", got, err)
			}
		})
	})
}

func sameCounts(a, b SeriesProgress) bool {
	return a.SeriesID == b.SeriesID && a.Slug == b.Slug && a.Name == b.Name && a.StudioName == b.StudioName &&
		a.Kind == b.Kind && a.Total == b.Total && a.Owned == b.Owned && a.Missing == b.Missing &&
		a.DupCount == b.DupCount && a.Percent == b.Percent
}

func TestSeriesProgress(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		box, figures := f.blindBoxSeries(t)
		// The opened copy comes first; the mint one made later is still
		// the one kept.
		opened := f.mustItem(t, f.A, figures[0].ID, withCondition("opened"), public)
		mint := f.mustItem(t, f.A, figures[0].ID, public)
		worn := f.mustItem(t, f.A, figures[0].ID, withCondition("worn"))
		single := f.mustItem(t, f.A, figures[1].ID)
		f.mustItem(t, f.A, figures[2].ID, withStatus("stolen"))
		wish := f.mustWish(t, f.A, WishInput{CharmID: figures[3].ID})

		t.Run("FiguresInSeriesOrderWithCopies", func(t *testing.T) {
			p, err := f.S.SeriesProgress(ctxBG, f.A, f.A, box.ID)
			if err != nil {
				t.Fatal(err)
			}
			if len(p.Figures) != len(figures) || p.Total != len(figures) || p.Owned != 2 || p.Missing != len(figures)-2 {
				t.Fatalf("progress = %d figures, total %d, owned %d, missing %d", len(p.Figures), p.Total, p.Owned, p.Missing)
			}
			for i, fs := range p.Figures {
				if fs.CharmID != figures[i].ID || fs.Name != figures[i].Name {
					t.Errorf("figure %d = %d %q, want %d %q", i, fs.CharmID, fs.Name, figures[i].ID, figures[i].Name)
				}
			}
			if got := p.Figures[0]; got.Copies != 3 || !slices.Equal(got.ItemIDs, []int64{opened.ID, mint.ID, worn.ID}) {
				t.Errorf("first figure = %+v", got)
			}
			if got := p.Figures[1]; got.Copies != 1 || !slices.Equal(got.ItemIDs, []int64{single.ID}) {
				t.Errorf("second figure = %+v", got)
			}
			if got := p.Figures[2]; got.Copies != 0 {
				t.Errorf("a stolen copy still counts: %+v", got)
			}
		})
		t.Run("DuplicatesKeepTheBestCondition", func(t *testing.T) {
			p, err := f.S.SeriesProgress(ctxBG, f.A, f.A, box.ID)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(itemIDs(p.Duplicates), []int64{opened.ID, worn.ID}) || p.DupCount != 2 {
				t.Fatalf("duplicates = %v (%d), want the opened and the worn copy", itemIDs(p.Duplicates), p.DupCount)
			}
			if d := p.Duplicates[0]; d.Name != figures[0].Name || d.SeriesID != box.ID || d.SeriesName != box.Name || d.Condition != "opened" {
				t.Errorf("duplicate = %+v", d)
			}
		})
		t.Run("ChaseAndSecretMarked", func(t *testing.T) {
			p, err := f.S.SeriesProgress(ctxBG, f.A, f.A, box.ID)
			if err != nil {
				t.Fatal(err)
			}
			marked := map[string]int{}
			for i, fs := range p.Figures {
				marked[fs.Rarity]++
				want := figures[i].Rarity
				if want != "chase" && want != "secret" {
					want = ""
				}
				if fs.Rarity != want {
					t.Errorf("figure %q marked %q, catalog rarity %q", fs.Name, fs.Rarity, figures[i].Rarity)
				}
			}
			if marked["chase"] != 1 || marked["secret"] != 1 || marked["regular"] != 0 {
				t.Errorf("marked = %v, want one chase, one secret and regular figures unmarked", marked)
			}
		})
		t.Run("WishedShownToOwner", func(t *testing.T) {
			p, err := f.S.SeriesProgress(ctxBG, f.A, f.A, box.ID)
			if err != nil {
				t.Fatal(err)
			}
			for _, fs := range p.Figures {
				if fs.Wished != (fs.CharmID == wish.CharmID) {
					t.Errorf("figure %d wished = %v", fs.CharmID, fs.Wished)
				}
			}
		})
		t.Run("OthersSeePublicCopiesAndNoPrivateWishes", func(t *testing.T) {
			p, err := f.S.SeriesProgress(ctxBG, f.B, f.A, box.ID)
			if err != nil {
				t.Fatal(err)
			}
			if p.Owned != 1 || p.Figures[0].Copies != 2 || !slices.Equal(itemIDs(p.Duplicates), []int64{opened.ID}) {
				t.Errorf("B sees owned %d, copies %d, duplicates %v", p.Owned, p.Figures[0].Copies, itemIDs(p.Duplicates))
			}
			for _, fs := range p.Figures {
				if fs.Wished {
					t.Errorf("B sees a private wish for %d", fs.CharmID)
				}
			}
			f.forceWishlistPublic(t, f.A, true)
			defer f.forceWishlistPublic(t, f.A, false)
			p, err = f.S.SeriesProgress(ctxBG, f.B, f.A, box.ID)
			if err != nil || !p.Figures[3].Wished {
				t.Errorf("B does not see a public wish: %+v, %v", p.Figures[3], err)
			}
		})
		t.Run("UnknownSeriesNotFound", func(t *testing.T) {
			if _, err := f.S.SeriesProgress(ctxBG, f.A, f.A, 999999999); !errs.Is(err, errs.NotFound) {
				t.Fatalf("err = %v, want NotFound", err)
			}
		})
	})
}

func TestDuplicates(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		_, figures := f.blindBoxSeries(t)
		loose := f.charmOutsideSeries(t)
		f.mustItem(t, f.A, figures[0].ID, withCondition("boxed"))
		spare := f.mustItem(t, f.A, figures[0].ID, withCondition("damaged"))
		f.mustItem(t, f.A, figures[1].ID)
		f.mustItem(t, f.A, figures[1].ID, withStatus("recycled"))
		f.mustItem(t, f.A, loose)
		looseSpare := f.mustItem(t, f.A, loose, withCondition("boxed"))
		f.mustItem(t, f.A, 0, func(in *ItemInput) { in.CharmID, in.Title = 0, "Crochet frog" })
		f.mustItem(t, f.A, 0, func(in *ItemInput) { in.CharmID, in.Title = 0, "Crochet frog" })
		f.mustItem(t, f.B, figures[1].ID)
		f.mustItem(t, f.B, figures[1].ID)

		got, err := f.S.Duplicates(ctxBG, f.A)
		if err != nil {
			t.Fatal(err)
		}
		// Charms outside series come first, then by series name.
		if want := []int64{looseSpare.ID, spare.ID}; !slices.Equal(itemIDs(got), want) {
			t.Fatalf("duplicates = %v, want %v (one spare per charm, no one-offs, no recycled copy, nothing of B's)", itemIDs(got), want)
		}
		for _, it := range got {
			if it.OwnerID != f.A {
				t.Errorf("duplicate %d belongs to %d", it.ID, it.OwnerID)
			}
		}
		none, err := f.S.Duplicates(ctxBG, mustUser(t, d, "fresh", "CNY"))
		if err != nil || none == nil || len(none) != 0 {
			t.Errorf("a new collector's duplicates = %v, %v; want an empty list", none, err)
		}
	})
}
