package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

func TestZZTour(t *testing.T) {
	if os.Getenv("TOUR") == "" {
		t.Skip()
	}
	ctx := newBrowser(t)
	dir := t.TempDir()
	s := startServer(t, buildBinary(t, dir), "--data", filepath.Join(dir, "data"))
	must := func(err error) {
		if err != nil {
			t.Fatalf("%v\n%s", err, s.logs)
		}
	}
	must(chromedp.Do(ctx,
		chromedp.Navigate(s.URL+"/login"),
		chromedp.SendKeys(chromedp.CSS(`form[action="/login"] input[name="login"]`), "demo"),
		chromedp.SendKeys(chromedp.CSS(`form[action="/login"] input[name="password"]`), "charmory-demo"),
		chromedp.Click(chromedp.CSS(`form[action="/login"] button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`form[action="/logout"]`)),
	))
	for _, p := range strings.Split(os.Getenv("TOUR"), ",") {
		name := strings.NewReplacer("/", "_", "?", "_", "=", "_", "&", "_").Replace(p)
		must(chromedp.Do(ctx, chromedp.Navigate(s.URL+p), chromedp.WaitVisible(chromedp.CSS("main#main")), screenshot("tour"+name)))
	}
}
