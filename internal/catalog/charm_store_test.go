package catalog

import (
	"reflect"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
)

func TestCharmStore(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		saved := f.mustSave(t, f.admin, f.sampleCharm("pm-macaron-01", "Labubu Exciting Macaron — Lychee Berry"))

		t.Run("CreateThenReadRoundTrips", func(t *testing.T) {
			got, err := f.s.Charm(ctxBG, saved.ID)
			if err != nil {
				t.Fatal(err)
			}
			want := *saved
			want.StudioName, want.StudioSlug = "Pop Mart", "pop-mart"
			want.IPName, want.IPSlug = "Labubu", "labubu"
			want.SeriesName, want.SeriesSlug = "Exciting Macaron", "exciting-macaron"
			if !got.CreatedAt.Equal(want.CreatedAt) || !got.UpdatedAt.Equal(want.UpdatedAt) {
				t.Fatalf("times %v/%v, want %v/%v", got.CreatedAt, got.UpdatedAt, want.CreatedAt, want.UpdatedAt)
			}
			got.CreatedAt, got.UpdatedAt = want.CreatedAt, want.UpdatedAt
			if !reflect.DeepEqual(*got, want) {
				t.Fatalf("read back\n%+v\nwant\n%+v", *got, want)
			}
			if got.Version != 1 {
				t.Fatalf("version %d, want 1", got.Version)
			}
		})
		t.Run("ByExternalID", func(t *testing.T) {
			got, err := f.s.CharmByExternalID(ctxBG, "pm-macaron-01")
			if err != nil || got.ID != saved.ID {
				t.Fatalf("got %v, %v", got, err)
			}
			_, err = f.s.CharmByExternalID(ctxBG, "nope")
			wantKind(t, err, errs.NotFound)
		})
		t.Run("UnknownIDIsNotFound", func(t *testing.T) {
			_, err := f.s.Charm(ctxBG, 999999)
			wantKind(t, err, errs.NotFound)
			c := f.sampleCharm("x-1", "Ghost")
			c.ID = 999999
			wantKind(t, f.s.SaveCharm(ctxBG, f.admin, &c, SourceAdmin), errs.NotFound)
		})
		t.Run("UpdateBumpsVersionAndKeepsCreation", func(t *testing.T) {
			c := *saved
			c.ListPrice, c.Themes, c.IPID, c.SeriesID, c.Rarity = 12900, []string{"kawaii", "food"}, 0, 0, ""
			if err := f.s.SaveCharm(ctxBG, f.mod, &c, SourceAdmin); err != nil {
				t.Fatal(err)
			}
			got, err := f.s.Charm(ctxBG, saved.ID)
			if err != nil {
				t.Fatal(err)
			}
			if got.Version != 2 || got.ListPrice != 12900 || !reflect.DeepEqual(got.Themes, []string{"kawaii", "food"}) ||
				got.IPID != 0 || got.IPName != "" || got.SeriesSlug != "" || !got.CreatedAt.Equal(saved.CreatedAt) {
				t.Fatalf("after update: %+v", got)
			}
			*saved = *got
		})
		t.Run("UnchangedSaveWritesNothing", func(t *testing.T) {
			c := *saved
			if err := f.s.SaveCharm(ctxBG, f.mod, &c, SourceAdmin); err != nil {
				t.Fatal(err)
			}
			if c.Version != saved.Version {
				t.Fatalf("version moved to %d", c.Version)
			}
		})
		t.Run("StaleVersionConflicts", func(t *testing.T) {
			c := *saved
			c.Version, c.Name = 1, "Old copy"
			err := f.s.SaveCharm(ctxBG, f.mod, &c, SourceAdmin)
			wantKind(t, err, errs.Conflict)
			if !strings.Contains(errs.Message(err), "changed") {
				t.Fatalf("message %q", errs.Message(err))
			}
		})
		t.Run("CollectorIsForbidden", func(t *testing.T) {
			c := f.sampleCharm("pm-x", "Nope")
			wantKind(t, f.s.SaveCharm(ctxBG, f.alice, &c, SourceAdmin), errs.Forbidden)
		})
		t.Run("MissingExternalIDIsGenerated", func(t *testing.T) {
			got := f.mustSave(t, system, f.sampleCharm("", "Generated id"))
			if !strings.HasPrefix(got.ExternalID, "ch-") || len(got.ExternalID) < 10 {
				t.Fatalf("external id %q", got.ExternalID)
			}
		})
		t.Run("UpdateWithoutExternalIDKeepsIt", func(t *testing.T) {
			c := *saved
			c.ExternalID, c.Description = "", "Kept its id."
			if err := f.s.SaveCharm(ctxBG, f.mod, &c, SourceAdmin); err != nil {
				t.Fatal(err)
			}
			if got, _ := f.s.Charm(ctxBG, saved.ID); got.ExternalID != "pm-macaron-01" || got.Description != "Kept its id." {
				t.Fatalf("after update %+v", got)
			}
			saved.Version, saved.Description, saved.UpdatedAt = c.Version, c.Description, c.UpdatedAt
		})
		t.Run("TakenExternalIDConflictsOnField", func(t *testing.T) {
			c := f.sampleCharm("pm-macaron-01", "Twin")
			err := f.s.SaveCharm(ctxBG, f.admin, &c, SourceAdmin)
			wantKind(t, err, errs.Conflict)
			if fe := errs.FieldsOf(err); len(fe) != 1 || fe[0].Field != "external_id" {
				t.Fatalf("fields %v", fe)
			}
		})
		t.Run("UnknownReferencesAreFieldErrors", func(t *testing.T) {
			c := f.sampleCharm("pm-refs", "Bad refs")
			c.StudioID, c.IPID, c.SeriesID = 777, 778, 779
			wantFields(t, f.s.SaveCharm(ctxBG, f.admin, &c, SourceAdmin), "studio_id", "ip_id", "series_id")
		})
		t.Run("ByIDsKeepsOrderAndSkipsMissing", func(t *testing.T) {
			a := f.mustSave(t, f.admin, f.sampleCharm("ord-a", "A"))
			b := f.mustSave(t, f.admin, f.sampleCharm("ord-b", "B"))
			got, err := f.s.CharmsByIDs(ctxBG, []int64{b.ID, 424242, saved.ID, a.ID})
			if err != nil {
				t.Fatal(err)
			}
			var ids []int64
			for _, c := range got {
				ids = append(ids, c.ID)
			}
			if want := []int64{b.ID, saved.ID, a.ID}; !reflect.DeepEqual(ids, want) {
				t.Fatalf("ids %v, want %v", ids, want)
			}
		})
	})
}

func TestSeriesCharmsOrdersRegularChaseSecretThenName(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		for i, fig := range []struct{ name, rarity string }{
			{"Zesty", "regular"}, {"Hidden One", "secret"}, {"Apple", "regular"}, {"Chaser", "chase"}, {"Banana", "regular"},
		} {
			c := f.sampleCharm("fig-"+string(rune('a'+i)), fig.name)
			c.Rarity = fig.rarity
			f.mustSave(t, f.admin, c)
		}
		other := f.sampleCharm("loose", "Not in series")
		other.SeriesID, other.Rarity = 0, ""
		f.mustSave(t, f.admin, other)

		got, err := f.s.SeriesCharms(ctxBG, f.series.ID)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, c := range got {
			names = append(names, c.Name)
		}
		if want := []string{"Apple", "Banana", "Zesty", "Chaser", "Hidden One"}; !reflect.DeepEqual(names, want) {
			t.Fatalf("order %v, want %v", names, want)
		}
		_, err = f.s.SeriesCharms(ctxBG, 31337)
		wantKind(t, err, errs.NotFound)
	})
}
