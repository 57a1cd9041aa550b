package api

import (
	"context"
	"net/http"
	"strings"

	"github.com/danielgtaylor/huma/v2"
)

// Operation tags, which group the docs.
const (
	tagCharms        = "Charms"
	tagDirectory     = "Directory"
	tagContributions = "Contributions"
	tagAccount       = "Account"
)

// Route is one registered operation: its method and its full path.
type Route struct {
	Method string
	Path   string // under Prefix, e.g. /api/v1/charms/{id}
}

// Routes lists the API's operations in registration order. The OpenAPI
// document describes exactly these.
func (s *Server) Routes() []Route { return append([]Route(nil), s.ops...) }

// endpoint declares one operation compactly; handle turns it into a
// huma.Operation.
type endpoint struct {
	id, method, path string
	summary, desc    string
	tag              string
	auth             bool   // needs a personal token
	status           int    // success status; 0: 200 (201 for POST that creates)
	errors           []int  // documented error statuses besides 401, 422 and 500
	fields           string // where field errors point: "body.", "body.charm.", "query."
}

// handle registers h for e. Errors returned by h become problem documents
// through problemFor, so handlers just return what the services return.
func handle[I, O any](s *Server, e endpoint, h func(context.Context, *I) (*O, error)) {
	op := huma.Operation{
		OperationID:   e.id,
		Method:        e.method,
		Path:          e.path,
		Summary:       e.summary,
		Description:   e.desc,
		Tags:          []string{e.tag},
		DefaultStatus: e.status,
		Errors:        append([]int(nil), e.errors...),
		// The body was already read within its limit by ServeHTTP; a second,
		// equal limit inside huma would reject a body of exactly that size.
		MaxBodyBytes: max(maxBody, s.deps.UploadMaxBytes) + 1,
	}
	if e.auth {
		op.Security = []map[string][]string{{bearerScheme: {}}}
		op.Errors = append(op.Errors, http.StatusUnauthorized)
	}
	if len(op.Errors) == 0 {
		// huma documents 422 and 500 only when some error is listed.
		op.Errors = []int{http.StatusInternalServerError}
	}
	where := e.fields
	if where == "" {
		where = "query."
		if e.method == http.MethodPost {
			where = "body."
		}
	}
	huma.Register(s.api, op, func(ctx context.Context, in *I) (*O, error) {
		out, err := h(ctx, in)
		if err != nil {
			return nil, s.problemFor(ctx, e.id, err, where)
		}
		return out, nil
	})
	s.ops = append(s.ops, Route{Method: e.method, Path: Prefix + e.path})
}

// routes is the API's routes table.
func (s *Server) routes() {
	s.charmRoutes()
	s.directoryRoutes()
	s.contributionRoutes()
	s.accountRoutes()
	s.collectionRoutes()
	s.stylingRoutes()
}

// describeValues appends the allowed values of list-valued query
// parameters to their descriptions. The values are not an enum in the
// schema because a parameter may also carry several comma-separated
// values, which an enum would reject; handlers check them instead.
func (s *Server) describeValues(method, path string, values map[string][]string) {
	op := s.operation(method, path)
	if op == nil {
		return
	}
	for _, p := range op.Parameters {
		if vs, ok := values[p.Name]; ok {
			p.Description = strings.TrimSpace(p.Description + " One of: " + strings.Join(vs, ", ") + ".")
		}
	}
}

// operation finds a declared operation in the OpenAPI document, to add
// what huma cannot derive from the Go types; nil when there is none.
func (s *Server) operation(method, path string) *huma.Operation {
	item := s.api.OpenAPI().Paths[path]
	if item == nil {
		return nil
	}
	switch method {
	case http.MethodGet:
		return item.Get
	case http.MethodPost:
		return item.Post
	case http.MethodPut:
		return item.Put
	case http.MethodDelete:
		return item.Delete
	}
	return nil
}
