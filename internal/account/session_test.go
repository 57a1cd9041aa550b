package account

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
)

func TestSessions(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		s, clock := newTestService(t, d)
		mei := mustSignUp(t, s, "mei")
		times := func(token string) (expires, seen time.Time) {
			t.Helper()
			err := d.R.QueryRowContext(ctx, `SELECT expires_at, last_seen_at FROM sessions WHERE token_hash = $1`, hashSecret(token)).Scan(&expires, &seen)
			if err != nil {
				t.Fatal(err)
			}
			return expires.UTC(), seen.UTC()
		}
		token, err := s.CreateSession(ctx, mei.ID, "Mozilla/5.0 "+strings.Repeat("x", 500))
		if err != nil {
			t.Fatal(err)
		}
		t.Run("TokenIs32RandomBytesInBase64URL", func(t *testing.T) {
			if !regexp.MustCompile(`^[A-Za-z0-9_-]{43}$`).MatchString(token) {
				t.Fatalf("token %q", token)
			}
		})
		t.Run("StoresOnlyTheHash", func(t *testing.T) {
			var hash, agent string
			if err := d.R.QueryRowContext(ctx, `SELECT token_hash, user_agent FROM sessions WHERE user_id = $1`, mei.ID).Scan(&hash, &agent); err != nil {
				t.Fatal(err)
			}
			if hash != hashSecret(token) || strings.Contains(hash, token) {
				t.Fatalf("stored %q for token %q", hash, token)
			}
			if len(agent) != maxUserAgent {
				t.Fatalf("user agent of %d bytes stored, want it clipped to %d", len(agent), maxUserAgent)
			}
		})
		t.Run("LooksUpTheUser", func(t *testing.T) {
			u, err := s.SessionUser(ctx, token)
			if err != nil || u.ID != mei.ID {
				t.Fatalf("got %+v, %v", u, err)
			}
		})
		t.Run("RejectsUnknownAndMalformedTokens", func(t *testing.T) {
			other := strings.Repeat("A", len(token))
			for _, bad := range []string{"", "abc", other, token + "x"} {
				_, err := s.SessionUser(ctx, bad)
				wantKind(t, err, errs.Unauthorized)
			}
		})
		t.Run("RecordsLastSeenAtMostEachMinute", func(t *testing.T) {
			_, seen0 := times(token)
			clock.Advance(30 * time.Second)
			if _, err := s.SessionUser(ctx, token); err != nil {
				t.Fatal(err)
			}
			if _, seen := times(token); !seen.Equal(seen0) {
				t.Fatalf("last seen moved after 30s: %v -> %v", seen0, seen)
			}
			clock.Advance(31 * time.Second)
			if _, err := s.SessionUser(ctx, token); err != nil {
				t.Fatal(err)
			}
			if _, seen := times(token); !seen.Equal(clock.Now()) {
				t.Fatalf("last seen %v, want %v", seen, clock.Now())
			}
		})
		t.Run("SlidesTheExpiryAtMostDaily", func(t *testing.T) {
			expires0, _ := times(token)
			clock.Advance(2 * time.Hour)
			s.SessionUser(ctx, token)
			if expires, _ := times(token); !expires.Equal(expires0) {
				t.Fatalf("expiry moved after 2h: %v -> %v", expires0, expires)
			}
			clock.Advance(23 * time.Hour)
			s.SessionUser(ctx, token)
			if expires, _ := times(token); !expires.Equal(clock.Now().Add(30 * 24 * time.Hour)) {
				t.Fatalf("expiry %v, want 30 days from now", expires)
			}
		})
		t.Run("ExpiresAfter30IdleDaysAndIsDeleted", func(t *testing.T) {
			clock.Advance(29 * 24 * time.Hour)
			if _, err := s.SessionUser(ctx, token); err != nil {
				t.Fatalf("day 29 of a slid session: %v", err)
			}
			clock.Advance(30 * 24 * time.Hour)
			_, err := s.SessionUser(ctx, token)
			wantKind(t, err, errs.Unauthorized)
			if n := countRows(t, d, `SELECT COUNT(*) FROM sessions WHERE token_hash = $1`, hashSecret(token)); n != 0 {
				t.Fatal("expired session left in the table")
			}
		})
		t.Run("DeleteEndsTheSession", func(t *testing.T) {
			token, err := s.CreateSession(ctx, mei.ID, "")
			if err != nil {
				t.Fatal(err)
			}
			if err := s.DeleteSession(ctx, token); err != nil {
				t.Fatal(err)
			}
			_, err = s.SessionUser(ctx, token)
			wantKind(t, err, errs.Unauthorized)
			if err := s.DeleteSession(ctx, token); err != nil {
				t.Fatalf("deleting an unknown session: %v", err)
			}
		})
	})
}
