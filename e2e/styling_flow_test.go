package e2e

import (
	"path/filepath"
	"testing"

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
	// Wait for the live preview of the draft, as a person looking at the
	// picture would, then save with the Save button.
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`(() => { const st = document.querySelector("[data-loadout-status]"); return st && st.textContent !== "" && st.textContent === st.getAttribute("data-unsaved"); })()`)); err != nil {
		t.Fatalf("the draft preview never came: %v", err)
	}
	submitAndWait(t, ctx, `(() => { const f = document.getElementById("loadout-form"); f.requestSubmit(f.querySelector(".form-actions button[value=save]")); })()`, s.logs)
	step("s04-saved")
	if n := eval(`document.querySelectorAll("main .alert-ok").length`); n == 0 {
		msg, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`(document.querySelector("main .alert") || {innerText: "no message"}).innerText`))
		t.Fatalf("saving the loadout failed; the page says: %s", msg)
	}
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
	submitAndWait(t, ctx, `document.querySelector(".coach-apply").requestSubmit()`, s.logs)
	step("s05-applied")
	alert, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`(document.querySelector("main .alert") || {innerText: "no message"}).innerText`))
	if n := eval(`document.querySelectorAll("main .alert-ok").length`); n == 0 {
		t.Fatalf("applying a suggestion did not save a loadout; the page says: %s", alert)
	}
	if after := picture(); after == before {
		t.Error("applying a suggestion did not change the picture")
	}
	step("s06-journey",
		chromedp.Click(chromedp.CSS(`main a[href$="/journey"]`)),
		chromedp.WaitVisible(chromedp.CSS(`ol.journey`)),
	)
	n := eval(`document.querySelectorAll("ol.journey .journey-entry").length`)
	for try := 0; n != 2 && try < 3; try++ {
		loc, _ := chromedp.Run(ctx, chromedp.Location())
		t.Logf("the journey at %s shows %d loadouts; loading it again", loc, n)
		step("s07-journey-again", chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS(`ol.journey`)))
		n = eval(`document.querySelectorAll("ol.journey .journey-entry").length`)
	}
	if n != 2 {
		text, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector("main").innerText`))
		t.Fatalf("the journey shows %d loadouts, want 2:\n%s", n, text)
	}
}
