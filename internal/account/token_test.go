package account

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
)

func TestTokens(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		s, clock := newTestService(t, d)
		mei := mustSignUp(t, s, "mei")
		secret, tok, err := s.CreateToken(ctx, mei.ID, "  price tracker ")
		if err != nil {
			t.Fatal(err)
		}
		t.Run("SecretHasTheChmFormat", func(t *testing.T) {
			if !regexp.MustCompile(`^chm_[A-Za-z0-9_-]{43}$`).MatchString(secret) {
				t.Fatalf("secret %q", secret)
			}
			if tok.Prefix != secret[:12] || tok.Name != "price tracker" || tok.ExpiresAt != nil {
				t.Fatalf("token %+v", tok)
			}
		})
		t.Run("SecretIsNeverStoredInClear", func(t *testing.T) {
			var name, prefix, hash string
			err := d.R.QueryRowContext(ctx, `SELECT name, prefix, token_hash FROM api_tokens WHERE id = $1`, tok.ID).Scan(&name, &prefix, &hash)
			if err != nil {
				t.Fatal(err)
			}
			for _, col := range []string{name, prefix, hash} {
				if strings.Contains(col, secret) || strings.Contains(col, secret[12:]) {
					t.Fatalf("column %q holds the secret", col)
				}
			}
			if hash != hashSecret(secret) {
				t.Fatalf("token_hash %q is not the SHA-256 of the secret", hash)
			}
		})
		t.Run("AuthenticatesAndRecordsUse", func(t *testing.T) {
			u, err := s.TokenUser(ctx, secret)
			if err != nil || u.ID != mei.ID {
				t.Fatalf("got %+v, %v", u, err)
			}
			list, err := s.Tokens(ctx, mei.ID)
			if err != nil || len(list) != 1 || list[0].LastUsedAt == nil || !list[0].LastUsedAt.Equal(clock.Now()) {
				t.Fatalf("tokens %+v, %v; want last use now", list, err)
			}
		})
		t.Run("RecordsUseAtMostEachMinute", func(t *testing.T) {
			used0 := clock.Now()
			clock.Advance(20 * time.Second)
			s.TokenUser(ctx, secret)
			list, _ := s.Tokens(ctx, mei.ID)
			if !list[0].LastUsedAt.Equal(used0) {
				t.Fatalf("last use moved within a minute: %v", list[0].LastUsedAt)
			}
			clock.Advance(time.Minute)
			s.TokenUser(ctx, secret)
			list, _ = s.Tokens(ctx, mei.ID)
			if !list[0].LastUsedAt.Equal(clock.Now()) {
				t.Fatalf("last use %v, want %v", list[0].LastUsedAt, clock.Now())
			}
		})
		t.Run("ListsNewestFirst", func(t *testing.T) {
			_, second, err := s.CreateToken(ctx, mei.ID, "second")
			if err != nil {
				t.Fatal(err)
			}
			list, err := s.Tokens(ctx, mei.ID)
			if err != nil || len(list) != 2 || list[0].ID != second.ID || list[1].ID != tok.ID {
				t.Fatalf("tokens %+v, %v", list, err)
			}
		})
		t.Run("RevokedTokenIsRejected", func(t *testing.T) {
			if err := s.RevokeToken(ctx, mei.ID, tok.ID); err != nil {
				t.Fatal(err)
			}
			_, err := s.TokenUser(ctx, secret)
			wantKind(t, err, errs.Unauthorized)
			list, _ := s.Tokens(ctx, mei.ID)
			if list[1].RevokedAt == nil || !list[1].RevokedAt.Equal(clock.Now()) {
				t.Fatalf("revoked at %v, want now", list[1].RevokedAt)
			}
			if err := s.RevokeToken(ctx, mei.ID, tok.ID); err != nil {
				t.Fatalf("revoking twice: %v", err)
			}
		})
		t.Run("ExpiredTokenIsRejected", func(t *testing.T) {
			secret, _, err := s.CreateTokenUntil(ctx, mei.ID, "one hour", clock.Now().Add(time.Hour))
			if err != nil {
				t.Fatal(err)
			}
			if _, err := s.TokenUser(ctx, secret); err != nil {
				t.Fatalf("before expiry: %v", err)
			}
			clock.Advance(time.Hour)
			_, err = s.TokenUser(ctx, secret)
			wantKind(t, err, errs.Unauthorized)
		})
		t.Run("RejectsMalformedSecrets", func(t *testing.T) {
			for _, bad := range []string{"", "chm_", secret[4:], "xyz_" + secret[4:], secret + "A", "chm_" + strings.Repeat("A", 43)} {
				_, err := s.TokenUser(ctx, bad)
				wantKind(t, err, errs.Unauthorized)
			}
		})
	})
}

func TestTokenValidation(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		s, clock := newTestService(t, d)
		mei := mustSignUp(t, s, "mei")
		for _, c := range []struct {
			name, token string
			expires     time.Time
			field       string
		}{
			{"RejectsEmptyName", "   ", time.Time{}, "name"},
			{"RejectsLongName", strings.Repeat("n", 65), time.Time{}, "name"},
			{"RejectsPastExpiry", "old", clock.Now().Add(-time.Second), "expires_at"},
		} {
			t.Run(c.name, func(t *testing.T) {
				_, _, err := s.CreateTokenUntil(ctx, mei.ID, c.token, c.expires)
				wantKind(t, err, errs.Invalid)
				if f := fieldNames(err); len(f) != 1 || f[0] != c.field {
					t.Fatalf("fields %v, want [%s]", f, c.field)
				}
			})
		}
		t.Run("CapsUnrevokedTokens", func(t *testing.T) {
			var last *Token
			for i := range maxActiveTokens {
				_, tok, err := s.CreateToken(ctx, mei.ID, fmt.Sprintf("bot %d", i))
				if err != nil {
					t.Fatal(err)
				}
				last = tok
			}
			_, _, err := s.CreateToken(ctx, mei.ID, "one too many")
			wantKind(t, err, errs.Invalid)
			if err := s.RevokeToken(ctx, mei.ID, last.ID); err != nil {
				t.Fatal(err)
			}
			if _, _, err := s.CreateToken(ctx, mei.ID, "after revoking"); err != nil {
				t.Fatalf("after revoking one: %v", err)
			}
		})
	})
}

func TestTokensAreOwnerScoped(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		s, _ := newTestService(t, d)
		alice, bob := mustSignUp(t, s, "alice"), mustSignUp(t, s, "bob")
		secret, tok, err := s.CreateToken(ctx, alice.ID, "alice's script")
		if err != nil {
			t.Fatal(err)
		}
		t.Run("OthersCannotRevoke", func(t *testing.T) {
			err := s.RevokeToken(ctx, bob.ID, tok.ID)
			wantKind(t, err, errs.NotFound)
			if u, err := s.TokenUser(ctx, secret); err != nil || u.ID != alice.ID {
				t.Fatalf("alice's token after bob's attempt: %+v, %v", u, err)
			}
		})
		t.Run("OthersCannotList", func(t *testing.T) {
			list, err := s.Tokens(ctx, bob.ID)
			if err != nil || len(list) != 0 {
				t.Fatalf("bob sees %+v, %v", list, err)
			}
		})
		t.Run("UnknownTokenIsNotFound", func(t *testing.T) {
			wantKind(t, s.RevokeToken(ctx, alice.ID, tok.ID+1000), errs.NotFound)
		})
	})
}
