package account

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
)

func TestLogin(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		s, _ := newTestService(t, d)
		mei := mustSignUp(t, s, "mei")
		for _, c := range []struct {
			name, login, password string
			want                  errs.Kind // Internal: success
		}{
			{"ByUsername", "mei", goodPassword, errs.Internal},
			{"ByUsernameAnyCase", " MEI ", goodPassword, errs.Internal},
			{"ByEmail", "Mei@Example.com", goodPassword, errs.Internal},
			{"WrongPasswordIsUnauthorized", "mei", "plum blossom charm 43", errs.Unauthorized},
			{"PasswordIsCaseSensitive", "mei", strings.ToUpper(goodPassword), errs.Unauthorized},
			{"UnknownUserIsUnauthorized", "nobody", goodPassword, errs.Unauthorized},
			{"UnknownEmailIsUnauthorized", "nobody@example.com", goodPassword, errs.Unauthorized},
			{"EmptyPasswordIsUnauthorized", "mei", "", errs.Unauthorized},
		} {
			t.Run(c.name, func(t *testing.T) {
				u, err := s.Login(ctx, c.login, c.password, "198.51.100.4")
				if c.want != errs.Internal {
					wantKind(t, err, c.want)
					if errs.Message(err) != "wrong username or password" {
						t.Fatalf("message %q does not hide which part was wrong", errs.Message(err))
					}
					return
				}
				if err != nil || u.ID != mei.ID {
					t.Fatalf("login = %+v, %v; want user %d", u, err, mei.ID)
				}
			})
		}
		t.Run("OverlongLoginIsRefusedUnrecorded", func(t *testing.T) {
			long := strings.Repeat("m", 300)
			_, err := s.Login(ctx, long, goodPassword, "")
			wantKind(t, err, errs.Unauthorized)
			if n := countRows(t, d, `SELECT COUNT(*) FROM login_attempts WHERE username = $1`, long); n != 0 {
				t.Fatalf("%d attempts recorded for a name no account can have", n)
			}
		})
		t.Run("StoresNoClientAddressInClear", func(t *testing.T) {
			if n := countRows(t, d, `SELECT COUNT(*) FROM login_attempts WHERE client_hash = $1`, hashClient("198.51.100.4")); n == 0 {
				t.Fatal("attempts not recorded under the hashed client")
			}
			if n := countRows(t, d, `SELECT COUNT(*) FROM login_attempts WHERE client_hash LIKE $1`, "%198.51%"); n != 0 {
				t.Fatalf("%d attempts hold the address in clear", n)
			}
		})
	})
}

func TestLoginRateLimit(t *testing.T) {
	fail := func(t *testing.T, s *Service, login, client string, n int) {
		t.Helper()
		for i := range n {
			_, err := s.Login(context.Background(), login, "wrong password!", client)
			if !errs.Is(err, errs.Unauthorized) {
				t.Fatalf("failure %d for %s: %v, want unauthorized", i+1, login, err)
			}
		}
	}
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		t.Run("BlocksRightPasswordAfterFiveFailures", func(t *testing.T) {
			s, clock := newTestService(t, d)
			mustSignUp(t, s, "mei")
			fail(t, s, "mei", "198.51.100.1", 5)
			clock.Advance(time.Minute)
			_, err := s.Login(ctx, "mei", goodPassword, "198.51.100.2")
			wantKind(t, err, errs.RateLimited)
			if msg := errs.Message(err); !strings.Contains(msg, "try again in 14 minutes") {
				t.Fatalf("message %q does not say when to retry", msg)
			}
			if wait, ok := RetryAfter(err); !ok || wait != 14*time.Minute {
				t.Fatalf("RetryAfter = %v, %v; want 14m", wait, ok)
			}
			if n := countRows(t, d, `SELECT COUNT(*) FROM login_attempts WHERE username = $1`, "mei"); n != 5 {
				t.Fatalf("%d attempts recorded, want 5: refusals must not count", n)
			}
			clock.Advance(14 * time.Minute)
			if _, err := s.Login(ctx, "mei", goodPassword, "198.51.100.2"); err != nil {
				t.Fatalf("after the window: %v", err)
			}
		})
		t.Run("EmailAndUsernameShareTheBudget", func(t *testing.T) {
			s, _ := newTestService(t, d)
			mustSignUp(t, s, "lin")
			fail(t, s, "lin", "", 3)
			fail(t, s, "lin@example.com", "", 2)
			_, err := s.Login(ctx, "lin", goodPassword, "")
			wantKind(t, err, errs.RateLimited)
		})
		t.Run("SuccessResetsTheUsernameCount", func(t *testing.T) {
			s, _ := newTestService(t, d)
			mustSignUp(t, s, "yuki")
			fail(t, s, "yuki", "", 4)
			if _, err := s.Login(ctx, "yuki", goodPassword, ""); err != nil {
				t.Fatal(err)
			}
			fail(t, s, "yuki", "", 4)
			if _, err := s.Login(ctx, "yuki", goodPassword, ""); err != nil {
				t.Fatalf("4 failures since the last success: %v", err)
			}
			if n := countRows(t, d, `SELECT COUNT(*) FROM login_attempts WHERE username = $1`, "yuki"); n != 10 {
				t.Fatalf("%d attempts kept, want all 10: success must not erase history", n)
			}
		})
		t.Run("LimitsOneClientAcrossUsernames", func(t *testing.T) {
			s, _ := newTestService(t, d)
			mustSignUp(t, s, "hana")
			for i := range 5 {
				fail(t, s, fmt.Sprintf("guess%d", i), "[2001:db8:1:2::7]:443", 4)
			}
			_, err := s.Login(ctx, "hana", goodPassword, "2001:db8:1:2::99")
			wantKind(t, err, errs.RateLimited)
			if _, err := s.Login(ctx, "hana", goodPassword, "203.0.113.9"); err != nil {
				t.Fatalf("another client is not limited: %v", err)
			}
		})
		t.Run("ConcurrentGuessesGetAtMostFiveChecks", func(t *testing.T) {
			s, _ := newTestService(t, d)
			mustSignUp(t, s, "sora")
			const n = 12
			kinds := make(chan errs.Kind, n)
			var wg sync.WaitGroup
			for range n {
				wg.Go(func() {
					_, err := s.Login(ctx, "sora", "wrong password!", "")
					kinds <- errs.KindOf(err)
				})
			}
			wg.Wait()
			close(kinds)
			checked := 0
			for k := range kinds {
				switch k {
				case errs.Unauthorized:
					checked++
				case errs.RateLimited:
				default:
					t.Errorf("unexpected kind %v", k)
				}
			}
			if checked > maxNameFailures || checked == 0 {
				t.Fatalf("%d passwords checked, want 1..%d", checked, maxNameFailures)
			}
		})
	})
}

func TestHashClient(t *testing.T) {
	same := [][2]string{
		{"198.51.100.7", "198.51.100.7:50123"},
		{"198.51.100.7", "::ffff:198.51.100.7"},
		{"2001:db8:1:2::1", "[2001:db8:1:2:ffff::9]:443"},
	}
	for _, p := range same {
		if hashClient(p[0]) != hashClient(p[1]) {
			t.Errorf("%s and %s should count as one client", p[0], p[1])
		}
	}
	differ := [][2]string{
		{"198.51.100.7", "198.51.100.8"},
		{"2001:db8:1:2::1", "2001:db8:1:3::1"},
	}
	for _, p := range differ {
		if hashClient(p[0]) == hashClient(p[1]) {
			t.Errorf("%s and %s should be different clients", p[0], p[1])
		}
	}
	if h := hashClient("198.51.100.7"); len(h) != 64 || strings.Contains(h, "198") {
		t.Errorf("hash %q is not a SHA-256 hex digest", h)
	}
}

func TestPurgeExpired(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		s, clock := newTestService(t, d)
		u := mustSignUp(t, s, "mei")
		if _, err := s.Login(ctx, "mei", "wrong password!", ""); !errs.Is(err, errs.Unauthorized) {
			t.Fatal(err)
		}
		token, err := s.CreateSession(ctx, u.ID, "")
		if err != nil {
			t.Fatal(err)
		}
		clock.Advance(31 * 24 * time.Hour)
		// A login now purges opportunistically: its own attempt stays.
		if _, err := s.Login(ctx, "mei", goodPassword, ""); err != nil {
			t.Fatal(err)
		}
		if n := countRows(t, d, `SELECT COUNT(*) FROM login_attempts`); n != 1 {
			t.Fatalf("%d attempts left, want only the new one", n)
		}
		if n := countRows(t, d, `SELECT COUNT(*) FROM sessions WHERE token_hash = $1`, hashSecret(token)); n != 0 {
			t.Fatal("expired session not purged")
		}
	})
}
