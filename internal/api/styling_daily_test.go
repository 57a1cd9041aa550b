package api_test

import (
	"net/http"
	"slices"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/api"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/styling/pick"
)

func TestDailyPick(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newEnv(t, d)
		t.Run("NothingToWearIsNotFound", func(t *testing.T) {
			e.do(http.MethodPost, "/api/v1/styling/today", e.aliceKey, map[string]any{"mood": "happy"}).problem(t, http.StatusNotFound)
			e.do(http.MethodGet, "/api/v1/styling/today", e.aliceKey, nil).problem(t, http.StatusNotFound)
		})
		lychee := e.mustItem(t, e.aliceKey, map[string]any{"charm_id": e.lychee.ID, "mood_tags": []string{"cozy"}})
		lion := e.mustItem(t, e.aliceKey, map[string]any{"charm_id": e.lion.ID})
		mine := []int64{lychee.ID, lion.ID}

		var picked api.DailyPick
		t.Run("PicksABestAndABackup", func(t *testing.T) {
			e.do(http.MethodPost, "/api/v1/styling/today", e.aliceKey, map[string]any{"mood": "cozy"}).decode(t, http.StatusOK, &picked)
			if picked.Mood != "cozy" || picked.Best == nil || picked.Backup == nil {
				t.Fatalf("pick %+v, want a best and a backup for cozy", picked)
			}
			if !slices.Contains(mine, picked.Best.ItemID) || !slices.Contains(mine, picked.Backup.ItemID) || picked.Best.ItemID == picked.Backup.ItemID {
				t.Errorf("picked %d and %d, want alice's two items", picked.Best.ItemID, picked.Backup.ItemID)
			}
			if picked.Best.Item == nil || picked.Best.Item.ID != picked.Best.ItemID || picked.Best.Code == "" || picked.Best.Reason == "" {
				t.Errorf("best %+v lacks its item or reason", picked.Best)
			}
			if _, err := time.Parse(time.DateOnly, picked.Day); err != nil || picked.Season == "" {
				t.Errorf("day %q season %q", picked.Day, picked.Season)
			}
			var again api.DailyPick
			e.do(http.MethodGet, "/api/v1/styling/today", e.aliceKey, nil).decode(t, http.StatusOK, &again)
			if again.Best == nil || again.Best.ItemID != picked.Best.ItemID || again.Day != picked.Day {
				t.Errorf("today %+v, want the pick %+v", again.Best, picked.Best)
			}
		})
		t.Run("FreeTextMapsToAMood", func(t *testing.T) {
			var p api.DailyPick
			e.do(http.MethodPost, "/api/v1/styling/today", e.aliceKey, map[string]any{"mood": "想安静一点"}).decode(t, http.StatusOK, &p)
			if !slices.Contains(pick.Moods, p.Mood) || p.MoodText != "想安静一点" {
				t.Errorf("mood %q text %q, want a mood and the text kept", p.Mood, p.MoodText)
			}
		})
		t.Run("WearTheBackup", func(t *testing.T) {
			e.do(http.MethodPost, "/api/v1/styling/today", e.aliceKey, map[string]any{"mood": "cozy"}).decode(t, http.StatusOK, &picked)
			var worn api.DailyPick
			e.do(http.MethodPost, "/api/v1/styling/today/wear", e.aliceKey, map[string]any{"item_id": picked.Backup.ItemID}).
				decode(t, http.StatusOK, &worn)
			if worn.Best == nil || worn.Best.ItemID != picked.Backup.ItemID || worn.Backup == nil || worn.Backup.ItemID != picked.Best.ItemID {
				t.Errorf("after wearing the backup: best %+v backup %+v", worn.Best, worn.Backup)
			}
		})
		t.Run("JournalOfTheMonth", func(t *testing.T) {
			var j struct{ Items []api.MoodEntry }
			e.do(http.MethodGet, "/api/v1/styling/journal?month="+picked.Day[:7], e.aliceKey, nil).decode(t, http.StatusOK, &j)
			if len(j.Items) != 1 || j.Items[0].Day != picked.Day || j.Items[0].ItemID != picked.Backup.ItemID || j.Items[0].Mood != "cozy" {
				t.Errorf("journal %+v, want today's one entry with the item worn", j.Items)
			}
			e.do(http.MethodGet, "/api/v1/styling/journal?month=2001-01", e.aliceKey, nil).decode(t, http.StatusOK, &j)
			if len(j.Items) != 0 {
				t.Errorf("journal of 2001-01 %+v, want empty", j.Items)
			}
		})
	})
}

func TestStylingSettings(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newEnv(t, d)
		var st api.StylingSettings
		e.do(http.MethodGet, "/api/v1/styling/settings", e.aliceKey, nil).decode(t, http.StatusOK, &st)
		if want := (api.StylingSettings{Style: "balanced", RotationDays: 30, Hemisphere: "north"}); st != want {
			t.Errorf("defaults %+v, want %+v", st, want)
		}
		want := api.StylingSettings{Style: "maximalist", RotationDays: 14, Hemisphere: "south"}
		e.do(http.MethodPut, "/api/v1/styling/settings", e.aliceKey, want).decode(t, http.StatusOK, &st)
		e.do(http.MethodGet, "/api/v1/styling/settings", e.aliceKey, nil).decode(t, http.StatusOK, &st)
		if st != want {
			t.Errorf("settings %+v, want %+v", st, want)
		}
	})
}
