package app

import (
	"context"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// startApp boots the real program on a free loopback port with a fresh
// SQLite data directory and demo data, and stops it when the test ends.
func startApp(t *testing.T) (*App, string) {
	t.Helper()
	c := DefaultConfig()
	c.DataDir = t.TempDir()
	c.LogLevel = "error"
	c.MaxBodyBytes = 64 << 10
	ctx, cancel := context.WithCancel(context.Background())
	a, err := New(ctx, c, nil)
	if err != nil {
		t.Fatalf("new app: %v", err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- a.Serve(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("serve returned %v after shutdown", err)
			}
		case <-time.After(15 * time.Second):
			t.Error("server did not shut down")
		}
		a.Close()
	})
	base := "http://" + ln.Addr().String()
	for i := 0; i < 200; i++ {
		if resp, err := http.Get(base + "/healthz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return a, base
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatal("server never became healthy")
	return nil, ""
}

func TestOperations(t *testing.T) {
	_, base := startApp(t)

	t.Run("HealthzAnswersOK", func(t *testing.T) {
		resp, err := http.Get(base + "/healthz")
		if err != nil || resp.StatusCode != 200 {
			t.Fatalf("healthz: %v %v", resp, err)
		}
	})
	t.Run("MetricsHaveLatencyHistogramsPerRoute", func(t *testing.T) {
		if resp, err := http.Get(base + "/api/v1/charms?limit=1"); err == nil {
			resp.Body.Close()
		}
		// The observation lands just after the response is written, so
		// give it a few scrapes.
		var b []byte
		for i := 0; i < 50; i++ {
			resp, err := http.Get(base + "/metrics")
			if err != nil {
				t.Fatal(err)
			}
			b, _ = io.ReadAll(resp.Body)
			resp.Body.Close()
			if strings.Contains(string(b), `charmory_http_request_duration_seconds_bucket{code="200",method="GET",route="GET /api/v1/charms"`) {
				return
			}
			time.Sleep(20 * time.Millisecond)
		}
		t.Fatalf("no per-route latency histogram in metrics:\n%.3000s", b)
	})
	t.Run("SecurityHeadersOnEveryResponse", func(t *testing.T) {
		for _, path := range []string{"/", "/api/v1/charms", "/no-such-page"} {
			resp, err := http.Get(base + path)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			for _, h := range []string{"X-Content-Type-Options", "Content-Security-Policy", "X-Frame-Options", "Referrer-Policy"} {
				if resp.Header.Get(h) == "" {
					t.Errorf("%s: missing %s", path, h)
				}
			}
		}
	})
	t.Run("OversizedBodiesGet413", func(t *testing.T) {
		big := strings.Repeat("x", 128<<10)
		for _, path := range []string{"/api/v1/contributions", "/login"} {
			resp, err := http.Post(base+path, "application/x-www-form-urlencoded", strings.NewReader("a="+big))
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusRequestEntityTooLarge {
				t.Errorf("%s: status %d, want 413", path, resp.StatusCode)
			}
			if strings.HasPrefix(path, "/api/") && resp.Header.Get("Content-Type") != "application/problem+json" {
				t.Errorf("%s: content type %q", path, resp.Header.Get("Content-Type"))
			}
		}
	})
	t.Run("CrossOriginPostsAreRefused", func(t *testing.T) {
		req, _ := http.NewRequest(http.MethodPost, base+"/logout", nil)
		req.Header.Set("Sec-Fetch-Site", "cross-site")
		req.Header.Set("Origin", "https://evil.example")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusForbidden {
			t.Fatalf("cross-origin POST answered %d, want 403", resp.StatusCode)
		}
	})
}

func TestConfigRedactsSecrets(t *testing.T) {
	c := DefaultConfig()
	c.SecretKey = "hunter2hunter2"
	c.DatabaseURL = "postgres://app:s3cret@db:5432/charmory"
	s := c.String()
	if strings.Contains(s, "hunter2") || strings.Contains(s, "s3cret") {
		t.Fatalf("secrets leak in %q", s)
	}
}

func TestFromEnvRejectsBadValues(t *testing.T) {
	t.Setenv("CHARMORY_NO_DEMO", "maybe")
	c := DefaultConfig()
	if err := c.FromEnv(); err == nil {
		t.Fatal("CHARMORY_NO_DEMO=maybe accepted")
	}
}
