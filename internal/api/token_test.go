package api_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/api"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
)

type tokenPage struct {
	Items []api.Token `json:"items"`
	Total int         `json:"total"`
}

func TestTokens(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newEnv(t, d)

		var created api.TokenCreated
		e.do(http.MethodPost, "/api/v1/tokens", e.aliceKey, map[string]string{"name": "sync script"}).decode(t, http.StatusCreated, &created)
		if !strings.HasPrefix(created.Secret, "chm_") || created.Token.Name != "sync script" || !strings.HasPrefix(created.Secret, created.Token.Prefix) {
			t.Fatalf("created %+v", created)
		}

		t.Run("TheNewSecretWorks", func(t *testing.T) {
			var me api.User
			e.do(http.MethodGet, "/api/v1/me", created.Secret, nil).decode(t, http.StatusOK, &me)
			if me.ID != e.alice.ID || me.Username != "alice" || me.Role != "collector" {
				t.Errorf("me %+v, want alice", me)
			}
		})

		t.Run("ListsOnlyOwnTokensWithoutSecrets", func(t *testing.T) {
			r := e.do(http.MethodGet, "/api/v1/tokens", e.aliceKey, nil)
			var page tokenPage
			r.decode(t, http.StatusOK, &page)
			if page.Total != 2 || page.Items[0].ID != created.Token.ID {
				t.Errorf("alice's tokens %+v, want the new one first of 2", page)
			}
			if strings.Contains(r.Body.String(), created.Secret) || strings.Contains(r.Body.String(), e.aliceKey) {
				t.Error("the token list shows a secret")
			}
			e.do(http.MethodGet, "/api/v1/tokens", e.bobKey, nil).decode(t, http.StatusOK, &page)
			if page.Total != 1 {
				t.Errorf("bob sees %d tokens, want his 1", page.Total)
			}
		})

		t.Run("PagesWithCursor", func(t *testing.T) {
			var first, second struct {
				Items []api.Token `json:"items"`
				Next  string      `json:"next"`
			}
			e.do(http.MethodGet, "/api/v1/tokens?limit=1", e.aliceKey, nil).decode(t, http.StatusOK, &first)
			if len(first.Items) != 1 || first.Next == "" {
				t.Fatalf("first page %+v", first)
			}
			e.do(http.MethodGet, "/api/v1/tokens?limit=1&cursor="+first.Next, e.aliceKey, nil).decode(t, http.StatusOK, &second)
			if len(second.Items) != 1 || second.Items[0].ID == first.Items[0].ID || second.Next != "" {
				t.Errorf("second page %+v after %+v", second, first)
			}
			for _, cursor := range []string{"!!", "bm9wZQ"} { // malformed; well formed but unknown
				p := e.do(http.MethodGet, "/api/v1/tokens?cursor="+cursor, e.aliceKey, nil).problem(t, http.StatusUnprocessableEntity)
				if len(p.Errors) != 1 || p.Errors[0].Location != "query.cursor" {
					t.Errorf("cursor %q: errors %+v, want query.cursor", cursor, p.Errors)
				}
			}
		})

		t.Run("OthersCannotRevoke", func(t *testing.T) {
			path := fmt.Sprintf("/api/v1/tokens/%d", created.Token.ID)
			e.do(http.MethodDelete, path, e.bobKey, nil).problem(t, http.StatusNotFound)
			e.do(http.MethodGet, "/api/v1/me", created.Secret, nil).decode(t, http.StatusOK, nil)
		})

		t.Run("RevokedTokenIs401", func(t *testing.T) {
			path := fmt.Sprintf("/api/v1/tokens/%d", created.Token.ID)
			r := e.do(http.MethodDelete, path, e.aliceKey, nil)
			if r.Code != http.StatusNoContent || r.Body.Len() != 0 {
				t.Fatalf("revoke: %d %q, want 204 without body", r.Code, r.Body.String())
			}
			e.do(http.MethodGet, "/api/v1/me", created.Secret, nil).problem(t, http.StatusUnauthorized)
		})

		t.Run("NameIsRequired", func(t *testing.T) {
			p := e.do(http.MethodPost, "/api/v1/tokens", e.aliceKey, map[string]string{"name": ""}).problem(t, http.StatusUnprocessableEntity)
			if len(p.Errors) == 0 || p.Errors[0].Location != "body.name" {
				t.Errorf("errors %+v, want body.name", p.Errors)
			}
		})
	})
}
