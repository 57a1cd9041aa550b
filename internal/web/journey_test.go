package web

import (
	"bytes"
	"context"
	"image/png"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"
)

// TestJourneyActions: the journey lists loadouts newest first with their
// dates, and the owner can write a note, add a photo (then see it) and
// download the picture; refused input comes back with its reason.
func TestJourneyActions(t *testing.T) {
	h := newHarness(t)
	f := newStylingFixture(t, h)
	collPost(t, h, &f.Owner, carrierPath(f.Carrier.ID, "/loadout"), placeForm(f.Shelf[0].ID, "top_handle")).
		collRedirect(t, carrierPath(f.Carrier.ID))
	first, second := f.Loadout.ID, stylingJourney(t, h, f.Owner.ID, f.Carrier.ID)[0].ID

	t.Run("NewestFirst", func(t *testing.T) {
		p := collGet(t, h, &f.Owner, carrierPath(f.Carrier.ID, "/journey")).mustStatus(t, http.StatusOK)
		ids := p.attrs("li.journey-entry", "id")
		if len(ids) != 2 || ids[0] != "loadout-"+idText(second) || ids[1] != "loadout-"+idText(first) {
			t.Fatalf("entries %v, want the second loadout first", ids)
		}
		p.mustHave(t, "li.journey-entry.is-current:first-child .badge-ok")
		if n := p.count("li.journey-entry time"); n != 3 {
			t.Errorf("%d dates, want a start for each and an end for the first", n)
		}
		if got := p.texts("#loadout-" + idText(second) + " .journey-duration"); len(got) != 1 || !strings.Contains(got[0], "Less than a day") {
			t.Errorf("duration of today's loadout: %v", got)
		}
	})
	t.Run("Note", func(t *testing.T) {
		collPost(t, h, &f.Owner, loadoutPath(first, "/note"), url.Values{"note": {"Rainy week, bright charms"}}).
			collRedirect(t, carrierPath(f.Carrier.ID, "/journey?done=note"))
		l, err := h.Styling.Loadout(context.Background(), f.Owner.ID, first)
		if err != nil || l.Note != "Rainy week, bright charms" {
			t.Fatalf("note is %q (%v)", l.Note, err)
		}
		long := strings.Repeat("long ", 200)
		p := collPost(t, h, &f.Owner, loadoutPath(first, "/note"), url.Values{"note": {long}}).mustStatus(t, http.StatusUnprocessableEntity)
		p.mustHave(t, "#loadout-"+idText(first)+" .field-error")
		if got := p.attrs("#note-"+idText(first), "value"); len(got) != 1 || got[0] != strings.TrimSpace(long) {
			t.Error("the refused note was not kept in its field")
		}
	})
	t.Run("Photo", func(t *testing.T) {
		collUpload(t, h, &f.Owner, loadoutPath(first, "/photo"), nil, collFile{Name: "worn.png", Data: collPNG(t, 3)}).
			collRedirect(t, carrierPath(f.Carrier.ID, "/journey?done=photo"))
		p := collGet(t, h, &f.Owner, carrierPath(f.Carrier.ID, "/journey")).mustStatus(t, http.StatusOK)
		p.mustHave(t, `#loadout-`+idText(first)+` img[src="`+loadoutPath(first, "/photo")+`"]`)
		img := collGet(t, h, &f.Owner, loadoutPath(first, "/photo")).mustStatus(t, http.StatusOK)
		if ct := img.Header.Get("Content-Type"); ct != "image/png" {
			t.Errorf("photo served as %q", ct)
		}
		if _, err := png.Decode(bytes.NewReader([]byte(img.Body))); err != nil {
			t.Errorf("photo does not decode: %v", err)
		}
		collGet(t, h, &f.Owner, loadoutPath(second, "/photo")).mustStatus(t, http.StatusNotFound)
		bad := collUpload(t, h, &f.Owner, loadoutPath(second, "/photo"), nil, collFile{Name: "notes.txt", Data: []byte("not an image")})
		bad.mustStatus(t, http.StatusUnprocessableEntity).mustHave(t, "#loadout-"+idText(second)+" .field-error")
		collUpload(t, h, &f.Owner, loadoutPath(second, "/photo"), url.Values{"x": {"1"}}).mustStatus(t, http.StatusUnprocessableEntity)
	})
	t.Run("Pictures", func(t *testing.T) {
		svg := collGet(t, h, &f.Owner, loadoutPath(first, "/picture.svg")).mustStatus(t, http.StatusOK)
		if !strings.HasPrefix(svg.Header.Get("Content-Type"), "image/svg+xml") || !strings.Contains(svg.Body, "<svg") {
			t.Errorf("picture.svg is %s", svg.Header.Get("Content-Type"))
		}
		card := collGet(t, h, &f.Owner, loadoutPath(first, "/picture.png")).mustStatus(t, http.StatusOK)
		img, err := png.Decode(bytes.NewReader([]byte(card.Body)))
		if err != nil || img.Bounds().Dx() != 1200 || img.Bounds().Dy() != 630 {
			t.Errorf("picture.png: %v", err)
		}
	})
}

// TestJourneyDuration says how long a loadout hung, in words.
func TestJourneyDuration(t *testing.T) {
	h := newHarness(t)
	b := h.Server.base(httptest.NewRequest(http.MethodGet, "/", nil), "journey.heading")
	for _, tc := range []struct {
		d    time.Duration
		want string
	}{
		{0, "Less than a day"},
		{23 * time.Hour, "Less than a day"},
		{24 * time.Hour, "1 day"},
		{47 * time.Hour, "1 day"},
		{41 * 24 * time.Hour, "41 days"},
	} {
		if got := journeyDuration(b, tc.d); got != tc.want {
			t.Errorf("%v: %q, want %q", tc.d, got, tc.want)
		}
	}
}
