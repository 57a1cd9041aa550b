package api_test

import (
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/api"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
)

func TestStylingValidation(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newEnv(t, d)
		it := e.mustItem(t, e.aliceKey, map[string]any{"charm_id": e.lion.ID})
		bag := e.mustCarrier(t, e.aliceKey, map[string]any{"kind": "backpack", "name": "Backpack"})
		cases := []struct {
			name, method, path string
			body               any
			want               []string // locations, or the field whose part is located
		}{
			{"UnknownKindAndEmptyName", http.MethodPost, "/api/v1/styling/carriers", map[string]any{"kind": "spaceship", "name": ""},
				[]string{"body.kind", "body.name"}},
			{"BadSizeColourAndWeight", http.MethodPost, "/api/v1/styling/carriers",
				map[string]any{"kind": "tote", "name": "T", "size": "XL", "colour": "plaid", "weight_limit_g": 9000},
				[]string{"body.size", "body.colour", "body.weight_limit_g"}},
			{"UnknownDressCode", http.MethodPut, carrierPath(bag.ID, ""), map[string]any{"kind": "backpack", "name": "B", "dress_code": "gala"},
				[]string{"body.dress_code"}},
			{"TooManyPoints", http.MethodPut, carrierPath(bag.ID, ""),
				map[string]any{"kind": "backpack", "name": "B", "points": strings.Split("a b c d e f g h i j k l m", " ")},
				[]string{"body.points"}},
			{"DuplicatePoints", http.MethodPut, carrierPath(bag.ID, ""),
				map[string]any{"kind": "backpack", "name": "B", "points": []string{"loop", "loop"}}, []string{"body.points"}},
			{"PlacementWithoutItem", http.MethodPut, carrierPath(bag.ID, "/loadout"), loadoutBody("", place{0, "zip_pull_left"}),
				[]string{"body.placements[0].item_id"}},
			{"UnknownPoint", http.MethodPut, carrierPath(bag.ID, "/loadout"), loadoutBody("", place{it.ID, "hood"}),
				[]string{"body.placements"}},
			{"ItemPlacedTwice", http.MethodPut, carrierPath(bag.ID, "/loadout"),
				loadoutBody("", place{it.ID, "zip_pull_left"}, place{it.ID, "strap_left"}), []string{"body.placements"}},
			{"LongNote", http.MethodPut, carrierPath(bag.ID, "/loadout"), loadoutBody(strings.Repeat("n", 501)),
				[]string{"body.note"}},
			{"BadSettings", http.MethodPut, "/api/v1/styling/settings",
				map[string]any{"style": "loud", "rotation_days": 0, "hemisphere": "east"},
				[]string{"body.style", "body.rotation_days", "body.hemisphere"}},
			{"EmptyMood", http.MethodPost, "/api/v1/styling/today", map[string]any{"mood": ""}, []string{"body.mood"}},
			{"MoodNothingMapsTo", http.MethodPost, "/api/v1/styling/today", map[string]any{"mood": "zxqv qwrt"}, []string{"body.mood"}},
			{"WearWithoutItem", http.MethodPost, "/api/v1/styling/today/wear", map[string]any{"item_id": 0}, []string{"body.item_id"}},
			{"BadMonth", http.MethodGet, "/api/v1/styling/journal?month=2026-13", nil, []string{"query.month"}},
			{"UnknownAttachmentAndMood", http.MethodPut, fmt.Sprintf("/api/v1/collection/items/%d", it.ID),
				map[string]any{"charm_id": e.lion.ID, "attachment": "glue", "mood_tags": []string{"grumpy"}},
				[]string{"body.attachment", "body.mood_tags"}},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				got := e.do(tc.method, tc.path, e.aliceKey, tc.body).problem(t, http.StatusUnprocessableEntity).locations()
				for _, w := range tc.want {
					if !slices.ContainsFunc(got, func(l string) bool { return l == w || strings.HasPrefix(l, w+".") || strings.HasPrefix(l, w+"[") }) {
						t.Errorf("locations %v, want %s", got, w)
					}
				}
			})
		}
		t.Run("NothingChanged", func(t *testing.T) {
			c := e.getCarrier(t, e.aliceKey, bag.ID)
			if c.Name != "Backpack" || c.Current != nil {
				t.Errorf("carrier %+v, want it as created", c)
			}
			if got := e.getItem(t, e.aliceKey, it.ID); got.Status != "stored" || got.Attachment != "" {
				t.Errorf("item %+v, want it unchanged", got)
			}
		})
	})
}

func TestItemStylingFields(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newEnv(t, d)
		it := e.mustItem(t, e.aliceKey, map[string]any{"charm_id": e.lychee.ID, "attachment": "carabiner", "mood_tags": []string{"cozy", "happy"}})
		if it.Attachment != "carabiner" || !slices.Equal(it.MoodTags, []string{"cozy", "happy"}) {
			t.Fatalf("created %q %v, want carabiner [cozy happy]", it.Attachment, it.MoodTags)
		}
		var up api.Item
		e.do(http.MethodPut, fmt.Sprintf("/api/v1/collection/items/%d", it.ID), e.aliceKey, map[string]any{"charm_id": e.lychee.ID,
			"title": "Renamed", "attachment": "carabiner", "mood_tags": []string{"calm"}}).decode(t, http.StatusOK, &up)
		got := e.getItem(t, e.aliceKey, it.ID)
		for _, x := range []api.Item{up, got} {
			if x.Title != "Renamed" || x.Attachment != "carabiner" || !slices.Equal(x.MoodTags, []string{"calm"}) {
				t.Errorf("after PUT %q %q %v, want Renamed carabiner [calm]", x.Title, x.Attachment, x.MoodTags)
			}
		}
		plain := e.mustItem(t, e.aliceKey, map[string]any{"charm_id": e.lion.ID})
		if plain.Attachment != "" || plain.MoodTags == nil || len(plain.MoodTags) != 0 {
			t.Errorf("item without them: %q %v, want none and []", plain.Attachment, plain.MoodTags)
		}
	})
}
