package catalog

import (
	"reflect"
	"strconv"
	"testing"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
)

func TestRevisionHistoryRecordsWhoChangedWhat(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		c := f.sampleCharm("rev-1", "Jade Rabbit")
		c.IPID, c.SeriesID, c.Rarity, c.Colours = 0, 0, "", nil
		saved := f.mustSave(t, f.admin, c)

		edit := *saved
		edit.Name, edit.ListPrice, edit.Official = "Jade Rabbit (Moon Festival)", 12800, false
		if err := f.s.SaveCharm(ctxBG, f.mod, &edit, SourceAdmin); err != nil {
			t.Fatal(err)
		}
		again := edit
		if err := f.s.SaveCharm(ctxBG, f.mod, &again, SourceAdmin); err != nil { // no change: no revision
			t.Fatal(err)
		}

		revs, err := f.s.Revisions(ctxBG, saved.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(revs) != 2 {
			t.Fatalf("%d revisions, want 2: %+v", len(revs), revs)
		}
		t.Run("NewestFirstWithUsernames", func(t *testing.T) {
			if revs[0].Version != 2 || revs[0].Username != "mo" || revs[0].UserID != f.mod.UserID || revs[0].Source != SourceAdmin {
				t.Fatalf("newest %+v", revs[0])
			}
			if revs[1].Version != 1 || revs[1].Username != "ada" {
				t.Fatalf("oldest %+v", revs[1])
			}
		})
		t.Run("EditListsChangedFieldsOnly", func(t *testing.T) {
			want := []Change{
				{Field: "name", Old: "Jade Rabbit", New: "Jade Rabbit (Moon Festival)"},
				{Field: "list_price", Old: "9900", New: "12800"},
				{Field: "official", Old: "true", New: "false"},
			}
			if !reflect.DeepEqual(revs[0].Changes, want) {
				t.Fatalf("changes %+v, want %+v", revs[0].Changes, want)
			}
		})
		t.Run("CreationListsNonEmptyFields", func(t *testing.T) {
			got := map[string]string{}
			for _, ch := range revs[1].Changes {
				if ch.Old != "" {
					t.Errorf("creation change %+v has an old value", ch)
				}
				got[ch.Field] = ch.New
			}
			want := map[string]string{
				"external_id": "rev-1", "name": "Jade Rabbit", "name_zh": "心动马卡龙", "studio_id": strconv.FormatInt(f.studio.ID, 10),
				"category": "plush", "materials": "plush_fabric,zinc_alloy", "themes": "kawaii", "width_mm": "80",
				"height_mm": "170", "weight_g": "60", "release_date": "2023-10-27", "list_price": "9900", "currency": "CNY",
				"region": "east_asia", "description": "A vinyl-face plush pendant.", "official": "true",
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("creation fields\n%v\nwant\n%v", got, want)
			}
		})
		t.Run("SystemWritesHaveNoUser", func(t *testing.T) {
			sys := f.mustSave(t, system, f.sampleCharm("rev-sys", "Demo charm"))
			revs, err := f.s.Revisions(ctxBG, sys.ID)
			if err != nil || len(revs) != 1 || revs[0].UserID != 0 || revs[0].Username != "" {
				t.Fatalf("system revisions %+v %v", revs, err)
			}
		})
		t.Run("UnknownCharmIsNotFound", func(t *testing.T) {
			_, err := f.s.Revisions(ctxBG, 987654)
			wantKind(t, err, errs.NotFound)
		})
	})
}
