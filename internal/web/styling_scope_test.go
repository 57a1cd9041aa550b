package web

import (
	"context"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/styling"
)

// TestStylingOwnerScoping: user B can neither see nor change A's
// carriers, loadouts, pictures, journey or photos through any route: each
// answers 404, exactly like an id that does not exist, and A's data stays
// as it was. It runs on both engines, since the scoping lives in the
// queries.
func TestStylingOwnerScoping(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		stylingOwnerScoping(t, stylingHarnessOn(t, d))
	})
}

func stylingOwnerScoping(t *testing.T, h *harness) {
	ctx := context.Background()
	f := newStylingFixture(t, h)
	a := f.Owner
	if err := h.Styling.SetLoadoutPhoto(ctx, a.ID, f.Loadout.ID, collection.Upload{Name: "worn.png", Data: collPNG(t, 7)}); err != nil {
		t.Fatal(err)
	}
	b := collSignIn(t, h)
	bItem := collItem(t, h, b.ID, collection.ItemInput{Title: "B's crochet frog", Category: "crochet", AcquiredOn: "2025-03-01"})
	bCarrier, err := h.Styling.CreateCarrier(ctx, b.ID, styling.CarrierInput{Kind: "keyring", Name: "B's keys"})
	if err != nil {
		t.Fatal(err)
	}
	before := stylingSnapshot(t, h, a.ID, f.Carrier.ID)
	cid, lid := f.Carrier.ID, f.Loadout.ID
	draft := "?" + placeForm(f.Metal[0].ID, "zip_pull_left").Encode()

	gets := []string{
		carrierPath(cid), carrierPath(cid, "/edit"), carrierPath(cid, "/journey"),
		carrierPath(cid, "/coach"+draft), carrierPath(cid, "/preview.svg"+draft),
		loadoutPath(lid, "/picture.svg"), loadoutPath(lid, "/picture.png"), loadoutPath(lid, "/photo"),
	}
	for _, path := range gets {
		t.Run("GET "+path, func(t *testing.T) {
			collGet(t, h, &b, path).mustStatus(t, http.StatusNotFound)
		})
	}

	posts := []struct {
		path string
		form url.Values
	}{
		{carrierPath(cid), url.Values{"name": {"Taken over"}, "size": {"S"}, "points": {"only_one"}}},
		{carrierPath(cid, "/loadout"), placeForm(bItem.ID, "zip_pull_left")},
		{carrierPath(cid, "/loadout"), url.Values{"op": {"preview"}}},
		{carrierPath(cid, "/loadout"), url.Values{"place": {"nonsense"}}},
		{carrierPath(cid, "/delete"), nil},
		{loadoutPath(lid, "/note"), url.Values{"note": {"B was here"}}},
		{loadoutPath(lid, "/share"), nil},
		{loadoutPath(lid, "/unshare"), nil},
	}
	for _, post := range posts {
		t.Run("POST "+post.path, func(t *testing.T) {
			collPost(t, h, &b, post.path, post.form).mustStatus(t, http.StatusNotFound)
		})
	}
	t.Run("POST photo", func(t *testing.T) {
		collUpload(t, h, &b, loadoutPath(lid, "/photo"), nil, collFile{Name: "b.png", Data: collPNG(t, 9)}).mustStatus(t, http.StatusNotFound)
	})
	t.Run("AItemsCannotGoOnBCarrier", func(t *testing.T) {
		p := collPost(t, h, &b, carrierPath(bCarrier.ID, "/loadout"), placeForm(f.Shelf[0].ID, "main_ring"))
		if p.Status < 400 {
			t.Fatalf("B hung A's item on B's keyring: status %d", p.Status)
		}
		if strings.Contains(p.Body, f.Shelf[0].Name) {
			t.Error("the refusal tells B the name of A's item")
		}
		if j := stylingJourney(t, h, b.ID, bCarrier.ID); len(j) != 0 {
			t.Errorf("B's keyring has %d loadouts", len(j))
		}
	})
	t.Run("BListsOnlyTheirOwn", func(t *testing.T) {
		p := collGet(t, h, &b, "/styling").mustStatus(t, http.StatusOK)
		if names := p.texts(".carrier-card-name"); !slices.Equal(names, []string{"B's keys"}) {
			t.Errorf("B's carriers page lists %v", names)
		}
		p = collGet(t, h, &b, carrierPath(bCarrier.ID)).mustStatus(t, http.StatusOK)
		for _, it := range append(f.Metal, f.Shelf...) {
			if strings.Contains(p.Body, it.Name) {
				t.Errorf("B's editor offers A's %q", it.Name)
			}
		}
	})
	t.Run("AUnchanged", func(t *testing.T) {
		if after := stylingSnapshot(t, h, a.ID, cid); after != before {
			t.Errorf("A's carrier changed:\nbefore %s\nafter  %s", before, after)
		}
	})
}

// stylingSnapshot writes down what B must not be able to change.
func stylingSnapshot(t *testing.T, h *harness, owner, carrierID int64) string {
	t.Helper()
	c := stylingCarrierOf(t, h, owner, carrierID)
	var b strings.Builder
	b.WriteString(c.Name + "|" + c.Size + "|" + strings.Join(c.Points, ",") + "|")
	for _, l := range stylingJourney(t, h, owner, carrierID) {
		b.WriteString(strconv.FormatInt(l.ID, 10) + ":" + l.Note + ":" + l.ShareToken + ":" + l.PhotoSHA + ":")
		for _, p := range l.Placements {
			b.WriteString(placeValue(styling.PlacementInput{ItemID: p.ItemID, Point: p.Point}) + ",")
		}
		b.WriteString(";")
	}
	return b.String()
}
