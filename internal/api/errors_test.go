package api_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
)

func TestErrors(t *testing.T) {
	e := newEnv(t, dbtest.MustOpen(t, db.SQLite))

	t.Run("UnknownPathIs404Problem", func(t *testing.T) {
		for _, path := range []string{"/api/v1/nothing", "/api/v1/charms/1/nothing", "/api/v1/"} {
			p := e.do(http.MethodGet, path, "", nil).problem(t, http.StatusNotFound)
			if !strings.Contains(p.Detail, "openapi.json") {
				t.Errorf("%s: detail %q should point at the document", path, p.Detail)
			}
		}
	})

	t.Run("WrongMethodIs405ProblemWithAllow", func(t *testing.T) {
		r := e.do(http.MethodDelete, "/api/v1/charms", "", nil)
		r.problem(t, http.StatusMethodNotAllowed)
		if got := r.Header().Values("Allow"); len(got) != 1 || got[0] != http.MethodGet {
			t.Errorf("Allow %v, want [GET]", got)
		}
	})

	t.Run("OtherPathsStayWithTheWebUI", func(t *testing.T) {
		r := e.do(http.MethodGet, "/api/v2/charms", "", nil)
		if r.Code != http.StatusOK || r.Body.String() != "web page" {
			t.Errorf("got %d %q, want the web UI's page", r.Code, r.Body.String())
		}
	})

	t.Run("MalformedJSONIs400", func(t *testing.T) {
		p := e.do(http.MethodPost, "/api/v1/tokens", e.aliceKey, `{"name": "half`).problem(t, http.StatusBadRequest)
		if len(p.Errors) == 0 || p.Errors[0].Location != "body" {
			t.Errorf("errors %+v, want one located at body", p.Errors)
		}
	})

	t.Run("UnknownBodyFieldIs422", func(t *testing.T) {
		p := e.do(http.MethodPost, "/api/v1/tokens", e.aliceKey, `{"name": "ci", "scopes": ["all"]}`).problem(t, http.StatusUnprocessableEntity)
		if len(p.Errors) == 0 || !strings.HasPrefix(p.Errors[0].Location, "body") {
			t.Errorf("errors %+v, want one located in the body", p.Errors)
		}
	})

	t.Run("OversizedBodyIs413", func(t *testing.T) {
		big := `{"name": "` + strings.Repeat("x", testMaxBody) + `"}`
		// Announced: the app's limit refuses it before the API runs.
		r := e.do(http.MethodPost, "/api/v1/tokens", e.aliceKey, big)
		if r.Code != http.StatusRequestEntityTooLarge {
			t.Errorf("announced oversized body: status %d, want 413", r.Code)
		}
		// Streamed without a length: cut off while read, answered by the API.
		req := httptest.NewRequest(http.MethodPost, "/api/v1/tokens", io.MultiReader(strings.NewReader(big)))
		req.ContentLength = -1
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+e.aliceKey)
		w := httptest.NewRecorder()
		e.h.ServeHTTP(w, req)
		response{w}.problem(t, http.StatusRequestEntityTooLarge)
	})

	t.Run("InternalErrorsAreGenericAndLoggedOnce", func(t *testing.T) {
		broken := newEnv(t, dbtest.MustOpen(t, db.SQLite))
		broken.db.Close()
		p := broken.do(http.MethodGet, "/api/v1/studios", "", nil).problem(t, http.StatusInternalServerError)
		if p.Detail != "internal error" {
			t.Errorf("detail %q leaks the cause", p.Detail)
		}
		logs := broken.logs.String()
		if n := strings.Count(logs, `"op":"list-studios"`); n != 1 {
			t.Errorf("logged %d times, want once:\n%s", n, logs)
		}
		if !strings.Contains(logs, "closed") {
			t.Errorf("log lacks the cause:\n%s", logs)
		}
	})
}

func TestAuthentication(t *testing.T) {
	e := newEnv(t, dbtest.MustOpen(t, db.SQLite))
	for _, tc := range []struct {
		name, method, path, header string
		want                       int
	}{
		{"PrivateEndpointWithoutTokenIs401", http.MethodGet, "/api/v1/me", "", http.StatusUnauthorized},
		{"WritesWithoutTokenAre401", http.MethodPost, "/api/v1/contributions", "", http.StatusUnauthorized},
		{"UnknownTokenIs401", http.MethodGet, "/api/v1/me", "Bearer chm_not-a-real-token", http.StatusUnauthorized},
		{"UnknownTokenOnPublicEndpointIs401", http.MethodGet, "/api/v1/charms", "Bearer chm_not-a-real-token", http.StatusUnauthorized},
		{"OtherSchemesAre401", http.MethodGet, "/api/v1/me", "Basic YWxpY2U6c2VjcmV0", http.StatusUnauthorized},
		{"EmptyBearerIs401", http.MethodGet, "/api/v1/me", "Bearer ", http.StatusUnauthorized},
		{"ValidTokenIsAccepted", http.MethodGet, "/api/v1/me", "Bearer " + e.aliceKey, http.StatusOK},
		{"PublicEndpointWithoutTokenIsOpen", http.MethodGet, "/api/v1/charms", "", http.StatusOK},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req := httptest.NewRequest(tc.method, tc.path, nil)
			if tc.header != "" {
				req.Header.Set("Authorization", tc.header)
			}
			w := httptest.NewRecorder()
			e.h.ServeHTTP(w, req)
			r := response{w}
			if tc.want != http.StatusUnauthorized {
				r.decode(t, tc.want, nil)
				return
			}
			r.problem(t, http.StatusUnauthorized)
			if got := w.Header().Get("WWW-Authenticate"); !strings.HasPrefix(got, "Bearer") {
				t.Errorf("WWW-Authenticate %q, want a Bearer challenge", got)
			}
		})
	}
}
