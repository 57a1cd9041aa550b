package styling

import (
	"testing"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
)

func TestWear(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		ids := adviceItems(t, f, f.A, 5)
		lent := f.mustItem(t, f.A, f.charms(t, 1)[0].ID, func(in *collection.ItemInput) { in.Status = "lent" })
		theirs := adviceItems(t, f, f.B, 1)[0]
		if err := f.S.Wear(ctxBG, f.A, ids[0]); !errs.Is(err, errs.NotFound) {
			t.Fatalf("wear before any pick: %v, want NotFound", err)
		}
		p := mustPick(t, f, f.A, "happy")
		best, backup := p.Best.ItemID, p.Backup.ItemID

		t.Run("TheBackupSwapsWithTheBest", func(t *testing.T) {
			if err := f.S.Wear(ctxBG, f.A, backup); err != nil {
				t.Fatal(err)
			}
			got, err := f.S.Today(ctxBG, f.A)
			if err != nil {
				t.Fatal(err)
			}
			if got.Best.ItemID != backup || got.Backup.ItemID != best {
				t.Fatalf("best %d backup %d, want %d %d", got.Best.ItemID, got.Backup.ItemID, backup, best)
			}
			if got.Best.Reason != p.Backup.Reason || got.Best.Code != p.Backup.Code || got.BestItem.ID != backup {
				t.Errorf("best %+v, want the backup's reason %+v", got.Best, p.Backup)
			}
			if es := journalOf(t, f, f.A); es[0].ItemID != backup || es[0].Reason != p.Backup.Reason {
				t.Errorf("journal %+v", es[0])
			}
		})
		t.Run("WearingTheSameItemChangesNothing", func(t *testing.T) {
			if err := f.S.Wear(ctxBG, f.A, backup); err != nil {
				t.Fatal(err)
			}
			if es := journalOf(t, f, f.A); es[0].ItemID != backup || es[0].BackupItemID != best {
				t.Errorf("journal %+v", es[0])
			}
		})
		t.Run("AnyOtherItemOfTheirs", func(t *testing.T) {
			var other int64
			for _, id := range ids {
				if id != best && id != backup {
					other = id
					break
				}
			}
			if err := f.S.Wear(ctxBG, f.A, other); err != nil {
				t.Fatal(err)
			}
			es := journalOf(t, f, f.A)
			if es[0].ItemID != other || es[0].BackupItemID != backup || es[0].Reason == "" {
				t.Errorf("journal %+v, want %d with backup %d", es[0], other, backup)
			}
		})
		before := journalOf(t, f, f.A)[0]
		tests := []struct {
			name  string
			owner int64
			item  int64
			kind  errs.Kind
		}{
			{"SomeoneElsesItem", f.A, theirs, errs.NotFound},
			{"MissingItem", f.A, 999999, errs.NotFound},
			{"ItemNotAtHand", f.A, lent.ID, errs.Invalid},
			{"OtherOwnerWithOwnersItem", f.B, ids[0], errs.NotFound},
			{"OtherOwnerWithoutAPick", f.B, theirs, errs.NotFound},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				if err := f.S.Wear(ctxBG, tt.owner, tt.item); !errs.Is(err, tt.kind) {
					t.Fatalf("got %v, want %v", err, tt.kind)
				}
				if after := journalOf(t, f, f.A)[0]; after != before {
					t.Errorf("journal changed: %+v, was %+v", after, before)
				}
			})
		}
	})
}

func TestJournal(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		cs := f.charms(t, 2)
		named := f.mustItem(t, f.A, cs[0].ID, func(in *collection.ItemInput) { in.Title = "Lucky cat" })
		plain := f.mustItem(t, f.A, cs[1].ID)
		for _, day := range []string{"2026-05-31", "2026-06-01", "2026-06-30", "2026-07-01"} {
			adviceJournalDay(t, f, f.A, day, named.ID)
		}
		adviceExec(t, f, `UPDATE mood_journal SET item_id = $1, mood = 'cozy', mood_text = 'rainy' WHERE day = '2026-06-30'`, plain.ID)
		adviceJournalDay(t, f, f.B, "2026-06-10", adviceItems(t, f, f.B, 1)[0])

		t.Run("EntriesOfTheMonthByDayWithItemNames", func(t *testing.T) {
			es, err := f.S.Journal(ctxBG, f.A, "2026-06")
			if err != nil {
				t.Fatal(err)
			}
			if len(es) != 2 || es[0].Day != "2026-06-01" || es[1].Day != "2026-06-30" {
				t.Fatalf("entries %+v", es)
			}
			if es[0].ItemName != "Lucky cat" || es[1].ItemName != cs[1].Name || es[1].Mood != "cozy" || es[1].MoodText != "rainy" {
				t.Errorf("entries %+v", es)
			}
		})
		t.Run("EmptyMonthIsThisMonth", func(t *testing.T) {
			es, err := f.S.Journal(ctxBG, f.A, "")
			if err != nil || len(es) != 2 || es[0].Day != "2026-06-01" {
				t.Errorf("this month: %+v, %v", es, err)
			}
		})
		t.Run("DeletedItemLeavesTheDay", func(t *testing.T) {
			if err := f.Col.DeleteItem(ctxBG, f.A, plain.ID); err != nil {
				t.Fatal(err)
			}
			es, err := f.S.Journal(ctxBG, f.A, "2026-06")
			if err != nil || len(es) != 2 || es[1].ItemID != 0 || es[1].ItemName != "" || es[1].Mood != "cozy" {
				t.Errorf("entries %+v, %v", es, err)
			}
		})
		t.Run("OtherOwnersJournalIsInvisible", func(t *testing.T) {
			es, err := f.S.Journal(ctxBG, f.B, "2026-06")
			if err != nil || len(es) != 1 || es[0].Day != "2026-06-10" {
				t.Errorf("B's journal %+v, %v", es, err)
			}
			if es, _ := f.S.Journal(ctxBG, f.B, "2026-07"); len(es) != 0 {
				t.Errorf("B sees A's July: %+v", es)
			}
		})
		for _, month := range []string{"2026-13", "june", "2026-6", "2026-06-01"} {
			t.Run("RefusesMonth"+month, func(t *testing.T) {
				if _, err := f.S.Journal(ctxBG, f.A, month); !errs.Is(err, errs.Invalid) {
					t.Errorf("got %v, want Invalid", err)
				}
			})
		}
	})
}
