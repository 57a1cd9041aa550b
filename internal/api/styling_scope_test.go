package api_test

import (
	"net/http"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/api"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
)

// aliceStyling is what alice keeps in styling, for bob to try and reach.
// Every name holds "Alice" so that a leak shows in any body.
type aliceStyling struct {
	lion, lychee, crane api.Item
	carrier             api.Carrier
	first, current      api.Loadout
	token               string
	today               api.DailyPick
	settings            api.StylingSettings

	carrierBefore api.Carrier
	journeyBefore []api.Loadout
	sharedBefore  api.SharedLoadout
}

func (e *env) aliceStyling(t *testing.T) *aliceStyling {
	t.Helper()
	a := &aliceStyling{}
	a.lion = e.mustItem(t, e.aliceKey, map[string]any{"charm_id": e.lion.ID, "title": "Alice Lion", "attachment": "clip"})
	a.lychee = e.mustItem(t, e.aliceKey, map[string]any{"charm_id": e.lychee.ID, "title": "Alice Lychee", "mood_tags": []string{"cozy"}})
	a.crane = e.mustItem(t, e.aliceKey, map[string]any{"charm_id": e.crane.ID, "title": "Alice Crane"})
	a.carrier = e.mustCarrier(t, e.aliceKey, map[string]any{"kind": "backpack", "name": "Alice's backpack", "colour": "pink"})
	a.first = e.mustLoadout(t, e.aliceKey, a.carrier.ID, "Alice's first week", place{a.lion.ID, "zip_pull_left"})
	e.later(time.Hour)
	a.current = e.mustLoadout(t, e.aliceKey, a.carrier.ID, "Alice's note",
		place{a.lion.ID, "zip_pull_left"}, place{a.lychee.ID, "strap_right"})
	var link api.ShareLink
	e.do(http.MethodPost, loadoutPath(a.current.ID, "/share"), e.aliceKey, nil).decode(t, http.StatusOK, &link)
	a.token = link.Token
	a.settings = api.StylingSettings{Style: "minimal", RotationDays: 10, Hemisphere: "south"}
	e.do(http.MethodPut, "/api/v1/styling/settings", e.aliceKey, a.settings).decode(t, http.StatusOK, nil)
	e.do(http.MethodPost, "/api/v1/styling/today", e.aliceKey, map[string]any{"mood": "cozy"}).decode(t, http.StatusOK, &a.today)

	a.carrierBefore = e.getCarrier(t, e.aliceKey, a.carrier.ID)
	a.journeyBefore = e.journey(t, e.aliceKey, a.carrier.ID)
	e.do(http.MethodGet, "/api/v1/styling/shared/"+a.token, "", nil).decode(t, http.StatusOK, &a.sharedBefore)
	return a
}

func TestStylingOwnerScoping(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newEnv(t, d)
		a := e.aliceStyling(t)
		bobsBerry := e.mustItem(t, e.bobKey, map[string]any{"charm_id": e.berry.ID, "title": "Bob Berry"})
		bobsCrane := e.mustItem(t, e.bobKey, map[string]any{"charm_id": e.crane.ID, "title": "Bob Crane"})
		bobsCarrier := e.mustCarrier(t, e.bobKey, map[string]any{"kind": "tote", "name": "Bob's tote"})
		e.mustLoadout(t, e.bobKey, bobsCarrier.ID, "", place{bobsBerry.ID, "handle_left"})
		e.do(http.MethodPost, "/api/v1/styling/today", e.bobKey, map[string]any{"mood": "calm"}).decode(t, http.StatusOK, nil)

		bobsPlacement := loadoutBody("Bob's", place{bobsCrane.ID, "zip_pull_left"})
		reqs := []struct {
			name, method, path string
			body               any
		}{
			{"GetCarrier", http.MethodGet, carrierPath(a.carrier.ID, ""), nil},
			{"UpdateCarrier", http.MethodPut, carrierPath(a.carrier.ID, ""), map[string]any{"kind": "tote", "name": "Bob took it"}},
			{"DeleteCarrier", http.MethodDelete, carrierPath(a.carrier.ID, ""), nil},
			{"SaveLoadout", http.MethodPut, carrierPath(a.carrier.ID, "/loadout"), bobsPlacement},
			{"EmptyLoadout", http.MethodPut, carrierPath(a.carrier.ID, "/loadout"), loadoutBody("")},
			{"Journey", http.MethodGet, carrierPath(a.carrier.ID, "/journey"), nil},
			{"CoachCurrent", http.MethodPost, carrierPath(a.carrier.ID, "/coach"), nil},
			{"CoachDraft", http.MethodPost, carrierPath(a.carrier.ID, "/coach"), bobsPlacement},
			{"GetLoadout", http.MethodGet, loadoutPath(a.current.ID, ""), nil},
			{"GetPastLoadout", http.MethodGet, loadoutPath(a.first.ID, ""), nil},
			{"SetNote", http.MethodPut, loadoutPath(a.current.ID, "/note"), map[string]any{"note": "Bob was here"}},
			{"Share", http.MethodPost, loadoutPath(a.first.ID, "/share"), nil},
			{"Unshare", http.MethodDelete, loadoutPath(a.current.ID, "/share"), nil},
			{"PictureSVG", http.MethodGet, loadoutPath(a.current.ID, "/picture.svg"), nil},
			{"PicturePNG", http.MethodGet, loadoutPath(a.current.ID, "/picture.png"), nil},
			{"WearAlicesItem", http.MethodPost, "/api/v1/styling/today/wear", map[string]any{"item_id": a.crane.ID}},
		}
		for _, rq := range reqs {
			t.Run("OthersGet404/"+rq.name, func(t *testing.T) {
				e.do(rq.method, rq.path, e.bobKey, rq.body).problem(t, http.StatusNotFound)
			})
		}
		t.Run("OthersCannotUseAlicesItems", func(t *testing.T) {
			for _, path := range []string{carrierPath(bobsCarrier.ID, "/loadout"), carrierPath(bobsCarrier.ID, "/coach")} {
				method := http.MethodPut
				if strings.HasSuffix(path, "/coach") {
					method = http.MethodPost
				}
				r := e.do(method, path, e.bobKey, loadoutBody("", place{a.crane.ID, "handle_left"}))
				if r.Code != http.StatusUnprocessableEntity && r.Code != http.StatusNotFound {
					t.Errorf("%s %s with alice's item: %d %s, want 422 or 404", method, path, r.Code, r.Body.String())
				}
			}
			if got := e.getItem(t, e.aliceKey, a.crane.ID).Status; got != "stored" {
				t.Errorf("alice's crane is %s, want still stored", got)
			}
		})

		t.Run("AlicesDataIsUnchanged", func(t *testing.T) {
			if got := e.getCarrier(t, e.aliceKey, a.carrier.ID); !reflect.DeepEqual(got, a.carrierBefore) {
				t.Errorf("carrier now %+v\nwas %+v", got, a.carrierBefore)
			}
			if got := e.journey(t, e.aliceKey, a.carrier.ID); !reflect.DeepEqual(got, a.journeyBefore) {
				t.Errorf("journey now %+v\nwas %+v", got, a.journeyBefore)
			}
			var shared api.SharedLoadout
			e.do(http.MethodGet, "/api/v1/styling/shared/"+a.token, "", nil).decode(t, http.StatusOK, &shared)
			if !reflect.DeepEqual(shared, a.sharedBefore) {
				t.Errorf("shared now %+v\nwas %+v", shared, a.sharedBefore)
			}
			var first api.Loadout
			e.do(http.MethodGet, loadoutPath(a.first.ID, ""), e.aliceKey, nil).decode(t, http.StatusOK, &first)
			if first.Shared {
				t.Error("bob's share request shared alice's first loadout")
			}
			var st api.StylingSettings
			e.do(http.MethodGet, "/api/v1/styling/settings", e.aliceKey, nil).decode(t, http.StatusOK, &st)
			if st != a.settings {
				t.Errorf("settings %+v, want %+v", st, a.settings)
			}
			var today api.DailyPick
			e.do(http.MethodGet, "/api/v1/styling/today", e.aliceKey, nil).decode(t, http.StatusOK, &today)
			if today.Best == nil || a.today.Best == nil || today.Best.ItemID != a.today.Best.ItemID {
				t.Errorf("alice's pick %+v, want %+v", today.Best, a.today.Best)
			}
		})

		t.Run("OthersListsNeverShowAlicesData", func(t *testing.T) {
			e.later(60 * 24 * time.Hour) // alice's loadout is now due for rotation
			var rot struct{ Items []api.RotationDue }
			e.do(http.MethodGet, "/api/v1/styling/rotations", e.aliceKey, nil).decode(t, http.StatusOK, &rot)
			if len(rot.Items) != 1 || rot.Items[0].Carrier.ID != a.carrier.ID {
				t.Fatalf("alice's rotations %+v, want her backpack", rot.Items)
			}
			var carriers carrierPage
			e.do(http.MethodGet, "/api/v1/styling/carriers", e.bobKey, nil).decode(t, http.StatusOK, &carriers)
			if carriers.Total != 1 || carriers.Items[0].ID != bobsCarrier.ID {
				t.Errorf("bob's carriers %+v, want only his tote", carriers.Items)
			}
			month := a.today.Day[:7]
			for _, path := range []string{"/styling/carriers", "/styling/rotations", "/styling/today", "/styling/settings",
				"/styling/journal", "/styling/journal?month=" + month} {
				r := e.do(http.MethodGet, "/api/v1"+path, e.bobKey, nil)
				if r.Code >= 500 {
					t.Errorf("%s: %d %s", path, r.Code, r.Body.String())
				}
				if strings.Contains(r.Body.String(), "Alice") {
					t.Errorf("bob's %s shows alice's data: %s", path, r.Body.String())
				}
			}
		})

		t.Run("OthersAdviceNeverUsesAlicesItems", func(t *testing.T) {
			alices := []int64{a.lion.ID, a.lychee.ID, a.crane.ID}
			var rep api.CoachReport
			e.do(http.MethodPost, carrierPath(bobsCarrier.ID, "/coach"), e.bobKey, nil).decode(t, http.StatusOK, &rep)
			for _, s := range rep.Suggestions {
				if slices.Contains(alices, s.In) || slices.Contains(alices, s.Out) {
					t.Errorf("bob's coach suggests alice's item: %+v", s)
				}
			}
			var p api.DailyPick
			e.do(http.MethodPost, "/api/v1/styling/today", e.bobKey, map[string]any{"mood": "cozy"}).decode(t, http.StatusOK, &p)
			bobs := []int64{bobsBerry.ID, bobsCrane.ID}
			if p.Best == nil || p.Backup == nil || !slices.Contains(bobs, p.Best.ItemID) || !slices.Contains(bobs, p.Backup.ItemID) {
				t.Errorf("bob's pick %+v / %+v, want his two items", p.Best, p.Backup)
			}
		})
	})
}

func TestStylingNeedsToken(t *testing.T) {
	e := newEnv(t, dbtest.MustOpen(t, db.SQLite))
	public := map[string]bool{
		"GET /api/v1/styling/carrier-kinds":              true,
		"GET /api/v1/styling/shared/{token}":             true,
		"GET /api/v1/styling/shared/{token}/picture.svg": true,
		"GET /api/v1/styling/shared/{token}/picture.png": true,
	}
	n := 0
	for _, rt := range newServer(t).Routes() {
		if !strings.HasPrefix(rt.Path, "/api/v1/styling") {
			continue
		}
		n++
		path := strings.NewReplacer("{id}", "1", "{token}", "nope").Replace(rt.Path)
		t.Run(rt.Method+" "+rt.Path, func(t *testing.T) {
			if public[rt.Method+" "+rt.Path] {
				if r := e.do(rt.Method, path, "", nil); r.Code == http.StatusUnauthorized {
					t.Errorf("public endpoint answers 401: %s", r.Body.String())
				}
			} else {
				r := e.do(rt.Method, path, "", nil)
				r.problem(t, http.StatusUnauthorized)
				if r.Header().Get("WWW-Authenticate") == "" {
					t.Error("no WWW-Authenticate challenge")
				}
			}
			e.do(rt.Method, path, "chm_not-a-token", nil).problem(t, http.StatusUnauthorized)
		})
	}
	if n < 25 {
		t.Errorf("only %d styling operations checked", n)
	}
}
