package web

import (
	"context"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
)

// TestCarrierForms: creating takes the kind's defaults and refuses what
// is not a number, keeping what was typed; editing reads points one a
// line (labels of default points become their codes again, other names
// stay as typed) and refuses to drop a point in use; deleting puts the
// carrier's items back on the shelf.
func TestCarrierForms(t *testing.T) {
	h := newHarness(t)
	f := newStylingFixture(t, h)
	ctx := context.Background()

	t.Run("CreateTakesTheKindsDefaults", func(t *testing.T) {
		loc := collPost(t, h, &f.Owner, "/styling/carriers", url.Values{"kind": {"glasses"}, "name": {"Sunglasses"}}).
			collRedirect(t, "/styling/carriers/")
		p := collGet(t, h, &f.Owner, loc).mustStatus(t, http.StatusOK)
		if got := p.texts("fieldset.loadout-point legend"); !slices.Equal(got, []string{"Left temple tip", "Right temple tip"}) {
			t.Errorf("glasses points %v", got)
		}
		p.mustHave(t, ".alert-ok")
	})
	t.Run("CreateRefusesANonNumber", func(t *testing.T) {
		p := collPost(t, h, &f.Owner, "/styling/carriers", url.Values{"kind": {"tote"}, "name": {"Heavy tote"}, "weight_limit_g": {"lots"}}).
			mustStatus(t, http.StatusUnprocessableEntity)
		p.mustHave(t, "#e-weight_limit_g")
		if got := p.attrs("#f-name", "value"); len(got) != 1 || got[0] != "Heavy tote" {
			t.Errorf("the name came back as %v", got)
		}
		if got := p.attrs("#f-kind option[selected]", "value"); len(got) != 1 || got[0] != "tote" {
			t.Errorf("the kind came back as %v", got)
		}
	})
	t.Run("CreateRefusesAnUnknownKind", func(t *testing.T) {
		p := collPost(t, h, &f.Owner, "/styling/carriers", url.Values{"kind": {"spaceship"}, "name": {"Rocket"}}).
			mustStatus(t, http.StatusUnprocessableEntity)
		p.mustHave(t, ".alert-error")
	})

	edit := url.Values{"name": {"Daily backpack"}, "size": {"M"}, "colour": {"pink"}, "weight_limit_g": {"350"},
		"points": {"Left zip pull\nRight zip pull\ntop_handle\nLeft strap\n  \nMy keychain loop\n"}, "dress_code": {"school"}}
	t.Run("EditReadsPointsOneALine", func(t *testing.T) {
		collPost(t, h, &f.Owner, carrierPath(f.Carrier.ID), edit).collRedirect(t, carrierPath(f.Carrier.ID, "?done=updated"))
		c := stylingCarrierOf(t, h, f.Owner.ID, f.Carrier.ID)
		want := []string{"zip_pull_left", "zip_pull_right", "top_handle", "strap_left", "My keychain loop"}
		if !slices.Equal(c.Points, want) || c.Size != "M" || c.WeightLimitG != 350 || c.DressCode != "school" {
			t.Errorf("saved %+v", c)
		}
		p := collGet(t, h, &f.Owner, carrierPath(f.Carrier.ID, "/edit")).mustStatus(t, http.StatusOK)
		if got := p.Doc.Find("#f-points").Text(); !strings.Contains(got, "Left zip pull\n") || !strings.Contains(got, "My keychain loop") {
			t.Errorf("the points field shows %q", got)
		}
	})
	t.Run("EditInChineseKeepsDefaultCodes", func(t *testing.T) {
		zh := url.Values{}
		for k, v := range edit {
			zh[k] = v
		}
		zh.Set("points", "左拉链头\nRight zip pull\n顶部提手\n左肩带\nMy keychain loop")
		collPost(t, h, &f.Owner, carrierPath(f.Carrier.ID), zh, withLang("zh-CN")).collRedirect(t, carrierPath(f.Carrier.ID))
		c := stylingCarrierOf(t, h, f.Owner.ID, f.Carrier.ID)
		if c.Points[0] != "zip_pull_left" || c.Points[2] != "top_handle" {
			t.Errorf("Chinese labels saved as %v", c.Points)
		}
	})
	t.Run("EditRefusesDroppingAPointInUse", func(t *testing.T) {
		drop := url.Values{}
		for k, v := range edit {
			drop[k] = v
		}
		drop.Set("points", "My keychain loop")
		p := collPost(t, h, &f.Owner, carrierPath(f.Carrier.ID), drop).mustStatus(t, http.StatusUnprocessableEntity)
		if got := p.texts("#e-points"); len(got) != 1 || !strings.Contains(got[0], "Left zip pull") {
			t.Errorf("points error %v does not name the point in use by its label", got)
		}
		if got := p.Doc.Find("#f-points").Text(); got != "My keychain loop" {
			t.Errorf("the points field came back as %q", got)
		}
	})
	t.Run("DeletePutsItemsBack", func(t *testing.T) {
		collGet(t, h, &f.Owner, carrierPath(f.Carrier.ID, "/edit?confirm=delete")).mustStatus(t, http.StatusOK).
			mustHave(t, `form[action="`+carrierPath(f.Carrier.ID, "/delete")+`"]`)
		collPost(t, h, &f.Owner, carrierPath(f.Carrier.ID, "/delete"), nil).collRedirect(t, "/styling?done=deleted")
		collGet(t, h, &f.Owner, carrierPath(f.Carrier.ID)).mustStatus(t, http.StatusNotFound)
		for _, m := range f.Metal {
			it, err := h.Collection.Item(ctx, f.Owner.ID, m.ID)
			if err != nil || it.Status != "stored" {
				t.Errorf("%s is %q after its carrier went (%v)", m.Name, it.Status, err)
			}
		}
	})
}
