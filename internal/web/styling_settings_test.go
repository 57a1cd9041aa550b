package web

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/styling"
)

func TestStylingSettings(t *testing.T) { dailyEach(t, stylingSettingsRoundTrip) }

func stylingSettingsRoundTrip(t *testing.T, h *harness) {
	a := collSignIn(t, h)
	ctx := context.Background()

	t.Run("ShowsTheDefaults", func(t *testing.T) {
		p := collGet(t, h, &a, "/styling/settings").mustStatus(t, http.StatusOK)
		got := dailyFormValues(p, "form.styling-settings")
		if got.Get("style") != "balanced" || got.Get("rotation_days") != "30" || got.Get("hemisphere") != "north" {
			t.Errorf("defaults on the form: %v", got)
		}
		if n := p.count(".style-option"); n != 3 {
			t.Errorf("%d style profiles, want 3", n)
		}
		for _, s := range p.texts(".style-option .muted") {
			if s == "" {
				t.Error("a style profile without its explanation")
			}
		}
	})

	t.Run("RoundTrip", func(t *testing.T) {
		form := url.Values{"style": {"maximalist"}, "rotation_days": {" 45 "}, "hemisphere": {"south"}}
		collPost(t, h, &a, "/styling/settings", form).mustRedirectTo(t, "/styling/settings?done=saved")
		p := collGet(t, h, &a, "/styling/settings?done=saved").mustStatus(t, http.StatusOK)
		p.mustHave(t, ".alert-ok")
		got := dailyFormValues(p, "form.styling-settings")
		if got.Get("style") != "maximalist" || got.Get("rotation_days") != "45" || got.Get("hemisphere") != "south" {
			t.Errorf("saved values on the form: %v", got)
		}
		st, err := h.Styling.Settings(ctx, a.ID)
		if err != nil || *st != (styling.Settings{Style: "maximalist", RotationDays: 45, Hemisphere: "south"}) {
			t.Errorf("stored settings %+v, %v", st, err)
		}
	})

	saved := styling.Settings{Style: "maximalist", RotationDays: 45, Hemisphere: "south"}
	for _, tc := range []struct {
		name  string
		form  url.Values
		field string
		lang  string
		want  string // part of the message, "" for any
	}{
		{"DaysNotANumber", url.Values{"style": {"minimal"}, "rotation_days": {"a month"}, "hemisphere": {"north"}}, "rotation_days", "en", "whole number"},
		{"DaysNotANumberInChinese", url.Values{"style": {"minimal"}, "rotation_days": {"一个月"}, "hemisphere": {"north"}}, "rotation_days", "zh-CN", "整数"},
		{"DaysZero", url.Values{"style": {"minimal"}, "rotation_days": {"0"}, "hemisphere": {"north"}}, "rotation_days", "en", ""},
		{"DaysTooMany", url.Values{"style": {"minimal"}, "rotation_days": {"400"}, "hemisphere": {"north"}}, "rotation_days", "en", ""},
		{"UnknownStyle", url.Values{"style": {"gaudy"}, "rotation_days": {"30"}, "hemisphere": {"north"}}, "style", "en", ""},
		{"UnknownHemisphere", url.Values{"style": {"minimal"}, "rotation_days": {"30"}, "hemisphere": {"east"}}, "hemisphere", "en", ""},
	} {
		t.Run(tc.name+"IsRefusedAndNothingChanges", func(t *testing.T) {
			p := collPost(t, h, &a, "/styling/settings", tc.form, withLang(tc.lang)).mustStatus(t, http.StatusUnprocessableEntity)
			sel := "#e-" + tc.field
			if tc.field == "hemisphere" {
				sel = "fieldset.radio-group.has-error .field-error"
			}
			msg := strings.Join(p.texts(sel), " ")
			if msg == "" || !strings.Contains(msg, tc.want) {
				t.Errorf("error under %s: %q, want one mentioning %q; body:\n%.2500s", tc.field, msg, tc.want, p.Body)
			}
			if got := dailyFormValues(p, "form.styling-settings").Get("rotation_days"); got != tc.form.Get("rotation_days") {
				t.Errorf("days not kept as typed: %q", got)
			}
			p.collRendered(t, "the refused settings form")
			if st, err := h.Styling.Settings(ctx, a.ID); err != nil || *st != saved {
				t.Errorf("a refused form changed the settings: %+v, %v", st, err)
			}
		})
	}

	t.Run("OwnerOnly", func(t *testing.T) {
		b := collSignIn(t, h)
		p := collGet(t, h, &b, "/styling/settings").mustStatus(t, http.StatusOK)
		if got := dailyFormValues(p, "form.styling-settings"); got.Get("style") != "balanced" {
			t.Errorf("B sees style %q, want B's own default", got.Get("style"))
		}
	})
}
