package api_test

import (
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/api"
)

// carrierPage is a page of the carrier list.
type carrierPage struct {
	Items []api.Carrier `json:"items"`
	Total int           `json:"total"`
}

// loadoutPage is a page of a journey.
type loadoutPage struct {
	Items []api.Loadout `json:"items"`
	Total int           `json:"total"`
}

// mustCarrier adds a carrier for token's user.
func (e *env) mustCarrier(t *testing.T, token string, in map[string]any) api.Carrier {
	t.Helper()
	var c api.Carrier
	e.do(http.MethodPost, "/api/v1/styling/carriers", token, in).decode(t, http.StatusCreated, &c)
	return c
}

// carrierPath is the path of a carrier, with rest appended.
func carrierPath(id int64, rest string) string {
	return fmt.Sprintf("/api/v1/styling/carriers/%d%s", id, rest)
}

// loadoutPath is the path of a loadout, with rest appended.
func loadoutPath(id int64, rest string) string {
	return fmt.Sprintf("/api/v1/styling/loadouts/%d%s", id, rest)
}

// place is one placement of a loadout body.
type place struct {
	ItemID int64  `json:"item_id"`
	Point  string `json:"point"`
}

// loadoutBody is the body of a loadout save or a coach draft.
func loadoutBody(note string, ps ...place) map[string]any {
	return map[string]any{"placements": append([]place{}, ps...), "note": note}
}

// mustLoadout saves a loadout on a carrier of token's user.
func (e *env) mustLoadout(t *testing.T, token string, carrierID int64, note string, ps ...place) api.Loadout {
	t.Helper()
	var l api.Loadout
	e.do(http.MethodPut, carrierPath(carrierID, "/loadout"), token, loadoutBody(note, ps...)).decode(t, http.StatusOK, &l)
	return l
}

// getCarrier reads a carrier as token's user.
func (e *env) getCarrier(t *testing.T, token string, id int64) api.Carrier {
	t.Helper()
	var c api.Carrier
	e.do(http.MethodGet, carrierPath(id, ""), token, nil).decode(t, http.StatusOK, &c)
	return c
}

// journey reads a carrier's journey as token's user.
func (e *env) journey(t *testing.T, token string, id int64) []api.Loadout {
	t.Helper()
	var p loadoutPage
	e.do(http.MethodGet, carrierPath(id, "/journey"), token, nil).decode(t, http.StatusOK, &p)
	return p.Items
}

// later moves the styling clock forward by d.
func (e *env) later(d time.Duration) { e.skew.Add(int64(d)) }

// placedIDs lists the items of a loadout in order.
func placedIDs(l *api.Loadout) []int64 {
	if l == nil {
		return nil
	}
	out := make([]int64, len(l.Placements))
	for i, p := range l.Placements {
		out[i] = p.ItemID
	}
	return out
}
