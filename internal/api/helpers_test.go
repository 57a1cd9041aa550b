package api_test

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/api"
	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/collection/photo"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/styling"
)

// testMaxBody is the request body limit of the test server, as the app's
// MaxBodyBytes would set it.
const testMaxBody = 64 << 10

// testUploadMax is the test server's upload limit (photos, import files).
const testUploadMax = 256 << 10

// env is an API served in process on real services over a test database,
// with a small catalog, three users and their (empty) collections.
type env struct {
	t    *testing.T
	db   *db.DB
	cat  *catalog.Service
	acc  *account.Service
	col  *collection.Service
	sty  *styling.Service
	skew atomic.Int64 // nanoseconds the styling clock runs ahead of time.Now
	h    http.Handler
	logs *logBuffer

	popmart, museum *catalog.Studio
	labubu          *catalog.IP
	macaron         *catalog.Series
	lychee, berry   *catalog.Charm // plush figures of the macaron series
	lion, crane     *catalog.Charm // museum metal charms

	alice, bob, mod          *account.User // two collectors and a moderator
	aliceKey, bobKey, modKey string        // their personal tokens
}

// newEnv seeds d, starts the catalog index and builds the API wrapped the
// way the app wraps it.
func newEnv(t *testing.T, d *db.DB) *env {
	t.Helper()
	e := &env{t: t, db: d, logs: &logBuffer{}}
	e.cat = catalog.NewService(d, nil)
	e.cat.SetLogger(slog.New(slog.DiscardHandler))
	e.acc = account.NewService(d, nil)
	photos := photo.NewStore(t.TempDir())
	e.col = collection.NewService(d, e.cat, photos, nil)
	e.sty = styling.NewService(d, e.cat, e.col, photos, func() time.Time { return time.Now().Add(time.Duration(e.skew.Load())) })
	e.seedCatalog()
	e.seedUsers()
	if err := e.cat.Start(t.Context()); err != nil {
		t.Fatalf("start catalog index: %v", err)
	}
	srv, err := api.New(api.Deps{Log: slog.New(slog.NewJSONHandler(e.logs, nil)), Catalog: e.cat, Accounts: e.acc, Collection: e.col, Styling: e.sty, UploadMaxBytes: testUploadMax})
	if err != nil {
		t.Fatalf("api.New: %v", err)
	}
	mux := http.NewServeMux()
	// The web UI's catch-all shares the mux; the API must not conflict with it.
	mux.HandleFunc("GET /", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "web page") })
	srv.Register(mux)
	e.h = appMiddleware(mux, testMaxBody)
	return e
}

// appMiddleware wraps h as internal/app does for body limits and
// cross-origin protection: bodies announced larger than max are refused
// at once, others are cut off at max while they are read.
func appMiddleware(h http.Handler, max int64) http.Handler {
	h = http.NewCrossOriginProtection().Handler(h)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > max {
			http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
			return
		}
		if r.Body != nil {
			r.Body = http.MaxBytesReader(w, r.Body, max)
		}
		h.ServeHTTP(w, r)
	})
}

// response is a recorded answer.
type response struct {
	*httptest.ResponseRecorder
}

// do sends a request with an optional bearer token and JSON body (a
// string is sent as is, anything else is marshalled).
func (e *env) do(method, path, token string, body any) response {
	e.t.Helper()
	var rd io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		rd = strings.NewReader(b)
	default:
		buf, err := json.Marshal(b)
		if err != nil {
			e.t.Fatalf("marshal body: %v", err)
		}
		rd = bytes.NewReader(buf)
	}
	r := httptest.NewRequest(method, path, rd)
	if rd != nil {
		r.Header.Set("Content-Type", "application/json")
	}
	if token != "" {
		r.Header.Set("Authorization", "Bearer "+token)
	}
	w := httptest.NewRecorder()
	e.h.ServeHTTP(w, r)
	return response{w}
}

// decode unmarshals the body into v after checking the status.
func (r response) decode(t *testing.T, status int, v any) {
	t.Helper()
	if r.Code != status {
		t.Fatalf("status %d, want %d; body: %s", r.Code, status, r.Body.String())
	}
	if v == nil {
		return
	}
	if err := json.Unmarshal(r.Body.Bytes(), v); err != nil {
		t.Fatalf("decode %s: %v", r.Body.String(), err)
	}
}

// problem is the RFC 9457 document the API answers errors with.
type problem struct {
	Title  string `json:"title"`
	Status int    `json:"status"`
	Detail string `json:"detail"`
	Errors []struct {
		Message  string `json:"message"`
		Location string `json:"location"`
	} `json:"errors"`
}

// problem checks that r is a problem document with status and returns it.
func (r response) problem(t *testing.T, status int) problem {
	t.Helper()
	if ct := r.Header().Get("Content-Type"); ct != "application/problem+json" {
		t.Errorf("Content-Type %q, want application/problem+json (status %d, body %s)", ct, r.Code, r.Body.String())
	}
	var p problem
	r.decode(t, status, &p)
	if p.Status != status || p.Title != http.StatusText(status) {
		t.Errorf("problem status %d title %q, want %d %q", p.Status, p.Title, status, http.StatusText(status))
	}
	return p
}

// locations lists where a problem's field errors point.
func (p problem) locations() []string {
	var out []string
	for _, e := range p.Errors {
		out = append(out, e.Location)
	}
	return out
}

// logBuffer collects log output safely across goroutines.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}
