package styling

import (
	"reflect"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/styling/pick"
)

// journalOf reads owner's journal of June 2026.
func journalOf(t testing.TB, f *fixture, owner int64) []MoodEntry {
	t.Helper()
	es, err := f.S.Journal(ctxBG, owner, "2026-06")
	if err != nil {
		t.Fatal(err)
	}
	return es
}

func mustPick(t testing.TB, f *fixture, owner int64, mood string) *DailyPick {
	t.Helper()
	p, err := f.S.PickToday(ctxBG, owner, mood)
	if err != nil {
		t.Fatalf("pick %q: %v", mood, err)
	}
	return p
}

func TestPickToday(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		t.Run("NoItemsIsNotFound", func(t *testing.T) {
			if _, err := f.S.PickToday(ctxBG, f.A, "happy"); !errs.Is(err, errs.NotFound) {
				t.Fatalf("got %v, want NotFound", err)
			}
		})
		ids := adviceItems(t, f, f.A, 4)
		cozy := f.mustItem(t, f.A, f.charms(t, 1)[0].ID, func(in *collection.ItemInput) { in.MoodTags = []string{"cozy"} })
		ids = append(ids, cozy.ID)
		lost := f.mustItem(t, f.A, f.charms(t, 1)[0].ID, func(in *collection.ItemInput) { in.Status = "lost"; in.MoodTags = []string{"calm"} })

		t.Run("PicksFromOwnWearableItemsAndRecordsIt", func(t *testing.T) {
			p := mustPick(t, f, f.A, "Cozy")
			if p.Day != "2026-06-15" || p.Mood != "cozy" || p.MoodText != "" || p.Season != pick.Season(f.Now, "north") {
				t.Errorf("pick %q %q %q %q", p.Day, p.Mood, p.MoodText, p.Season)
			}
			if p.Best == nil || p.Backup == nil || p.Best.ItemID == p.Backup.ItemID || p.Best.Reason == "" {
				t.Fatalf("best %+v backup %+v", p.Best, p.Backup)
			}
			if p.Best.ItemID != cozy.ID {
				t.Errorf("best %d, want the item tagged cozy %d", p.Best.ItemID, cozy.ID)
			}
			if p.BestItem == nil || p.BestItem.ID != p.Best.ItemID || p.BackupItem == nil || p.BackupItem.ID != p.Backup.ItemID {
				t.Fatalf("items %+v %+v", p.BestItem, p.BackupItem)
			}
			es := journalOf(t, f, f.A)
			if len(es) != 1 || es[0].ItemID != p.Best.ItemID || es[0].BackupItemID != p.Backup.ItemID || es[0].Reason != p.Best.Reason || es[0].Mood != "cozy" {
				t.Fatalf("journal %+v", es)
			}
		})
		t.Run("NeverProposesItemsNotAtHand", func(t *testing.T) {
			p := mustPick(t, f, f.A, "calm")
			if p.Best.ItemID == lost.ID || p.Backup.ItemID == lost.ID {
				t.Errorf("proposed the lost item: %+v %+v", p.Best, p.Backup)
			}
		})
		t.Run("SecondPickOfTheDayReplacesTheFirst", func(t *testing.T) {
			p := mustPick(t, f, f.A, "happy")
			es := journalOf(t, f, f.A)
			if len(es) != 1 || es[0].Mood != "happy" || es[0].ItemID != p.Best.ItemID {
				t.Fatalf("journal %+v, want one happy entry", es)
			}
		})
		t.Run("FreeTextKeepsTheWords", func(t *testing.T) {
			p := mustPick(t, f, f.A, "  想安静一点  ")
			if p.Mood != "calm" || p.MoodText != "想安静一点" {
				t.Errorf("mood %q text %q", p.Mood, p.MoodText)
			}
			if es := journalOf(t, f, f.A); len(es) != 1 || es[0].MoodText != "想安静一点" {
				t.Errorf("journal %+v", es)
			}
		})
		t.Run("NextDayIsANewEntry", func(t *testing.T) {
			f.Now = f.Now.Add(24 * time.Hour)
			defer func() { f.Now = f.Now.Add(-24 * time.Hour) }()
			mustPick(t, f, f.A, "brave")
			if es := journalOf(t, f, f.A); len(es) != 2 || es[1].Day != "2026-06-16" {
				t.Errorf("journal %+v", es)
			}
		})
		t.Run("OtherOwnersPickFromTheirOwnItemsOnly", func(t *testing.T) {
			if _, err := f.S.PickToday(ctxBG, f.B, "cozy"); !errs.Is(err, errs.NotFound) {
				t.Fatalf("B without items: %v, want NotFound", err)
			}
			theirs := adviceItems(t, f, f.B, 1)[0]
			p := mustPick(t, f, f.B, "cozy")
			if p.Best.ItemID != theirs || p.Backup != nil || p.BackupItem != nil {
				t.Errorf("B's pick %+v backup %+v, want only B's item %d", p.Best, p.Backup, theirs)
			}
			if es := journalOf(t, f, f.A); len(es) != 2 {
				t.Errorf("A's journal changed: %+v", es)
			}
		})
	})
}

func TestPickTodayRefusesMoods(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		adviceItems(t, f, f.A, 2)
		long := make([]rune, maxMoodText+1)
		for i := range long {
			long[i] = '好'
		}
		for _, mood := range []string{"", "   ", "xyzzy qwerty", string(long)} {
			_, err := f.S.PickToday(ctxBG, f.A, mood)
			if fe := errs.FieldsOf(err); !errs.Is(err, errs.Invalid) || len(fe) != 1 || fe[0].Field != "mood" {
				t.Errorf("mood %.20q: %v, want Invalid on mood", mood, err)
			}
		}
		if es := journalOf(t, f, f.A); len(es) != 0 {
			t.Errorf("refused moods were recorded: %+v", es)
		}
	})
}

func TestToday(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		adviceItems(t, f, f.A, 4)
		if _, err := f.S.Today(ctxBG, f.A); !errs.Is(err, errs.NotFound) {
			t.Fatalf("before any pick: %v, want NotFound", err)
		}
		p := mustPick(t, f, f.A, "focused")
		got, err := f.S.Today(ctxBG, f.A)
		if err != nil {
			t.Fatal(err)
		}
		if got.Mood != "focused" || got.Day != p.Day || got.Season != p.Season {
			t.Errorf("today %+v", got)
		}
		if !reflect.DeepEqual(got.Best, p.Best) || !reflect.DeepEqual(got.Backup, p.Backup) {
			t.Errorf("best %+v backup %+v, want %+v %+v", got.Best, got.Backup, p.Best, p.Backup)
		}
		if got.BestItem == nil || got.BestItem.ID != p.Best.ItemID {
			t.Errorf("best item %+v", got.BestItem)
		}
		t.Run("OtherOwnersHaveNone", func(t *testing.T) {
			if _, err := f.S.Today(ctxBG, f.B); !errs.Is(err, errs.NotFound) {
				t.Errorf("B: %v, want NotFound", err)
			}
		})
		t.Run("TomorrowHasNoneYet", func(t *testing.T) {
			f.Now = f.Now.Add(24 * time.Hour)
			defer func() { f.Now = f.Now.Add(-24 * time.Hour) }()
			if _, err := f.S.Today(ctxBG, f.A); !errs.Is(err, errs.NotFound) {
				t.Errorf("tomorrow: %v, want NotFound", err)
			}
		})
	})
}
