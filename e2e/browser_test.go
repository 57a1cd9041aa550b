package e2e

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromium returns the browser to drive: CHARMORY_CHROMIUM, else Debian's
// /usr/bin/chromium. Without one the test skips, except in CI where
// browser tests must run.
func chromium(t *testing.T) string {
	t.Helper()
	path := os.Getenv("CHARMORY_CHROMIUM")
	if path == "" {
		path = "/usr/bin/chromium"
	}
	if _, err := exec.LookPath(path); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("CI is set but no Chromium at %s: browser tests must run in CI", path)
		}
		t.Skipf("browser tests skipped: no Chromium at %s (install Debian's chromium package or set CHARMORY_CHROMIUM)", path)
	}
	return path
}

// newBrowser starts a headless Chromium with a fresh profile and no
// background networking, and returns a tab context.
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium(t)),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.NoSandbox,
		chromedp.Headless,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.WindowSize(1280, 900),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelTab := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 2*time.Minute)
	t.Cleanup(func() { cancelTimeout(); cancelTab(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	return ctx
}

// screenshot saves a full-page PNG when CHARMORY_E2E_SCREENSHOTS names a
// directory, for people to look at.
func screenshot(name string) chromedp.Action[chromedp.Void] {
	dir := os.Getenv("CHARMORY_E2E_SCREENSHOTS")
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		if dir == "" {
			return chromedp.Void{}, nil
		}
		png, err := chromedp.FullScreenshot(100)(ctx, t)
		if err != nil {
			return chromedp.Void{}, err
		}
		os.MkdirAll(dir, 0o755)
		return chromedp.Void{}, os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644)
	}
}

// submitAndWait runs a script that submits a form, then waits until the
// page the answer brings has loaded (the old document carries a mark the
// new one lacks; evaluating while the page navigates fails, as expected).
func submitAndWait(t *testing.T, ctx context.Context, submit string, logs fmt.Stringer) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => { window.beforeSubmit = true; `+submit+`; return true; })()`)); err != nil {
		t.Fatalf("submit: %v", err)
	}
	for start := time.Now(); ; time.Sleep(100 * time.Millisecond) {
		done, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`!window.beforeSubmit && document.readyState === "complete" && !!document.querySelector("main")`))
		if err == nil && done {
			return
		}
		if time.Since(start) > 20*time.Second {
			t.Fatalf("the page after submitting never loaded: %v\nserver logs:\n%s", err, logs)
		}
	}
}
