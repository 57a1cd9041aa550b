package web

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/styling"
)

// TestLoadoutEditorWithoutJavaScript walks the editor the way a browser
// without JavaScript does, on both engines: create a backpack, place four
// charms through the "add" selects, read the coach, apply a suggestion
// (a new loadout: the journey grows and the picture changes), and take
// an item off as a preview that saves nothing.
func TestLoadoutEditorWithoutJavaScript(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		h := stylingHarnessOn(t, d)
		u := collSignIn(t, h)
		var items []*collection.Item
		for _, in := range stylingOneOffs {
			in.AcquiredOn = "2025-03-01"
			items = append(items, collItem(t, h, u.ID, in))
		}
		loc := collPost(t, h, &u, "/styling/carriers", url.Values{"kind": {"backpack"}, "name": {"School backpack"}, "colour": {"navy"}}).
			collRedirect(t, "/styling/carriers/")
		id, err := strconv.ParseInt(strings.TrimPrefix(strings.SplitN(loc, "?", 2)[0], "/styling/carriers/"), 10, 64)
		if err != nil {
			t.Fatalf("created carrier address %q: %v", loc, err)
		}

		t.Run("TheNewCarrierOffersEveryItem", func(t *testing.T) {
			p := collGet(t, h, &u, carrierPath(id)).mustStatus(t, http.StatusOK)
			if n := p.count("fieldset.loadout-point"); n != 6 {
				t.Errorf("%d points, want the backpack's 6", n)
			}
			if n := p.count("fieldset.loadout-point .loadout-chip"); n != 0 {
				t.Errorf("%d items placed on a new carrier", n)
			}
			if n := p.Doc.Find(`select[name="add"]`).First().Find("option").Length() - 1; n != len(items) {
				t.Errorf("the add select offers %d items, want %d", n, len(items))
			}
		})

		form := url.Values{"note": {"All metal"}}
		for i, it := range items[:4] {
			form.Add("add", "")
			form.Add("add", strconv.FormatInt(it.ID, 10)+":"+[]string{"zip_pull_left", "zip_pull_right", "top_handle", "strap_left"}[i])
		}
		collPost(t, h, &u, carrierPath(id, "/loadout"), form).collRedirect(t, carrierPath(id, "?done=saved"))

		p := collGet(t, h, &u, carrierPath(id)).mustStatus(t, http.StatusOK)
		t.Run("ThePageShowsThePlacedItems", func(t *testing.T) {
			names := p.texts("fieldset.loadout-point .loadout-chip-name")
			for _, it := range items[:4] {
				if !slices.Contains(names, it.Name) {
					t.Errorf("placed %q not shown; chips: %v", it.Name, names)
				}
			}
			if got := p.attrs(`#loadout-form input[name="place"]`, "value"); len(got) != 4 {
				t.Errorf("%d place inputs, want 4: %v", len(got), got)
			}
		})
		t.Run("TheCoachPanelReads", func(t *testing.T) {
			p.mustHave(t, "#coach-panel meter.coach-meter")
			if n := p.count("#coach-panel .coach-findings li"); n == 0 {
				t.Error("the coach panel has no findings")
			}
			p.collRendered(t, "carrier page")
		})

		apply := p.Doc.Find("#coach-panel form.coach-apply").First()
		if apply.Length() == 0 {
			t.Fatalf("no suggestion to apply for four metal charms; panel:\n%s", p.texts("#coach-panel"))
		}
		applied := url.Values{}
		apply.Find("input").Each(func(_ int, in *goquery.Selection) { applied.Add(in.AttrOr("name", ""), in.AttrOr("value", "")) })
		before := svgOf(t, p, "[data-loadout-picture]")
		collPost(t, h, &u, carrierPath(id, "/loadout"), applied).collRedirect(t, carrierPath(id, "?done=saved"))

		t.Run("ApplyingSavesANewJourneyEntry", func(t *testing.T) {
			j := collGet(t, h, &u, carrierPath(id, "/journey")).mustStatus(t, http.StatusOK)
			if n := j.count("li.journey-entry"); n != 2 {
				t.Errorf("journey shows %d entries, want 2", n)
			}
			if n := len(stylingJourney(t, h, u.ID, id)); n != 2 {
				t.Errorf("journey holds %d loadouts, want 2", n)
			}
		})
		t.Run("ApplyingChangesThePicture", func(t *testing.T) {
			after := svgOf(t, collGet(t, h, &u, carrierPath(id)), "[data-loadout-picture]")
			if after == before {
				t.Error("the picture is the same after applying a suggestion")
			}
		})

		t.Run("RemoveShowsADraftAndSavesNothing", func(t *testing.T) {
			cur := currentDraft(stylingCarrierOf(t, h, u.ID, id))
			form := url.Values{"remove": {strconv.FormatInt(cur[0].ItemID, 10)}}
			for _, pl := range cur {
				form.Add("place", placeValue(pl))
			}
			d := collPost(t, h, &u, carrierPath(id, "/loadout"), form).mustStatus(t, http.StatusOK)
			if got := d.attrs(`#loadout-form input[name="place"]`, "value"); len(got) != len(cur)-1 || slices.Contains(got, placeValue(cur[0])) {
				t.Errorf("draft places %v, want %v without its first", got, cur)
			}
			d.mustHave(t, "#coach-panel .coach-draft")
			if n := len(stylingJourney(t, h, u.ID, id)); n != 2 {
				t.Errorf("a remove saved a loadout: journey has %d", n)
			}
		})
	})
}

// TestLoadoutConflictKeepsTheDraft: an item on another carrier is refused
// with a message naming the item and the carrier, and the form comes back
// with every choice the collector made.
func TestLoadoutConflictKeepsTheDraft(t *testing.T) {
	h := newHarness(t)
	f := newStylingFixture(t, h)
	tote, err := h.Styling.CreateCarrier(context.Background(), f.Owner.ID, styling.CarrierInput{Kind: "tote", Name: "Market tote"})
	if err != nil {
		t.Fatal(err)
	}
	form := placeForm(f.Shelf[0].ID, "handle_left", f.Metal[0].ID, "handle_right")
	form.Set("note", "Saturday market")
	p := collPost(t, h, &f.Owner, carrierPath(tote.ID, "/loadout"), form).mustStatus(t, http.StatusConflict)
	msg := strings.Join(p.texts(".loadout-error"), " ")
	for _, want := range []string{f.Metal[0].Name, f.Carrier.Name} {
		if !strings.Contains(msg, want) {
			t.Errorf("conflict message %q does not name %q", msg, want)
		}
	}
	if got := p.attrs(`#loadout-form input[name="place"]`, "value"); !slices.Equal(got, form["place"]) {
		t.Errorf("the form kept %v, want %v", got, form["place"])
	}
	if got := p.attrs("#loadout-note", "value"); len(got) != 1 || got[0] != "Saturday market" {
		t.Errorf("the note came back as %v", got)
	}
	if n := len(stylingJourney(t, h, f.Owner.ID, tote.ID)); n != 0 {
		t.Errorf("the refused save left %d loadouts on the tote", n)
	}
	if c := stylingCarrierOf(t, h, f.Owner.ID, f.Carrier.ID); len(c.Current.Placements) != 4 {
		t.Errorf("the backpack lost items: %d left", len(c.Current.Placements))
	}
}

// TestLoadoutDraftEndpoints: the editor's script asks for the coach panel
// alone, or JSON, and for the draft's picture; a plain visit of the coach
// address shows the whole page with the draft. None of them saves.
func TestLoadoutDraftEndpoints(t *testing.T) {
	h := newHarness(t)
	f := newStylingFixture(t, h)
	q := placeForm(f.Metal[0].ID, "zip_pull_left", f.Shelf[0].ID, "top_handle").Encode()

	t.Run("PanelAlone", func(t *testing.T) {
		p := collGet(t, h, &f.Owner, carrierPath(f.Carrier.ID, "/coach?"+q), withHeader("HX-Request", "true"), withHeader("HX-Target", "coach-panel")).
			mustStatus(t, http.StatusOK)
		if strings.Contains(p.Body, "<html") || !strings.Contains(p.Body, `id="coach-panel"`) {
			t.Fatalf("not the panel alone:\n%.600s", p.Body)
		}
		p.mustHave(t, ".coach-draft")
	})
	t.Run("JSON", func(t *testing.T) {
		p := collGet(t, h, &f.Owner, carrierPath(f.Carrier.ID, "/coach?"+q), withHeader("Accept", "application/json")).mustStatus(t, http.StatusOK)
		var rep struct {
			Score    *int              `json:"score"`
			Findings []json.RawMessage `json:"findings"`
		}
		if err := json.Unmarshal([]byte(p.Body), &rep); err != nil || rep.Score == nil || len(rep.Findings) == 0 {
			t.Fatalf("coach JSON %q: %v", p.Body, err)
		}
	})
	t.Run("WholePage", func(t *testing.T) {
		p := collGet(t, h, &f.Owner, carrierPath(f.Carrier.ID, "/coach?"+q)).mustStatus(t, http.StatusOK)
		if got := p.attrs(`#loadout-form input[name="place"]`, "value"); len(got) != 2 {
			t.Errorf("the page shows %v, want the draft's two placements", got)
		}
	})
	t.Run("Picture", func(t *testing.T) {
		p := collGet(t, h, &f.Owner, carrierPath(f.Carrier.ID, "/preview.svg?"+q)).mustStatus(t, http.StatusOK)
		if ct := p.Header.Get("Content-Type"); !strings.HasPrefix(ct, "image/svg+xml") || !strings.Contains(p.Body, "<svg") {
			t.Fatalf("preview is %s: %.200s", ct, p.Body)
		}
		cur := collGet(t, h, &f.Owner, carrierPath(f.Carrier.ID, "/preview.svg?"+placementQuery(currentDraft(f.Carrier)))).mustStatus(t, http.StatusOK)
		if cur.Body == p.Body {
			t.Error("the draft's picture is the same as the current loadout's")
		}
	})
	t.Run("BadPlacementIsRefused", func(t *testing.T) {
		collGet(t, h, &f.Owner, carrierPath(f.Carrier.ID, "/coach?place=nonsense")).mustStatus(t, http.StatusUnprocessableEntity)
	})
	if n := len(stylingJourney(t, h, f.Owner.ID, f.Carrier.ID)); n != 1 {
		t.Errorf("asking about drafts saved loadouts: journey has %d", n)
	}
}

// TestLoadoutRefusedItem: an item that cannot hang (lent out) is refused
// with a translated message naming it, and the draft comes back.
func TestLoadoutRefusedItem(t *testing.T) {
	h := newHarness(t)
	f := newStylingFixture(t, h)
	if err := h.Collection.SetStatus(context.Background(), f.Owner.ID, f.Shelf[1].ID, "lent", "to Mei"); err != nil {
		t.Fatal(err)
	}
	form := placeForm(f.Shelf[1].ID, "side_loop")
	for _, lang := range []string{"en", "zh-CN"} {
		p := collPost(t, h, &f.Owner, carrierPath(f.Carrier.ID, "/loadout"), form, withLang(lang)).mustStatus(t, http.StatusUnprocessableEntity)
		msg := strings.Join(p.texts(".loadout-error"), " ")
		if !strings.Contains(msg, f.Shelf[1].Name) || strings.Contains(msg, "is lent out") == (lang != "en") {
			t.Errorf("%s: refusal %q", lang, msg)
		}
		if got := p.attrs(`#loadout-form input[name="place"]`, "value"); !slices.Equal(got, form["place"]) {
			t.Errorf("%s: the form kept %v", lang, got)
		}
	}
	if n := len(stylingJourney(t, h, f.Owner.ID, f.Carrier.ID)); n != 1 {
		t.Errorf("a refused save changed the journey: %d loadouts", n)
	}
}
