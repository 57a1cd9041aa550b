package collection

import (
	"database/sql"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
)

// walkItems follows Next from the first page to the last and returns every
// id in order; it fails on a loop.
func walkItems(t *testing.T, f *fixture, viewer, owner int64, filter ItemFilter) ([]int64, int) {
	t.Helper()
	var ids []int64
	total := -1
	for range 100 {
		page, err := f.S.Items(ctxBG, viewer, owner, filter)
		if err != nil {
			t.Fatalf("items %+v: %v", filter, err)
		}
		if total >= 0 && page.Total != total {
			t.Fatalf("total changed from %d to %d between pages", total, page.Total)
		}
		total = page.Total
		for _, it := range page.Items {
			ids = append(ids, it.ID)
		}
		if page.Next == "" {
			return ids, total
		}
		filter.Cursor = page.Next
	}
	t.Fatal("pagination does not end")
	return nil, 0
}

// listFixture is a small collection of A's with known names, dates and
// statuses, created a minute apart so "recent" has a defined order.
type listFixture struct {
	*fixture
	figures []catalog.Charm
	series  *catalog.Series
	box     *Box
	items   []*Item // in creation order
}

func newListFixture(t *testing.T, d *db.DB) *listFixture {
	t.Helper()
	lf := &listFixture{fixture: newFixture(t, d)}
	lf.series, lf.figures = lf.blindBoxSeries(t)
	var err error
	if lf.box, err = lf.S.CreateBox(ctxBG, lf.A, "Tin", ""); err != nil {
		t.Fatal(err)
	}
	specs := []ItemInput{
		{CharmID: lf.figures[0].ID, AcquiredOn: "2026-01-10", Condition: "mint"},
		{CharmID: lf.figures[0].ID, AcquiredOn: "2026-03-02", Condition: "worn", Status: "for_trade"},
		{CharmID: lf.figures[1].ID, Title: "apple nickname", AcquiredOn: "2025-12-24", Visibility: "public"},
		{Title: "Zebra crochet", Category: "crochet", Materials: []string{"cotton"}, Source: "gift", BoxID: lf.box.ID},
		{Title: "Banana 100%_off", Category: "plush", AcquiredOn: "2026-03-02", Visibility: "public", Status: "for_trade"},
		{CharmID: lf.figures[2].ID, Title: "Apple too", Category: "crochet", BoxID: lf.box.ID, AcquiredOn: "2026-02-01"},
	}
	for _, in := range specs {
		lf.Now = lf.Now.Add(time.Minute)
		it, err := lf.S.CreateItem(ctxBG, lf.A, in)
		if err != nil {
			t.Fatalf("create %+v: %v", in, err)
		}
		lf.items = append(lf.items, it)
	}
	return lf
}

func (lf *listFixture) ids(idx ...int) []int64 {
	out := make([]int64, len(idx))
	for i, n := range idx {
		out[i] = lf.items[n].ID
	}
	return out
}

func TestItemsSortsAndPaginates(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		lf := newListFixture(t, d)
		// Item 3 was created at the same instant as item 2 so that the id
		// breaks the tie.
		if _, err := d.W.ExecContext(ctxBG, `UPDATE items SET created_at = $1 WHERE id = $2`, lf.items[2].CreatedAt, lf.items[3].ID); err != nil {
			t.Fatal(err)
		}
		names := []string{lf.figures[0].Name, lf.figures[0].Name, "apple nickname", "Zebra crochet", "Banana 100%_off", "Apple too"}
		byName := []int{0, 1, 2, 3, 4, 5}
		slices.SortStableFunc(byName, func(a, b int) int { return strings.Compare(strings.ToLower(names[a]), strings.ToLower(names[b])) })
		tests := []struct {
			sort string
			want []int64
		}{
			{"", lf.ids(5, 4, 3, 2, 1, 0)},
			{"recent", lf.ids(5, 4, 3, 2, 1, 0)},
			{"acquired", lf.ids(4, 1, 5, 0, 2, 3)}, // never-acquired last; equal dates newest id first
			{"name", lf.ids(byName...)},
		}
		for _, tc := range tests {
			for _, limit := range []int{1, 2, 4, 0} {
				ids, total := walkItems(t, lf.fixture, lf.A, lf.A, ItemFilter{Sort: tc.sort, Limit: limit})
				if total != 6 || !slices.Equal(ids, tc.want) {
					t.Errorf("sort %q limit %d: ids %v total %d, want %v", tc.sort, limit, ids, total, tc.want)
				}
			}
		}
	})
}

func TestItemsFilters(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		lf := newListFixture(t, d)
		f0 := lf.figures[0]
		tests := []struct {
			name   string
			viewer int64
			filter ItemFilter
			want   []int64
		}{
			{"QueryMatchesTitleCaseInsensitively", lf.A, ItemFilter{Query: "APPLE"}, lf.ids(5, 2)},
			{"QueryMatchesTheCharmNameWithoutTitle", lf.A, ItemFilter{Query: strings.ToUpper(f0.Name[1:4])}, idsNamed(lf, f0.Name[1:4])},
			{"QueryTreatsPatternCharactersLiterally", lf.A, ItemFilter{Query: "0%_o"}, lf.ids(4)},
			{"QueryPercentAloneMatchesOnlyPercent", lf.A, ItemFilter{Query: "%"}, lf.ids(4)},
			{"Status", lf.A, ItemFilter{Status: "for_trade"}, lf.ids(4, 1)},
			{"CategoryOwnWinsOverCharms", lf.A, ItemFilter{Category: "crochet"}, lf.ids(5, 3)},
			{"CategoryFromCharm", lf.A, ItemFilter{Category: f0.Category}, idsOfCategory(lf, f0.Category)},
			{"Condition", lf.A, ItemFilter{Condition: "worn"}, lf.ids(1)},
			{"Series", lf.A, ItemFilter{SeriesID: lf.series.ID}, lf.ids(5, 2, 1, 0)},
			{"Box", lf.A, ItemFilter{BoxID: lf.box.ID}, lf.ids(5, 3)},
			{"Visibility", lf.A, ItemFilter{Visibility: "public"}, lf.ids(4, 2)},
			{"Combined", lf.A, ItemFilter{Status: "for_trade", Visibility: "public"}, lf.ids(4)},
			{"OthersSeePublicOnly", lf.B, ItemFilter{}, lf.ids(4, 2)},
			{"VisitorsSeePublicOnly", 0, ItemFilter{Status: "for_trade"}, lf.ids(4)},
		}
		for _, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				page, err := lf.S.Items(ctxBG, tc.viewer, lf.A, tc.filter)
				if err != nil {
					t.Fatal(err)
				}
				var got []int64
				for _, it := range page.Items {
					got = append(got, it.ID)
				}
				if !slices.Equal(got, tc.want) || page.Total != len(tc.want) {
					t.Errorf("ids %v total %d, want %v", got, page.Total, tc.want)
				}
			})
		}
	})
}

// idsNamed lists, newest first, the fixture items whose display name
// contains part (case-insensitively).
func idsNamed(lf *listFixture, part string) []int64 {
	var out []int64
	for i := len(lf.items) - 1; i >= 0; i-- {
		if strings.Contains(strings.ToLower(lf.items[i].Name), strings.ToLower(part)) {
			out = append(out, lf.items[i].ID)
		}
	}
	return out
}

// idsOfCategory lists, newest first, the fixture items whose effective
// category (own, else the charm's) is cat.
func idsOfCategory(lf *listFixture, cat string) []int64 {
	var out []int64
	for i := len(lf.items) - 1; i >= 0; i-- {
		if lf.items[i].Category == cat {
			out = append(out, lf.items[i].ID)
		}
	}
	return out
}

func TestItemSummaryFields(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		lf := newListFixture(t, d)
		it := lf.items[0]
		second := mustPhoto(t, d, lf.A, it.ID, 1)
		main := mustPhoto(t, d, lf.A, it.ID, 0)
		page, err := lf.S.Items(ctxBG, lf.A, lf.A, ItemFilter{Condition: "mint", Query: lf.figures[0].Name})
		if err != nil || len(page.Items) != 1 {
			t.Fatalf("page = %+v, %v", page, err)
		}
		got := page.Items[0]
		charm, err := lf.Catalog.Charm(ctxBG, lf.figures[0].ID)
		if err != nil || charm.StudioName == "" {
			t.Fatalf("charm = %+v, %v", charm, err)
		}
		want := ItemSummary{ID: it.ID, OwnerID: lf.A, CharmID: lf.figures[0].ID, Name: lf.figures[0].Name,
			Category: lf.figures[0].Category, Condition: "mint", Status: "stored", Visibility: "private",
			AcquiredOn: "2026-01-10", PricePaid: 0, Currency: "CNY", SeriesID: lf.series.ID, SeriesName: lf.series.Name,
			StudioName: charm.StudioName, Rarity: lf.figures[0].Rarity, MainPhotoID: main, ThumbReady: true, CharmVersion: lf.figures[0].Version}
		if got != want {
			t.Errorf("summary =\n%+v\nwant\n%+v (second photo %d)", got, want, second)
		}
		oneOff := lf.items[3]
		page, _ = lf.S.Items(ctxBG, lf.A, lf.A, ItemFilter{Query: "zebra"})
		if s := page.Items[0]; s.ID != oneOff.ID || s.CharmID != 0 || s.Category != "crochet" || s.BoxID != lf.box.ID || s.SeriesID != 0 || s.MainPhotoID != 0 {
			t.Errorf("one-off summary = %+v", s)
		}
	})
}

func TestItemsLimitsAndRefusals(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		_, figures := f.blindBoxSeries(t)
		bulkItems(t, f, f.A, figures, MaxItemLimit+5)
		t.Run("DefaultAndCap", func(t *testing.T) {
			for _, tc := range []struct{ limit, want int }{{0, DefaultItemLimit}, {-3, DefaultItemLimit}, {7, 7}, {10000, MaxItemLimit}} {
				page, err := f.S.Items(ctxBG, f.A, f.A, ItemFilter{Limit: tc.limit})
				if err != nil || len(page.Items) != tc.want || page.Total != MaxItemLimit+5 || page.Next == "" {
					t.Errorf("limit %d: %d items, total %d, %v; want %d", tc.limit, len(page.Items), page.Total, err, tc.want)
				}
			}
		})
		t.Run("RefusesBadFilters", func(t *testing.T) {
			recent, _ := f.S.Items(ctxBG, f.A, f.A, ItemFilter{Limit: 1})
			for _, tc := range []struct {
				field  string
				filter ItemFilter
			}{
				{"status", ItemFilter{Status: "gone"}},
				{"condition", ItemFilter{Condition: "shiny"}},
				{"visibility", ItemFilter{Visibility: "friends"}},
				{"category", ItemFilter{Category: "spaceship"}},
				{"sort", ItemFilter{Sort: "price"}},
				{"cursor", ItemFilter{Cursor: "not-a-cursor"}},
				{"cursor", ItemFilter{Cursor: recent.Next, Sort: "name"}},
				{"series_id", ItemFilter{SeriesID: -1}},
			} {
				if _, err := f.S.Items(ctxBG, f.A, f.A, tc.filter); !errs.Is(err, errs.Invalid) || !hasField(err, tc.field) {
					t.Errorf("%+v: err = %v, want Invalid on %s", tc.filter, err, tc.field)
				}
			}
		})
		t.Run("EmptyCollection", func(t *testing.T) {
			page, err := f.S.Items(ctxBG, f.B, f.B, ItemFilter{})
			if err != nil || page.Total != 0 || page.Items == nil || len(page.Items) != 0 || page.Next != "" {
				t.Errorf("page = %+v, %v", page, err)
			}
		})
	})
}

// bulkItems adds n items of the given charms to owner's collection in one
// transaction, through the same insert CreateItem uses, with creation
// times a second apart and every other item carrying a photo.
func bulkItems(tb testing.TB, f *fixture, owner int64, charms []catalog.Charm, n int) {
	tb.Helper()
	conditions, statuses := Conditions, []string{"stored", "on_carrier", "for_trade"}
	start := f.Now
	err := f.DB.Tx(ctxBG, func(tx *sql.Tx) error {
		for i := range n {
			f.Now = start.Add(-time.Duration(n-i) * time.Second)
			in := ItemInput{CharmID: charms[i%len(charms)].ID, Condition: conditions[i%len(conditions)], Status: statuses[i%len(statuses)],
				Visibility: Visibilities[i%len(Visibilities)], Currency: "CNY", PricePaid: int64(1000 + i),
				AcquiredOn: start.AddDate(0, 0, -(i % 700)).Format(time.DateOnly)}
			if i%7 == 0 {
				in.CharmID, in.Title, in.Category = 0, "Handmade "+string(rune('a'+i%26)), "crochet"
			}
			id, err := f.S.insertItem(ctxBG, tx, owner, &in)
			if err != nil {
				return err
			}
			if i%2 == 0 {
				if _, err := tx.ExecContext(ctxBG, `INSERT INTO item_photos (item_id, owner_id, position, sha256, content_type, width, height, bytes, thumb_ready, created_at)
					VALUES ($1, $2, 0, 'abc', 'image/jpeg', 10, 10, 100, TRUE, $3)`, id, owner, f.Now); err != nil {
					return err
				}
			}
		}
		return nil
	})
	f.Now = start
	if err != nil {
		tb.Fatalf("bulk items: %v", err)
	}
}
