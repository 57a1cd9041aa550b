package collection

import (
	"slices"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
)

// oneOff adds a one-off item of the given materials acquired on a date.
func (f *fixture) oneOff(t testing.TB, owner int64, title, acquired string, materials ...string) *Item {
	t.Helper()
	it, err := f.S.CreateItem(ctxBG, owner, ItemInput{Title: title, AcquiredOn: acquired, Materials: materials})
	if err != nil {
		t.Fatalf("create %s: %v", title, err)
	}
	return it
}

func TestItemCare(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d) // today is 2026-06-15
		_, figures := f.blindBoxSeries(t)
		fox := f.oneOff(t, f.A, "Knit fox", "2026-05-01", "wool_yarn", "cotton", "plush_fabric", "brass", "zinc_alloy")

		t.Run("OneTaskPerCareFamilyFromAcquisition", func(t *testing.T) {
			got, err := f.S.ItemCare(ctxBG, f.A, fox.ID)
			want := []CareTask{
				{Task: "polish_metal", EveryDays: 90, DueOn: "2026-07-30", MaterialOf: "metal"},
				{Task: "spot_clean", EveryDays: 60, DueOn: "2026-06-30", MaterialOf: "soft"},
				{Task: "reshape_knit", EveryDays: 90, DueOn: "2026-07-30", MaterialOf: "knit"},
			}
			if err != nil || !slices.Equal(got, want) {
				t.Errorf("care = %+v, %v\nwant %+v", got, err, want)
			}
		})
		t.Run("DueOnTheDayAndAfter", func(t *testing.T) {
			defer func(now time.Time) { f.Now = now }(f.Now)
			for _, tc := range []struct {
				day string
				due bool
			}{{"2026-06-29", false}, {"2026-06-30", true}, {"2026-09-01", true}} {
				f.Now, _ = time.Parse(time.DateOnly, tc.day)
				got, _ := f.S.ItemCare(ctxBG, f.A, fox.ID)
				if got[1].Task != "spot_clean" || got[1].Due != tc.due {
					t.Errorf("on %s: %+v, want due %v", tc.day, got[1], tc.due)
				}
			}
		})
		t.Run("MarkCaredRestartsTheClock", func(t *testing.T) {
			defer func(now time.Time) { f.Now = now }(f.Now)
			f.Now = time.Date(2026, 7, 2, 9, 0, 0, 0, time.UTC)
			if err := f.S.MarkCared(ctxBG, f.A, fox.ID, "spot_clean"); err != nil {
				t.Fatal(err)
			}
			f.Now = f.Now.AddDate(0, 0, 3)
			if err := f.S.MarkCared(ctxBG, f.A, fox.ID, "spot_clean"); err != nil {
				t.Fatal(err)
			}
			got, _ := f.S.ItemCare(ctxBG, f.A, fox.ID)
			if sc := got[1]; sc.LastDone != "2026-07-05" || sc.DueOn != "2026-09-03" || sc.Due {
				t.Errorf("spot_clean = %+v", sc)
			}
			if pm := got[0]; pm.LastDone != "" || pm.DueOn != "2026-07-30" || pm.Due {
				t.Errorf("polish_metal = %+v, want untouched", pm)
			}
		})
		t.Run("MarkCaredRefusesTasksTheItemDoesNotHave", func(t *testing.T) {
			for _, task := range []string{"store_beads_flat", "dance", ""} {
				if err := f.S.MarkCared(ctxBG, f.A, fox.ID, task); !errs.Is(err, errs.Invalid) || !hasField(err, "task") {
					t.Errorf("task %q: %v", task, err)
				}
			}
		})
		t.Run("OwnMaterialsWinOverTheCharms", func(t *testing.T) {
			it := f.mustItem(t, f.A, figures[0].ID, func(in *ItemInput) { in.Materials = []string{"glass_beads", "pearl"} })
			got, err := f.S.ItemCare(ctxBG, f.A, it.ID)
			if err != nil || len(got) != 1 || got[0].Task != "store_beads_flat" || got[0].DueOn != "2026-10-28" {
				t.Errorf("care = %+v, %v", got, err)
			}
		})
		t.Run("CharmMaterialsWithoutOwn", func(t *testing.T) {
			it := f.mustItem(t, f.A, figures[0].ID)
			charm, err := f.Catalog.Charm(ctxBG, figures[0].ID)
			if err != nil || len(charm.Materials) == 0 {
				t.Fatalf("charm materials: %v, %v", charm, err)
			}
			want := map[string]bool{}
			for _, m := range charm.Materials {
				want[catalog.CareFamily[catalog.MaterialFamily[m]]] = true
			}
			got, err := f.S.ItemCare(ctxBG, f.A, it.ID)
			if err != nil || len(got) != len(want) {
				t.Fatalf("care = %+v, %v; want families %v", got, err, want)
			}
			for _, task := range got {
				if !want[task.MaterialOf] {
					t.Errorf("task %+v is not asked for by %v", task, charm.Materials)
				}
			}
		})
		t.Run("CountsFromCreationWithoutAcquisitionDate", func(t *testing.T) {
			it := f.oneOff(t, f.A, "Found plush", "", "plush_fabric")
			got, err := f.S.ItemCare(ctxBG, f.A, it.ID)
			if err != nil || len(got) != 1 || got[0].DueOn != "2026-08-14" {
				t.Errorf("care = %+v, %v", got, err)
			}
		})
		t.Run("NoMaterialsNoTasks", func(t *testing.T) {
			it := f.oneOff(t, f.A, "Mystery", "")
			got, err := f.S.ItemCare(ctxBG, f.A, it.ID)
			if err != nil || got == nil || len(got) != 0 {
				t.Errorf("care = %#v, %v", got, err)
			}
		})
	})
}

func TestCareDue(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)                                                          // today is 2026-06-15
		oldest := f.oneOff(t, f.A, "Oldest plush", "2026-03-01", "cotton")             // spot_clean due 04-30
		mixed := f.oneOff(t, f.A, "Brass bear", "2026-04-01", "brass", "plush_fabric") // spot_clean 05-31; polish 06-30
		knit := f.oneOff(t, f.A, "Wool cat", "2026-03-10", "acrylic_yarn")             // reshape_knit 06-08
		f.oneOff(t, f.A, "New plush", "2026-06-01", "cotton")                          // 07-31: not due
		f.oneOff(t, f.A, "Mystery", "2025-01-01")                                      // no tasks
		cared := f.oneOff(t, f.A, "Washed plush", "2026-01-01", "cotton")              // cared today
		f.oneOff(t, f.B, "Bob's old plush", "2025-01-01", "cotton")                    // someone else's
		for _, status := range []string{"lost", "stolen", "recycled", "lent"} {
			it := f.oneOff(t, f.A, "Gone "+status, "2025-01-01", "cotton")
			if err := f.S.SetStatus(ctxBG, f.A, it.ID, status, ""); err != nil {
				t.Fatal(err)
			}
		}
		if err := f.S.SetStatus(ctxBG, f.A, oldest.ID, "for_trade", ""); err != nil {
			t.Fatal(err)
		}
		if err := f.S.MarkCared(ctxBG, f.A, cared.ID, "spot_clean"); err != nil {
			t.Fatal(err)
		}

		due, err := f.S.CareDue(ctxBG, f.A)
		if err != nil {
			t.Fatal(err)
		}
		type line struct {
			id    int64
			tasks []string
			first string
		}
		var got []line
		for _, cd := range due {
			l := line{id: cd.Item.ID, first: cd.Tasks[0].DueOn}
			for _, task := range cd.Tasks {
				l.tasks = append(l.tasks, task.Task)
			}
			got = append(got, l)
		}
		want := []line{
			{oldest.ID, []string{"spot_clean"}, "2026-04-30"},
			{mixed.ID, []string{"spot_clean"}, "2026-05-31"},
			{knit.ID, []string{"reshape_knit"}, "2026-06-08"},
		}
		if !slices.EqualFunc(got, want, func(a, b line) bool {
			return a.id == b.id && a.first == b.first && slices.Equal(a.tasks, b.tasks)
		}) {
			t.Errorf("due = %+v\nwant %+v", got, want)
		}
		if len(due) > 0 && (due[0].Item.Name != "Oldest plush" || due[0].Item.Status != "for_trade") {
			t.Errorf("summary = %+v", due[0].Item)
		}
		if other, err := f.S.CareDue(ctxBG, f.B); err != nil || len(other) != 1 || other[0].Item.OwnerID != f.B {
			t.Errorf("B's due list = %+v, %v", other, err)
		}
	})
}
