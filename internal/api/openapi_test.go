package api_test

import (
	"flag"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/api"
	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
)

var update = flag.Bool("update", false, "rewrite golden files")

// newServer builds the API alone; describing it needs no data.
func newServer(t *testing.T) *api.Server {
	t.Helper()
	s, err := api.New(api.Deps{Log: slog.New(slog.DiscardHandler), Catalog: catalog.NewService(nil, nil), Accounts: account.NewService(nil, nil)})
	if err != nil {
		t.Fatalf("api.New: %v", err)
	}
	return s
}

// openAPIDoc is the part of the document the tests read.
type openAPIDoc struct {
	OpenAPI string `json:"openapi"`
	Servers []struct {
		URL string `json:"url"`
	} `json:"servers"`
	Paths map[string]map[string]struct {
		OperationID string                `json:"operationId"`
		Security    []map[string][]string `json:"security"`
		Responses   map[string]struct {
			Content map[string]any `json:"content"`
		} `json:"responses"`
	} `json:"paths"`
}

func TestOpenAPIDocument(t *testing.T) {
	e := newEnv(t, dbtest.MustOpen(t, db.SQLite))
	r := e.do(http.MethodGet, "/api/v1/openapi.json", "", nil)
	var doc openAPIDoc
	r.decode(t, http.StatusOK, &doc)
	if doc.OpenAPI != "3.1.0" {
		t.Errorf("openapi %q, want 3.1.0", doc.OpenAPI)
	}
	if len(doc.Servers) != 1 || doc.Servers[0].URL != api.Prefix {
		t.Errorf("servers %+v, want %s", doc.Servers, api.Prefix)
	}

	t.Run("DescribesExactlyTheRegisteredOperations", func(t *testing.T) {
		var documented []string
		for path, ops := range doc.Paths {
			for method := range ops {
				documented = append(documented, strings.ToUpper(method)+" "+api.Prefix+path)
			}
		}
		var registered []string
		for _, rt := range newServer(t).Routes() {
			registered = append(registered, rt.Method+" "+rt.Path)
		}
		slices.Sort(documented)
		slices.Sort(registered)
		if !slices.Equal(documented, registered) {
			t.Errorf("documented %v\nregistered %v", documented, registered)
		}
		golden(t, "operations.txt", strings.Join(registered, "\n")+"\n")
	})

	t.Run("ErrorsAreProblemDocuments", func(t *testing.T) {
		for path, ops := range doc.Paths {
			for method, op := range ops {
				for status, resp := range op.Responses {
					if status >= "400" {
						if _, ok := resp.Content["application/problem+json"]; !ok {
							t.Errorf("%s %s %s is not a problem document", method, path, status)
						}
					}
				}
				if len(op.Security) > 0 {
					if _, ok := op.Responses["401"]; !ok {
						t.Errorf("%s %s needs a token but documents no 401", method, path)
					}
				}
			}
		}
	})

	t.Run("YAMLAndDocsPage", func(t *testing.T) {
		y := e.do(http.MethodGet, "/api/v1/openapi.yaml", "", nil)
		if y.Code != http.StatusOK || !strings.Contains(y.Body.String(), "openapi: 3.1.0") {
			t.Errorf("yaml: %d %.80q", y.Code, y.Body.String())
		}
		page := e.do(http.MethodGet, "/api/v1/docs", "", nil)
		body := page.Body.String()
		if page.Code != http.StatusOK || !strings.HasPrefix(page.Header().Get("Content-Type"), "text/html") {
			t.Fatalf("docs: %d %s", page.Code, page.Header().Get("Content-Type"))
		}
		if strings.Contains(body, "<script") {
			t.Error("the docs page loads a script, which the site's CSP forbids")
		}
		for _, want := range []string{`href="/api/v1/openapi.json"`, "/api/v1/charms/{id}", "search-charms"} {
			if !strings.Contains(body, want) {
				t.Errorf("docs page lacks %q", want)
			}
		}
	})
}

// golden compares got with testdata/name; -update rewrites the file.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden file (run go test -update to create it): %v", err)
	}
	if string(want) != got {
		t.Errorf("%s differs; if the change is intended, run go test -update.\ngot:\n%s\nwant:\n%s", path, got, want)
	}
}
