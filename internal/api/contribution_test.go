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

type contributionPage struct {
	Items []api.Contribution `json:"items"`
	Total int                `json:"total"`
	Next  string             `json:"next"`
}

func ids(cs []api.Contribution) []int64 {
	out := make([]int64, len(cs))
	for i, c := range cs {
		out[i] = c.ID
	}
	return out
}

func TestContributionFlow(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newEnv(t, d)

		// Alice proposes a new price for the lion; bob proposes a new charm.
		var edit api.Contribution
		r := e.do(http.MethodPost, "/api/v1/contributions", e.aliceKey, map[string]any{
			"charm_id": e.lion.ID, "note": "new price at the museum shop",
			"charm": map[string]any{"list_price": 7900},
		})
		r.decode(t, http.StatusCreated, &edit)
		if want := fmt.Sprintf("/api/v1/contributions/%d", edit.ID); r.Header().Get("Location") != want {
			t.Errorf("Location %q, want %q", r.Header().Get("Location"), want)
		}
		if edit.Status != "pending" || edit.Author.ID != e.alice.ID || edit.CharmID != e.lion.ID {
			t.Errorf("edit %+v", edit)
		}
		// Fields left out keep the charm's current values.
		if edit.Proposed.ListPrice != 7900 || edit.Proposed.Name != "Guardian Lion Charm" || !slices.Equal(edit.Proposed.Materials, e.lion.Materials) {
			t.Errorf("proposed %+v, want the lion with the new price", edit.Proposed)
		}
		var added api.Contribution
		e.do(http.MethodPost, "/api/v1/contributions", e.bobKey, map[string]any{
			"charm": map[string]any{"name": "Nine-Dragon Wall Pin", "studio_id": e.museum.ID, "category": "metal_enamel",
				"materials": []string{"brass", "enamel"}, "list_price": 5900, "currency": "CNY", "region": "east_asia"},
		}).decode(t, http.StatusCreated, &added)

		t.Run("CollectorsListOnlyTheirOwn", func(t *testing.T) {
			var page contributionPage
			e.do(http.MethodGet, "/api/v1/contributions", e.aliceKey, nil).decode(t, http.StatusOK, &page)
			if !slices.Equal(ids(page.Items), []int64{edit.ID}) || page.Total != 1 {
				t.Errorf("alice sees %v (total %d), want only [%d]", ids(page.Items), page.Total, edit.ID)
			}
			e.do(http.MethodGet, "/api/v1/contributions?status=pending", e.modKey, nil).decode(t, http.StatusOK, &page)
			if !slices.Equal(ids(page.Items), []int64{added.ID, edit.ID}) {
				t.Errorf("moderator sees %v, want both, newest first", ids(page.Items))
			}
		})

		t.Run("OthersCannotReadOne", func(t *testing.T) {
			path := fmt.Sprintf("/api/v1/contributions/%d", edit.ID)
			e.do(http.MethodGet, path, e.bobKey, nil).problem(t, http.StatusNotFound)
			e.do(http.MethodGet, path, e.aliceKey, nil).decode(t, http.StatusOK, nil)
			e.do(http.MethodGet, path, e.modKey, nil).decode(t, http.StatusOK, nil)
		})

		t.Run("CollectorsCannotReview", func(t *testing.T) {
			path := fmt.Sprintf("/api/v1/contributions/%d/approve", added.ID)
			e.do(http.MethodPost, path, e.aliceKey, nil).problem(t, http.StatusForbidden)
			e.do(http.MethodPost, path, e.bobKey, nil).problem(t, http.StatusForbidden)
		})

		t.Run("ModeratorApprovesAndTheCharmChanges", func(t *testing.T) {
			var done api.Contribution
			e.do(http.MethodPost, fmt.Sprintf("/api/v1/contributions/%d/approve", edit.ID), e.modKey,
				map[string]string{"note": "checked the shop"}).decode(t, http.StatusOK, &done)
			if done.Status != "approved" || done.ReviewerID != e.mod.ID || done.ReviewNote != "checked the shop" {
				t.Errorf("approved %+v", done)
			}
			var c api.Charm
			e.do(http.MethodGet, fmt.Sprintf("/api/v1/charms/%d", e.lion.ID), "", nil).decode(t, http.StatusOK, &c)
			if c.Price.Amount != 7900 || c.Version != 2 {
				t.Errorf("charm price %d version %d, want 7900 and 2", c.Price.Amount, c.Version)
			}
			var revs struct {
				Items []api.Revision `json:"items"`
			}
			e.do(http.MethodGet, fmt.Sprintf("/api/v1/charms/%d/revisions", e.lion.ID), "", nil).decode(t, http.StatusOK, &revs)
			if len(revs.Items) != 2 {
				t.Fatalf("%d revisions, want 2", len(revs.Items))
			}
			latest := revs.Items[0]
			if latest.Source != "contribution" || latest.ContributionID != edit.ID || latest.Author == nil || latest.Author.ID != e.alice.ID {
				t.Errorf("latest revision %+v, want alice's contribution", latest)
			}
			if !slices.ContainsFunc(latest.Changes, func(c api.Change) bool { return c.Field == "list_price" && c.New == "7900" }) {
				t.Errorf("changes %+v lack the price", latest.Changes)
			}
		})

		t.Run("ReviewingTwiceIs409", func(t *testing.T) {
			e.do(http.MethodPost, fmt.Sprintf("/api/v1/contributions/%d/reject", edit.ID), e.modKey, nil).problem(t, http.StatusConflict)
		})

		t.Run("RejectedNewCharmIsNotCreated", func(t *testing.T) {
			var done api.Contribution
			e.do(http.MethodPost, fmt.Sprintf("/api/v1/contributions/%d/reject", added.ID), e.modKey,
				map[string]string{"note": "no source"}).decode(t, http.StatusOK, &done)
			if done.Status != "rejected" || done.CharmID != 0 {
				t.Errorf("rejected %+v", done)
			}
			var res charmSearch
			e.do(http.MethodGet, "/api/v1/charms?q=dragon", "", nil).decode(t, http.StatusOK, &res)
			if res.Total != 0 {
				t.Errorf("found %v after rejection", names(res.Items))
			}
		})
	})
}

func TestContributionValidation(t *testing.T) {
	e := newEnv(t, dbtest.MustOpen(t, db.SQLite))
	for _, tc := range []struct {
		name string
		body any
		want []string
	}{
		{"CatalogFieldErrorsPointIntoCharm",
			map[string]any{"charm": map[string]any{"list_price": 100, "release_date": "someday"}},
			[]string{"body.charm.name", "body.charm.studio_id", "body.charm.category", "body.charm.release_date"}},
		{"SchemaErrorsPointIntoCharm",
			map[string]any{"charm": map[string]any{"name": "Pin", "category": "sticker"}},
			[]string{"body.charm.category"}},
		{"UnknownCharmToEdit",
			map[string]any{"charm_id": 999999, "charm": map[string]any{"name": "Renamed"}},
			[]string{"body.charm_id"}},
		{"TooLongNote",
			map[string]any{"note": strings.Repeat("a", 2001), "charm": map[string]any{}},
			[]string{"body.note"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := e.do(http.MethodPost, "/api/v1/contributions", e.aliceKey, tc.body).problem(t, http.StatusUnprocessableEntity)
			got := p.locations()
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("locations %v lack %s", got, w)
				}
			}
		})
	}
	t.Run("EditChangingNothingIs422", func(t *testing.T) {
		e.do(http.MethodPost, "/api/v1/contributions", e.aliceKey, map[string]any{
			"charm_id": e.crane.ID, "charm": map[string]any{"name": e.crane.Name},
		}).problem(t, http.StatusUnprocessableEntity)
	})
}
