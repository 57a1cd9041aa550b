package web

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
)

func TestTokens(t *testing.T) {
	t.Run("RequireLogin", func(t *testing.T) {
		s := newAcctSite(t)
		if res := s.browser().get("/settings/tokens").want(t, http.StatusSeeOther); !strings.HasPrefix(res.location(), "/login?next=") {
			t.Errorf("redirect to %q", res.location())
		}
	})
	t.Run("CreateShowsSecretOnceAndItWorks", func(t *testing.T) {
		s := newAcctSite(t)
		b := s.user("mei", "collector")
		res := b.post("/settings/tokens", url.Values{"name": {"price tracker"}}).want(t, http.StatusOK)
		secret := res.value(t, "#token-secret")
		if !strings.HasPrefix(secret, "chm_") {
			t.Fatalf("secret %q is not shown in the copy field", secret)
		}
		if got := res.header.Get("Cache-Control"); got != "no-store" {
			t.Errorf("Cache-Control %q: a page with a secret must not be cached", got)
		}
		curl := res.text(t, ".token-code")
		if !strings.Contains(curl, "Authorization: Bearer "+secret) || !strings.Contains(curl, "/api/v1/me") {
			t.Errorf("curl example %q", curl)
		}
		if got := res.count(t, "[data-copy=token-secret]"); got != 1 {
			t.Errorf("%d copy buttons", got)
		}
		if u, err := s.accounts.TokenUser(context.Background(), secret); err != nil || u.Username != "mei" {
			t.Errorf("the shown secret does not authenticate mei: %v, %v", u, err)
		}

		list := b.get("/settings/tokens").want(t, http.StatusOK)
		if strings.Contains(list.body, secret) {
			t.Fatal("the list page shows the secret again")
		}
		if got := list.text(t, ".token-table tbody tr"); !strings.Contains(got, "price tracker") || !strings.Contains(got, secret[:12]) {
			t.Errorf("list row %q lacks the name or the prefix", got)
		}
	})
	t.Run("EmptyNameIs422", func(t *testing.T) {
		s := newAcctSite(t)
		b := s.user("mei", "collector")
		res := b.post("/settings/tokens", url.Values{"name": {"  "}}).want(t, http.StatusUnprocessableEntity)
		if res.count(t, "#e-name") != 1 || res.count(t, "#token-secret") != 0 {
			t.Error("want a name error and no secret")
		}
	})
	t.Run("RevokeWorks", func(t *testing.T) {
		s := newAcctSite(t)
		b := s.user("mei", "collector")
		secret, tok, err := s.accounts.CreateToken(context.Background(), mustUserID(t, s, "mei"), "mei-laptop")
		if err != nil {
			t.Fatal(err)
		}
		res := b.post("/settings/tokens/"+strconv.FormatInt(tok.ID, 10)+"/revoke", nil).want(t, http.StatusSeeOther)
		if res.location() != "/settings/tokens?revoked=1" {
			t.Errorf("redirect to %q", res.location())
		}
		list := b.get(res.location()).want(t, http.StatusOK)
		if list.count(t, ".alert-ok") != 1 || list.count(t, "tr.token-revoked") != 1 || list.count(t, ".token-actions form") != 0 {
			t.Errorf("after revoking: %d confirmations, %d revoked rows, %d revoke buttons",
				list.count(t, ".alert-ok"), list.count(t, "tr.token-revoked"), list.count(t, ".token-actions form"))
		}
		if _, err := s.accounts.TokenUser(context.Background(), secret); err == nil {
			t.Error("a revoked token still authenticates")
		}
	})
	t.Run("AnotherUsersTokenIsNotFound", func(t *testing.T) {
		s := newAcctSite(t)
		s.user("mei", "collector")
		thief := s.user("jun", "collector")
		secret, tok, err := s.accounts.CreateToken(context.Background(), mustUserID(t, s, "mei"), "mei-laptop")
		if err != nil {
			t.Fatal(err)
		}
		thief.post("/settings/tokens/"+strconv.FormatInt(tok.ID, 10)+"/revoke", nil).want(t, http.StatusNotFound)
		thief.post("/settings/tokens/not-a-number/revoke", nil).want(t, http.StatusNotFound)
		if _, err := s.accounts.TokenUser(context.Background(), secret); err != nil {
			t.Errorf("another user revoked mei's token: %v", err)
		}
		if strings.Contains(thief.get("/settings/tokens").body, "mei-laptop") {
			t.Error("jun's token list shows mei's token")
		}
	})
}

func mustUserID(t *testing.T, s *acctSite, username string) int64 {
	t.Helper()
	u, err := s.accounts.UserByUsername(context.Background(), username)
	if err != nil {
		t.Fatalf("user %s: %v", username, err)
	}
	return u.ID
}
