// Package e2e builds the real charmory binary, starts it on a free port
// with a fresh data directory, and drives Debian's headless Chromium
// through the flows a visitor takes.
package e2e

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// server is a running charmory process.
type server struct {
	URL  string
	cmd  *exec.Cmd
	logs *logBuffer
}

// logBuffer collects the server's output, written by the process's copy
// goroutine while a failing test reads it.
type logBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// buildBinary compiles cmd/charmory once into dir.
func buildBinary(t *testing.T, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "charmory")
	cmd := exec.Command("go", "build", "-o", bin, "../cmd/charmory")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build charmory: %v\n%s", err, out)
	}
	return bin
}

// freeAddr asks the kernel for a free loopback port.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// startServer runs `charmory serve` with args and waits for /healthz.
func startServer(t *testing.T, bin string, args ...string) *server {
	t.Helper()
	addr := freeAddr(t)
	logs := &logBuffer{}
	cmd := exec.Command(bin, append([]string{"serve", "--addr", addr}, args...)...)
	cmd.Stdout, cmd.Stderr = logs, logs
	cmd.Env = append(os.Environ(), "CHARMORY_LOG_FORMAT=text")
	if err := cmd.Start(); err != nil {
		t.Fatalf("start charmory: %v", err)
	}
	s := &server{URL: "http://" + addr, cmd: cmd, logs: logs}
	t.Cleanup(func() { s.stop(t) })
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		resp, err := http.Get(s.URL + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return s
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("charmory did not become healthy in time; logs:\n%s", logs)
	return nil
}

// stop sends SIGTERM and expects a graceful exit.
func (s *server) stop(t *testing.T) {
	if s.cmd.ProcessState != nil {
		return
	}
	s.cmd.Process.Signal(os.Interrupt)
	done := make(chan error, 1)
	go func() { done <- s.cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("charmory exited with %v; logs:\n%s", err, s.logs)
		}
	case <-time.After(15 * time.Second):
		s.cmd.Process.Kill()
		t.Errorf("charmory did not shut down gracefully; logs:\n%s", s.logs)
	}
}

func get(t *testing.T, url string) (*http.Response, string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	var b strings.Builder
	buf := make([]byte, 32<<10)
	for {
		n, err := resp.Body.Read(buf)
		b.Write(buf[:n])
		if err != nil {
			break
		}
	}
	return resp, b.String()
}

func mustContain(t *testing.T, what, body string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(body, w) {
			t.Errorf("%s: missing %q", what, w)
		}
	}
}

func TestBinaryServesDemoCatalogAndAPI(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	dir := t.TempDir()
	bin := buildBinary(t, dir)
	s := startServer(t, bin, "--data", filepath.Join(dir, "data"))

	resp, body := get(t, s.URL+"/api/v1/charms?q=plush&limit=5")
	if resp.StatusCode != 200 {
		t.Fatalf("search status %d: %s", resp.StatusCode, body)
	}
	mustContain(t, "search", body, `"items"`, `"total"`, `"next"`)

	resp, body = get(t, s.URL+"/api/v1/charms/999999999")
	if resp.StatusCode != 404 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/problem+json") {
		t.Fatalf("unknown charm: %d %s %s", resp.StatusCode, resp.Header.Get("Content-Type"), body)
	}
	resp, body = get(t, s.URL+"/api/v1/openapi.json")
	if resp.StatusCode != 200 {
		t.Fatalf("openapi status %d", resp.StatusCode)
	}
	mustContain(t, "openapi", body, `"openapi":"3.1`)
	resp, body = get(t, s.URL+"/metrics")
	mustContain(t, "metrics", body, "charmory_http_request_duration_seconds")
	resp, body = get(t, s.URL+"/")
	if resp.StatusCode != 200 {
		t.Fatalf("home status %d", resp.StatusCode)
	}
	if got := resp.Header.Get("X-Content-Type-Options"); got != "nosniff" {
		t.Errorf("security headers missing: %q", got)
	}
	fmt.Fprintln(os.Stderr, "binary served demo catalog at", s.URL)
}
