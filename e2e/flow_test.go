package e2e

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestVisitorFlow is the path a new collector takes: home → search
// "plush" → open a charm → sign up → log out → log in → suggest an edit,
// in a real headless Chromium against the real binary.
func TestVisitorFlow(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary in a browser")
	}
	ctx := newBrowser(t)
	dir := t.TempDir()
	s := startServer(t, buildBinary(t, dir), "--data", filepath.Join(dir, "data"))
	user := fmt.Sprintf("flow%d", time.Now().UnixNano()%1_000_000)

	step := func(name string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, append(actions, screenshot(name))...); err != nil {
			t.Fatalf("%s: %v\nserver logs:\n%s", name, err, s.logs)
		}
	}
	text := func(sel string) string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("read %s: %v", sel, err)
		}
		return v
	}

	step("01-home",
		chromedp.Navigate(s.URL+"/"),
		chromedp.WaitVisible(chromedp.CSS(".site-header .brand")),
		chromedp.WaitVisible(chromedp.CSS("#site-q")),
	)
	// The home page shows charm cards too: wait for the search's answer,
	// not for a card.
	step("02-search-typed", chromedp.SendKeys(chromedp.CSS("#site-q"), "plush"))
	submitAndWait(t, ctx, `document.getElementById("site-q").form.requestSubmit()`, s.logs)
	step("02-search-plush", chromedp.WaitVisible(chromedp.CSS("main a.charm-card")))
	loc, _ := chromedp.Run(ctx, chromedp.Location())
	if !strings.Contains(loc, "q=plush") {
		t.Fatalf("search landed on %s", loc)
	}
	step("03-charm",
		chromedp.Click(chromedp.CSS("main a.charm-card")),
		chromedp.WaitVisible(chromedp.CSS(`main a[href$="/edit"]`)),
	)
	charmURL, _ := chromedp.Run(ctx, chromedp.Location())
	title := text("main h1")
	if title == "" {
		t.Fatal("charm page has no title")
	}

	step("04-signup",
		chromedp.Navigate(s.URL+"/signup"),
		chromedp.SendKeys(chromedp.CSS(`form[action="/signup"] input[name="username"]`), user),
		chromedp.SendKeys(chromedp.CSS(`form[action="/signup"] input[name="email"]`), user+"@example.com"),
		chromedp.SendKeys(chromedp.CSS(`form[action="/signup"] input[name="display_name"]`), "Flow Tester"),
		chromedp.SendKeys(chromedp.CSS(`form[action="/signup"] input[name="password"]`), "a long charm password"),
		chromedp.Click(chromedp.CSS(`form[action="/signup"] button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`form[action="/logout"]`)),
	)
	if got := text(".user-name"); got != "Flow Tester" {
		t.Fatalf("signed-up user shows as %q", got)
	}
	step("05-logout",
		chromedp.Click(chromedp.CSS(`form[action="/logout"] button`)),
		chromedp.WaitVisible(chromedp.CSS(`.user-nav a[href="/login"]`)),
	)
	step("06-login",
		chromedp.Navigate(s.URL+"/login"),
		chromedp.SendKeys(chromedp.CSS(`form[action="/login"] input[name="login"]`), user),
		chromedp.SendKeys(chromedp.CSS(`form[action="/login"] input[name="password"]`), "a long charm password"),
		chromedp.Click(chromedp.CSS(`form[action="/login"] button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`form[action="/logout"]`)),
	)
	step("07-edit-form",
		chromedp.Navigate(charmURL),
		chromedp.Click(chromedp.CSS(`main a[href$="/edit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`form.charm-form textarea[name="description"]`)),
	)
	step("08-edit-submitted",
		chromedp.SetValue(chromedp.CSS(`form.charm-form textarea[name="description"]`), "Soft, palm-sized and a little shy; ships with a split ring."),
		chromedp.SendKeys(chromedp.CSS(`form.charm-form textarea[name="note"]`), "Description from the box insert."),
		chromedp.Submit(chromedp.CSS(`form.charm-form`)),
		chromedp.WaitVisible(chromedp.CSS(`.alert-ok`)),
	)
	loc, _ = chromedp.Run(ctx, chromedp.Location())
	if !strings.Contains(loc, "/contributions/") {
		t.Fatalf("after submitting an edit the browser is on %s", loc)
	}

	// The moderator sees it in the queue (checked through the API of the
	// same server, as a second actor would).
	resp, body := get(t, s.URL+"/api/v1/charms/"+charmURL[strings.LastIndex(charmURL, "/")+1:])
	if resp.StatusCode != 200 || !strings.Contains(body, `"id"`) {
		t.Fatalf("charm API after edit: %d %s", resp.StatusCode, body)
	}
}
