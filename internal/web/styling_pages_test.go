package web

import (
	"context"
	"database/sql"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/styling"
)

func init() {
	// ownerVisit reaches a page of the fixture's carrier as its owner.
	ownerVisit := func(rest func(f *stylingFixture) string) func(*testing.T, *harness) pageVisit {
		return func(t *testing.T, h *harness) pageVisit {
			f := newStylingFixture(t, h)
			h.stylingActAs(carrierPath(f.Carrier.ID), f.Owner.Cookie)
			return pageVisit{Path: rest(f), Role: account.RoleCollector}
		}
	}
	visits := map[string]func(t *testing.T, h *harness) pageVisit{
		"carrier_list": func(*testing.T, *harness) pageVisit {
			return pageVisit{Path: "/styling", Role: account.RoleCollector}
		},
		"carrier_show": ownerVisit(func(f *stylingFixture) string { return carrierPath(f.Carrier.ID) }),
		"carrier_form": ownerVisit(func(f *stylingFixture) string { return carrierPath(f.Carrier.ID, "/edit") }),
		"journey":      ownerVisit(func(f *stylingFixture) string { return carrierPath(f.Carrier.ID, "/journey") }),
		// A shared loadout, as a visitor sees it.
		"loadout_share": func(t *testing.T, h *harness) pageVisit {
			f := newStylingFixture(t, h)
			token, err := h.Styling.Share(context.Background(), f.Owner.ID, f.Loadout.ID)
			if err != nil {
				t.Fatalf("share: %v", err)
			}
			return pageVisit{Path: "/s/" + token}
		},
	}
	for name, v := range visits {
		pageVisits[name] = v
	}
}

// TestStylingOwnerPages renders the owner's styling pages full of data, in
// both languages and in their states: cards with a picture, the carrier
// with its editor and coach, a draft, the edit form with the delete
// question, the journey with two entries, and the notices.
func TestStylingOwnerPages(t *testing.T) {
	h := newHarness(t)
	f := newStylingFixture(t, h)
	empty, err := h.Styling.CreateCarrier(context.Background(), f.Owner.ID, styling.CarrierInput{Kind: "glasses", Name: "Reading glasses"})
	if err != nil {
		t.Fatal(err)
	}
	collPost(t, h, &f.Owner, carrierPath(f.Carrier.ID, "/loadout"),
		placeForm(f.Metal[0].ID, "zip_pull_left", f.Shelf[0].ID, "top_handle")).collRedirect(t, carrierPath(f.Carrier.ID))
	draft := placeForm(f.Metal[1].ID, "strap_left")
	draft.Set("op", "preview")
	paths := []string{
		"/styling", "/styling?done=deleted",
		carrierPath(f.Carrier.ID), carrierPath(f.Carrier.ID, "?done=saved"), carrierPath(f.Carrier.ID, "?find=fox"),
		carrierPath(empty.ID), carrierPath(f.Carrier.ID, "/edit"), carrierPath(f.Carrier.ID, "/edit?confirm=delete"),
		carrierPath(f.Carrier.ID, "/journey"), carrierPath(f.Carrier.ID, "/journey?done=note"), carrierPath(empty.ID, "/journey"),
		carrierPath(f.Carrier.ID, "/coach?") + placeForm(f.Metal[1].ID, "strap_left").Encode(),
	}
	for _, lang := range []string{"en", "zh-CN"} {
		for _, path := range paths {
			p := collGet(t, h, &f.Owner, path, withLang(lang)).mustStatus(t, http.StatusOK)
			p.collRendered(t, lang+" "+path)
		}
		p := collPost(t, h, &f.Owner, carrierPath(f.Carrier.ID, "/loadout"), draft, withLang(lang)).mustStatus(t, http.StatusOK)
		p.collRendered(t, lang+" draft preview")
	}
}

// TestCarrierListRotationHint: a carrier whose loadout is older than the
// rotation period shows a "time to rotate" hint on its card, and only it,
// and the reminder banner above the cards links to it.
func TestCarrierListRotationHint(t *testing.T) {
	h := newHarness(t)
	f := newStylingFixture(t, h)
	fresh, err := h.Styling.CreateCarrier(context.Background(), f.Owner.ID, styling.CarrierInput{Kind: "keyring", Name: "House keys"})
	if err != nil {
		t.Fatal(err)
	}
	p := collGet(t, h, &f.Owner, "/styling").mustStatus(t, http.StatusOK)
	if n := p.count(".badge-rotate"); n != 0 {
		t.Fatalf("%d rotation hints on a loadout saved today", n)
	}
	err = h.DB.Tx(context.Background(), func(tx *sql.Tx) error {
		_, err := tx.Exec(`UPDATE loadouts SET started_at = $1 WHERE id = $2`, time.Now().UTC().AddDate(0, 0, -41), f.Loadout.ID)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	p = collGet(t, h, &f.Owner, "/styling").mustStatus(t, http.StatusOK)
	hints := p.texts(".carrier-card.is-due .badge-rotate")
	if len(hints) != 1 || !strings.Contains(hints[0], "41 days") {
		t.Errorf("rotation hints %v, want one saying 41 days", hints)
	}
	p.mustHave(t, `.rotation-banner a[href="`+carrierPath(f.Carrier.ID)+`"]`)
	if names := p.texts(".carrier-card.is-due .carrier-card-name"); len(names) != 1 || names[0] != f.Carrier.Name {
		t.Errorf("due cards %v, want only %q (not %q)", names, f.Carrier.Name, fresh.Name)
	}
}
