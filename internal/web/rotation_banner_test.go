package web

import (
	"context"
	"database/sql"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/styling"
)

// TestRotationReminder shows a carrier that has worn the same charms past
// the rotation period on today's page, to its owner only.
func TestRotationReminder(t *testing.T) { dailyEach(t, rotationReminder) }

func rotationReminder(t *testing.T, h *harness) {
	ctx := context.Background()
	a, b := collSignIn(t, h), collSignIn(t, h)
	items := dailyItems(t, h, a.ID, 4)
	dailyItems(t, h, b.ID, 2)
	c, err := h.Styling.CreateCarrier(ctx, a.ID, styling.CarrierInput{Kind: "backpack", Name: "School backpack"})
	if err != nil {
		t.Fatalf("create carrier: %v", err)
	}
	var place []styling.PlacementInput
	for id := range items {
		if len(place) < 2 {
			place = append(place, styling.PlacementInput{ItemID: id, Point: c.Points[len(place)]})
		}
	}
	if _, err := h.Styling.SaveLoadout(ctx, a.ID, c.ID, styling.LoadoutInput{Placements: place}); err != nil {
		t.Fatalf("save loadout: %v", err)
	}
	if p := collGet(t, h, &a, "/styling/today").mustStatus(t, http.StatusOK); p.count(".rotation-banner") != 0 {
		t.Fatal("a reminder for a loadout hung today")
	}

	// The loadout began 41 days ago, as far as the database knows.
	err = h.DB.Tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE loadouts SET started_at = $1 WHERE carrier_id = $2 AND owner_id = $3`,
			time.Now().UTC().AddDate(0, 0, -41), c.ID, a.ID)
		return err
	})
	if err != nil {
		t.Fatalf("age the loadout: %v", err)
	}
	p := collGet(t, h, &a, "/styling/today").mustStatus(t, http.StatusOK)
	text := strings.Join(p.texts(".rotation-due .rotation-text"), " ")
	if !strings.Contains(text, "School backpack") || !strings.Contains(text, "41 days") {
		t.Errorf("reminder %q, want the carrier and its 41 days", text)
	}
	p.mustHave(t, `.rotation-due a[href="/styling/carriers/`+strconv.FormatInt(c.ID, 10)+`"]`)
	p.collRendered(t, "the reminder")
	zh := collGet(t, h, &a, "/styling/today", withLang("zh-CN")).mustStatus(t, http.StatusOK)
	if text := strings.Join(zh.texts(".rotation-due .rotation-text"), " "); !strings.Contains(text, "41 天") {
		t.Errorf("Chinese reminder %q", text)
	}
	zh.collRendered(t, "the reminder in Chinese")

	if other := collGet(t, h, &b, "/styling/today").mustStatus(t, http.StatusOK); other.count(".rotation-banner") != 0 {
		t.Error("B is reminded of A's carrier")
	}
}
