package e2e

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestStylingFlow dresses a new backpack in headless Chromium: create it,
// place four charms from the demo collection, read the coach, apply one of
// its suggestions, see the picture change, and find both loadouts on the
// journey timeline.
func TestStylingFlow(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary in a browser")
	}
	ctx := newBrowser(t)
	dir := t.TempDir()
	s := startServer(t, buildBinary(t, dir), "--data", filepath.Join(dir, "data"))
	step := func(name string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, append(actions, screenshot(name))...); err != nil {
			t.Fatalf("%s: %v\nserver logs:\n%s", name, err, s.logs)
		}
	}
	eval := func(js string) int {
		t.Helper()
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](js))
		if err != nil {
			t.Fatalf("evaluate %s: %v", js, err)
		}
		return n
	}
	picture := func() string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector("[data-loadout-picture]").innerHTML`))
		if err != nil {
			t.Fatalf("read picture: %v", err)
		}
		return v
	}

	step("s01-login",
		chromedp.Navigate(s.URL+"/login"),
		chromedp.SendKeys(chromedp.CSS(`form[action="/login"] input[name="login"]`), "demo"),
		chromedp.SendKeys(chromedp.CSS(`form[action="/login"] input[name="password"]`), "charmory-demo"),
		chromedp.Click(chromedp.CSS(`form[action="/login"] button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`form[action="/logout"]`)),
	)
	// A tracker holder that hangs nowhere yet: the coach likes a
	// functional piece on a bag and can suggest this one.
	step("s02-tracker-holder",
		chromedp.Navigate(s.URL+"/collection/new"),
		chromedp.WaitVisible(chromedp.CSS(`form.item-form`)),
		chromedp.SendKeys(chromedp.CSS(`form.item-form input[name="title"]`), "Tracker holder"),
		chromedp.SetValue(chromedp.CSS(`form.item-form select[name="category"]`), "functional"),
		chromedp.Click(chromedp.CSS(`form.item-form button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`main .item-hero`)),
	)
	step("s03-new-backpack",
		chromedp.Navigate(s.URL+"/styling"),
		chromedp.WaitVisible(chromedp.CSS(`form[action="/styling/carriers"]`)),
		chromedp.SetValue(chromedp.CSS(`form[action="/styling/carriers"] select[name="kind"]`), "backpack"),
		chromedp.SendKeys(chromedp.CSS(`form[action="/styling/carriers"] input[name="name"]`), "Weekend backpack"),
		chromedp.Click(chromedp.CSS(`form[action="/styling/carriers"] button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#loadout-form`)),
	)
	// Choose four different plush charms, one "add" select after another
	// (the page's script moves each onto its point): an all-soft set the
	// coach should want to mix with another texture.
	placed := eval(`(() => {
		const used = new Set();
		for (let i = 0; i < 4; i++) {
			const sels = [...document.querySelectorAll("select.loadout-add")];
			const sel = sels[i % sels.length];
			const opt = [...sel.options].find(o => o.value && !o.disabled && !o.hidden && /Plush/.test(o.text) && !used.has(o.value.split(":")[0]));
			if (!opt) break;
			used.add(opt.value.split(":")[0]);
			sel.value = opt.value;
			sel.dispatchEvent(new Event("change", {bubbles: true}));
		}
		return used.size;
	})()`)
	if placed != 4 {
		t.Fatalf("placed %d items, want 4", placed)
	}
	step("s04-saved",
		chromedp.Click(chromedp.CSS(`#loadout-form .form-actions button[value="save"], #loadout-form button.button[value="save"]`)),
		chromedp.WaitVisible(chromedp.CSS(`.coach-score-value`)),
	)
	if n := eval(`document.querySelectorAll(".loadout-points .loadout-chip").length`); n != 4 {
		t.Fatalf("the saved loadout shows %d charms, want 4", n)
	}
	if n := eval(`document.querySelectorAll(".coach-findings li").length`); n == 0 {
		t.Fatal("the coach has no findings")
	}
	if n := eval(`document.querySelectorAll(".coach-apply button").length`); n == 0 {
		t.Fatal("the coach suggests nothing to apply")
	}
	before := picture()
	// Submit the first suggestion's form and wait for the page that the
	// redirect brings (the old document carries a mark the new one lacks).
	eval(`(() => { window.beforeApply = true; document.querySelector(".coach-apply").requestSubmit(); return 1; })()`)
	for start := time.Now(); ; time.Sleep(100 * time.Millisecond) {
		// Evaluating while the page navigates fails; that is expected here.
		done, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`!window.beforeApply && document.readyState === "complete" && !!document.querySelector("[data-loadout-picture]")`))
		if err == nil && done {
			break
		}
		if time.Since(start) > 20*time.Second {
			t.Fatalf("applying a suggestion never loaded the carrier page again: %v\nserver logs:\n%s", err, s.logs)
		}
	}
	step("s05-applied")
	if after := picture(); after == before {
		t.Error("applying a suggestion did not change the picture")
	}
	step("s06-journey",
		chromedp.Click(chromedp.CSS(`main a[href$="/journey"]`)),
		chromedp.WaitVisible(chromedp.CSS(`ol.journey`)),
	)
	if n := eval(`document.querySelectorAll("ol.journey .journey-entry").length`); n != 2 {
		t.Fatalf("the journey shows %d loadouts, want 2", n)
	}
}
