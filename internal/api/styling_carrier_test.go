package api_test

import (
	"net/http"
	"slices"
	"testing"

	"github.com/charmory/charmory/internal/api"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/styling"
)

func TestCarrierKindsArePublic(t *testing.T) {
	e := newEnv(t, dbtest.MustOpen(t, db.SQLite))
	var kinds struct {
		Items []api.CarrierKind `json:"items"`
		Total int               `json:"total"`
	}
	e.do(http.MethodGet, "/api/v1/styling/carrier-kinds", "", nil).decode(t, http.StatusOK, &kinds)
	if kinds.Total != len(styling.CarrierKinds) || len(kinds.Items) != len(styling.CarrierKinds) {
		t.Fatalf("%d kinds, want %d", kinds.Total, len(styling.CarrierKinds))
	}
	for i, k := range kinds.Items {
		want := styling.CarrierKinds[i]
		if k.Kind != want.Kind || k.Size != want.Size || k.WeightLimitG != want.WeightLimitG || !slices.Equal(k.Points, want.Points) {
			t.Errorf("kind %d is %+v, want %+v", i, k, want)
		}
	}
}

func TestCarriers(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newEnv(t, d)
		t.Run("CreateTakesTheKindsDefaults", func(t *testing.T) {
			r := e.do(http.MethodPost, "/api/v1/styling/carriers", e.aliceKey, map[string]any{"kind": "crossbody", "name": "Daily crossbody"})
			var c api.Carrier
			r.decode(t, http.StatusCreated, &c)
			kind, _ := styling.KindOf("crossbody")
			if c.Size != kind.Size || c.WeightLimitG != kind.WeightLimitG || !slices.Equal(c.Points, kind.Points) {
				t.Errorf("carrier %+v, want the crossbody defaults %+v", c, kind)
			}
			if c.Current != nil || c.LastRotated != nil {
				t.Errorf("a new carrier has a loadout: %+v", c.Current)
			}
			if loc := r.Header().Get("Location"); loc != carrierPath(c.ID, "") {
				t.Errorf("Location %q, want %q", loc, carrierPath(c.ID, ""))
			}
		})
		t.Run("DressCodeBringsItsLimits", func(t *testing.T) {
			c := e.mustCarrier(t, e.aliceKey, map[string]any{"kind": "backpack", "name": "School bag", "dress_code": "school"})
			if c.DressCode != "school" || c.MaxCount != styling.DressCodes["school"].MaxCount || !c.RemovableOnly {
				t.Errorf("carrier %+v, want the school limits", c)
			}
		})
		t.Run("ListIsByName", func(t *testing.T) {
			var p carrierPage
			e.do(http.MethodGet, "/api/v1/styling/carriers", e.aliceKey, nil).decode(t, http.StatusOK, &p)
			var names []string
			for _, c := range p.Items {
				names = append(names, c.Name)
			}
			if want := []string{"Daily crossbody", "School bag"}; !slices.Equal(names, want) {
				t.Errorf("carriers %v, want %v", names, want)
			}
		})
		t.Run("UpdateReplacesFields", func(t *testing.T) {
			c := e.mustCarrier(t, e.aliceKey, map[string]any{"kind": "tote", "name": "Market tote"})
			var got api.Carrier
			e.do(http.MethodPut, carrierPath(c.ID, ""), e.aliceKey, map[string]any{"kind": "tote", "name": "Canvas tote",
				"size": "L", "colour": "beige", "points": []string{"left handle", "right handle"}}).decode(t, http.StatusOK, &got)
			if got.Name != "Canvas tote" || got.Size != "L" || got.Colour != "beige" || !slices.Equal(got.Points, []string{"left handle", "right handle"}) {
				t.Errorf("updated carrier %+v", got)
			}
			if again := e.getCarrier(t, e.aliceKey, c.ID); again.Name != "Canvas tote" {
				t.Errorf("read back %+v", again)
			}
		})
		t.Run("PointInUseCannotBeRemoved", func(t *testing.T) {
			c := e.mustCarrier(t, e.aliceKey, map[string]any{"kind": "lanyard", "name": "Office lanyard"})
			it := e.mustItem(t, e.aliceKey, map[string]any{"charm_id": e.crane.ID})
			e.mustLoadout(t, e.aliceKey, c.ID, "", place{it.ID, "badge_clip"})
			p := e.do(http.MethodPut, carrierPath(c.ID, ""), e.aliceKey, map[string]any{"kind": "lanyard", "name": "Office lanyard",
				"points": []string{"lanyard_ring"}}).problem(t, http.StatusUnprocessableEntity)
			if got := p.locations(); !slices.Contains(got, "body.points") {
				t.Errorf("locations %v, want body.points", got)
			}
			if got := e.getCarrier(t, e.aliceKey, c.ID); !slices.Contains(got.Points, "badge_clip") {
				t.Errorf("points now %v", got.Points)
			}
		})
		t.Run("DeleteSendsItemsBackToStored", func(t *testing.T) {
			c := e.mustCarrier(t, e.aliceKey, map[string]any{"kind": "keyring", "name": "Keys"})
			it := e.mustItem(t, e.aliceKey, map[string]any{"charm_id": e.lion.ID})
			e.mustLoadout(t, e.aliceKey, c.ID, "", place{it.ID, "main_ring"})
			if got := e.getItem(t, e.aliceKey, it.ID).Status; got != "on_carrier" {
				t.Fatalf("placed item is %s, want on_carrier", got)
			}
			e.do(http.MethodDelete, carrierPath(c.ID, ""), e.aliceKey, nil).decode(t, http.StatusNoContent, nil)
			e.do(http.MethodGet, carrierPath(c.ID, ""), e.aliceKey, nil).problem(t, http.StatusNotFound)
			if got := e.getItem(t, e.aliceKey, it.ID).Status; got != "stored" {
				t.Errorf("item of the deleted carrier is %s, want stored", got)
			}
		})
	})
}
