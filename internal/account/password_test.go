package account

import (
	"context"
	"regexp"
	"testing"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
)

func TestHashPassword(t *testing.T) {
	ctx := context.Background()
	hash, err := HashPassword(goodPassword)
	if err != nil {
		t.Fatal(err)
	}
	t.Run("IsPHCStringWithDefaultParameters", func(t *testing.T) {
		re := regexp.MustCompile(`^\$argon2id\$v=19\$m=65536,t=1,p=2\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$`)
		if !re.MatchString(hash) {
			t.Fatalf("hash %q is not a PHC argon2id string with the default parameters", hash)
		}
	})
	t.Run("RightPasswordMatches", func(t *testing.T) {
		ok, stale, err := verifyPassword(ctx, hash, goodPassword, defaultHashParams)
		if err != nil || !ok || stale {
			t.Fatalf("verify = ok %v stale %v err %v, want match, fresh", ok, stale, err)
		}
	})
	t.Run("WrongPasswordFails", func(t *testing.T) {
		for _, wrong := range []string{"", "plum blossom charm 43", goodPassword + " ", "PLUM BLOSSOM CHARM 42"} {
			if ok, _, err := verifyPassword(ctx, hash, wrong, defaultHashParams); err != nil || ok {
				t.Errorf("verify(%q) = %v, %v; want no match", wrong, ok, err)
			}
		}
	})
	t.Run("SaltIsRandomPerHash", func(t *testing.T) {
		again, err := HashPassword(goodPassword)
		if err != nil {
			t.Fatal(err)
		}
		if again == hash {
			t.Fatal("two hashes of one password are equal: salt is not random")
		}
	})
	t.Run("OtherParametersAreStale", func(t *testing.T) {
		ok, stale, err := verifyPassword(ctx, hash, goodPassword, testHash)
		if err != nil || !ok || !stale {
			t.Fatalf("verify = ok %v stale %v err %v, want match, stale", ok, stale, err)
		}
	})
}

func TestParseHashRejectsMalformed(t *testing.T) {
	good := "$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$" + "a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U"
	if _, err := parseHash(good); err != nil {
		t.Fatalf("good hash rejected: %v", err)
	}
	for name, h := range map[string]string{
		"Empty":            "",
		"Bcrypt":           "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy",
		"Argon2i":          "$argon2i$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U",
		"OldVersion":       "$argon2id$v=16$m=64,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U",
		"JunkInParameters": "$argon2id$v=19$m=64,t=1,p=1x$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U",
		"HugeMemory":       "$argon2id$v=19$m=4194304,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U",
		"ZeroTime":         "$argon2id$v=19$m=64,t=0,p=1$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U",
		"BadSalt":          "$argon2id$v=19$m=64,t=1,p=1$!!!$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U",
		"ShortKey":         "$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$a2V5",
		"ExtraSection":     good + "$x",
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := parseHash(h); err == nil {
				t.Fatalf("parseHash(%q) accepted a malformed hash", h)
			}
		})
	}
}

func TestLoginRehashesOnParameterChange(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		s, _ := newTestService(t, d)
		u := mustSignUp(t, s, "mei")
		stored := func() string {
			t.Helper()
			var h string
			if err := d.R.QueryRowContext(ctx, `SELECT password_hash FROM users WHERE id = $1`, u.ID).Scan(&h); err != nil {
				t.Fatal(err)
			}
			return h
		}
		newer := hashParams{memory: 128, time: 2, threads: 1}
		s.hash = newer
		t.Run("WrongPasswordKeepsOldHash", func(t *testing.T) {
			before := stored()
			_, err := s.Login(ctx, "mei", "not the password", "")
			if err == nil || stored() != before {
				t.Fatalf("login err %v; hash changed %v", err, stored() != before)
			}
		})
		t.Run("RightPasswordStoresNewParameters", func(t *testing.T) {
			if _, err := s.Login(ctx, "mei", goodPassword, ""); err != nil {
				t.Fatal(err)
			}
			h, err := parseHash(stored())
			if err != nil || h.params != newer {
				t.Fatalf("stored params %v (err %v), want %v", h.params, err, newer)
			}
			if _, err := s.Login(ctx, "mei", goodPassword, ""); err != nil {
				t.Fatalf("login after rehash: %v", err)
			}
		})
	})
}

// BenchmarkHashPassword measures one hash at the production cost; keep it
// under ~100 ms on a 2-core server.
func BenchmarkHashPassword(b *testing.B) {
	for b.Loop() {
		if _, err := HashPassword(goodPassword); err != nil {
			b.Fatal(err)
		}
	}
}
