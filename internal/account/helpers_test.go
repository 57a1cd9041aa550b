package account

import (
	"context"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// testHash is a cheap argon2id cost so that tests exercise the real code
// path without spending the production cost on every sign-up.
var testHash = hashParams{memory: 64, time: 1, threads: 1}

// goodPassword passes every password rule.
const goodPassword = "plum blossom charm 42"

// fakeClock is a settable clock safe for concurrent use.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// newTestService returns a service on d with a fake clock and cheap hashes.
func newTestService(t testing.TB, d *db.DB) (*Service, *fakeClock) {
	t.Helper()
	clock := &fakeClock{now: time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC)}
	s := NewService(d, clock.Now)
	s.hash = testHash
	return s, clock
}

// mustSignUp creates the collector username with goodPassword and the
// email username@example.com.
func mustSignUp(t testing.TB, s *Service, username string) *User {
	t.Helper()
	u, err := s.SignUp(context.Background(), SignUp{Username: username, Email: username + "@example.com", Password: goodPassword})
	if err != nil {
		t.Fatalf("sign up %s: %v", username, err)
	}
	return u
}

// wantKind fails unless err is of kind k.
func wantKind(t testing.TB, err error, k errs.Kind) {
	t.Helper()
	if !errs.Is(err, k) {
		t.Fatalf("got error %v (kind %v), want kind %v", err, errs.KindOf(err), k)
	}
}

// fieldNames returns the sorted names of the fields err reports.
func fieldNames(err error) []string {
	var names []string
	for _, f := range errs.FieldsOf(err) {
		names = append(names, f.Field)
	}
	slices.Sort(names)
	return names
}

// countRows runs a SELECT COUNT(*) query.
func countRows(t testing.TB, d *db.DB, query string, args ...any) int {
	t.Helper()
	var n int
	if err := d.R.QueryRowContext(context.Background(), query, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}
