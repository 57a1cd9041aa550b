package e2e

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestCollectionFlow is a collector's first evening with Charmory: sign
// up, add two copies of one blind-box figure, find the spare in the
// series view, set a monthly budget, log a purchase made elsewhere and be
// warned that the month is nearly spent — in headless Chromium against
// the real binary.
func TestCollectionFlow(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary in a browser")
	}
	ctx := newBrowser(t)
	dir := t.TempDir()
	s := startServer(t, buildBinary(t, dir), "--data", filepath.Join(dir, "data"))
	user := fmt.Sprintf("col%d", time.Now().UnixNano()%1_000_000)
	seriesID, figure := blindBoxFigure(t, s.URL)

	step := func(name string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, append(actions, screenshot(name))...); err != nil {
			t.Fatalf("%s: %v\nserver logs:\n%s", name, err, s.logs)
		}
	}
	count := func(sel string) int {
		t.Helper()
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](fmt.Sprintf(`document.querySelectorAll(%q).length`, sel)))
		if err != nil {
			t.Fatalf("count %s: %v", sel, err)
		}
		return n
	}

	step("c01-signup",
		chromedp.Navigate(s.URL+"/signup"),
		chromedp.SendKeys(chromedp.CSS(`form[action="/signup"] input[name="username"]`), user),
		chromedp.SendKeys(chromedp.CSS(`form[action="/signup"] input[name="email"]`), user+"@example.com"),
		chromedp.SendKeys(chromedp.CSS(`form[action="/signup"] input[name="password"]`), "a long charm password"),
		chromedp.Click(chromedp.CSS(`form[action="/signup"] button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`form[action="/logout"]`)),
	)
	for i, cond := range []string{"opened", "boxed"} {
		step(fmt.Sprintf("c0%d-add-copy", i+2),
			chromedp.Navigate(fmt.Sprintf("%s/collection/new?charm=%d", s.URL, figure)),
			chromedp.WaitVisible(chromedp.CSS(`form.item-form`)),
			chromedp.SetValue(chromedp.CSS(`form.item-form select[name="condition"]`), cond),
			chromedp.SetValue(chromedp.CSS(`form.item-form input[name="price_paid"]`), "69.00"),
			chromedp.Click(chromedp.CSS(`form.item-form button[type="submit"]`)),
			chromedp.WaitVisible(chromedp.CSS(`main .item-hero`)),
		)
	}
	step("c04-series",
		chromedp.Navigate(fmt.Sprintf("%s/collection/series/%d", s.URL, seriesID)),
		chromedp.WaitVisible(chromedp.CSS(`.figure-grid`)),
	)
	if n := count(`.spare-list .spare`); n != 1 {
		t.Fatalf("series view lists %d spare copies, want the 1 duplicate", n)
	}
	if n := count(`.figure-owned`); n != 1 {
		t.Fatalf("series view marks %d figures owned, want 1", n)
	}
	step("c05-budget",
		chromedp.Navigate(s.URL+"/collection/budget"),
		chromedp.WaitVisible(chromedp.CSS(`form[action="/collection/budget/settings"]`)),
		chromedp.SetValue(chromedp.CSS(`form[action="/collection/budget/settings"] input[name="allowance"]`), "100"),
		chromedp.SetValue(chromedp.CSS(`form[action="/collection/budget/settings"] select[name="currency"]`), "CNY"),
	)
	// The page after saving has the same forms: wait for the new page, not
	// for a form.
	submitAndWait(t, ctx, `document.querySelector('form[action="/collection/budget/settings"]').requestSubmit()`, s.logs)
	step("c05-budget-set", chromedp.WaitVisible(chromedp.CSS(`form[action="/collection/budget/entries"]`)))
	if n := count(`.budget-warn, .budget-over`); n != 0 {
		t.Fatalf("a fresh budget already shows %d warnings", n)
	}
	step("c06-log-purchase",
		chromedp.SetValue(chromedp.CSS(`form[action="/collection/budget/entries"] input[name="amount"]`), "85"),
		chromedp.SetValue(chromedp.CSS(`form[action="/collection/budget/entries"] input[name="description"]`), "Enamel pin from the museum shop"),
		chromedp.Click(chromedp.CSS(`form[action="/collection/budget/entries"] button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`.budget-warn`)),
	)
	warning, _ := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`.budget-warn`)))
	if !strings.Contains(warning, "85") {
		t.Errorf("the warning does not say how much is spent: %q", warning)
	}
}

// blindBoxFigure finds a blind-box series of the demo catalog and one of
// its figures through the API.
func blindBoxFigure(t *testing.T, base string) (seriesID, charmID int64) {
	t.Helper()
	_, body := get(t, base+"/api/v1/series?kind=blind_box&limit=1")
	var list struct {
		Items []struct {
			ID   int64  `json:"id"`
			Slug string `json:"slug"`
		} `json:"items"`
	}
	if err := json.Unmarshal([]byte(body), &list); err != nil || len(list.Items) == 0 {
		t.Fatalf("blind-box series: %v %s", err, body)
	}
	_, body = get(t, base+"/api/v1/series/"+list.Items[0].Slug)
	var detail struct {
		Charms []struct {
			ID int64 `json:"id"`
		} `json:"charms"`
	}
	if err := json.Unmarshal([]byte(body), &detail); err != nil || len(detail.Charms) == 0 {
		t.Fatalf("series figures: %v %s", err, body)
	}
	t.Logf("series %d, figure %s", list.Items[0].ID, strconv.FormatInt(detail.Charms[0].ID, 10))
	return list.Items[0].ID, detail.Charms[0].ID
}
