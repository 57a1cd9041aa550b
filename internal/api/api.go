// Package api serves the JSON API under /api/v1: operations declared with
// huma, an OpenAPI 3.1 document generated from the Go types of this
// package, RFC 9457 problem details for every error, and personal bearer
// tokens for the endpoints that act for a user.
package api

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"strings"

	"github.com/danielgtaylor/huma/v2"
	"github.com/danielgtaylor/huma/v2/adapters/humago"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/styling"
)

// Prefix is the path under which the API is served.
const Prefix = "/api/v1"

// maxBody caps request bodies. The app wraps every request with its own,
// configurable limit; this one keeps the API safe on its own and lets it
// answer with a problem document whichever limit trips first.
const maxBody = 1 << 20

// DefaultUploadMaxBytes caps uploads (photos, import files) when Deps
// sets no limit: a batch of phone photos or a large collection CSV.
const DefaultUploadMaxBytes = 64 << 20

// Deps are what the API needs.
type Deps struct {
	Log        *slog.Logger
	Catalog    *catalog.Service
	Accounts   *account.Service
	Collection *collection.Service
	Styling    *styling.Service
	// UploadMaxBytes caps upload bodies (see IsUpload); 0: DefaultUploadMaxBytes.
	UploadMaxBytes int64
}

// Server is the JSON API. It is an http.Handler for everything under Prefix.
type Server struct {
	deps Deps
	log  *slog.Logger
	mux  *http.ServeMux // the API's own routes, all under Prefix
	api  huma.API
	ops  []Route // registered operations, in registration order
	spec spec
}

// New builds the API: it declares every operation, then renders the
// OpenAPI document once so that serving it never races or fails.
func New(d Deps) (s *Server, err error) {
	if d.Catalog == nil || d.Accounts == nil {
		return nil, errors.New("api: the catalog and account services are required")
	}
	if d.Log == nil {
		d.Log = slog.New(slog.DiscardHandler)
	}
	if d.UploadMaxBytes <= 0 {
		d.UploadMaxBytes = DefaultUploadMaxBytes
	}
	s = &Server{deps: d, log: d.Log, mux: http.NewServeMux()}
	// huma reports a bad operation declaration by panicking; turn that into
	// an error so a broken build of the API fails at start, not per request.
	defer func() {
		if v := recover(); v != nil {
			s, err = nil, fmt.Errorf("api: declare operations: %v", v)
		}
	}()
	s.api = huma.NewAPI(hConfig(), humago.NewAdapter(s.mux, Prefix))
	s.api.UseMiddleware(s.authenticate)
	s.routes()
	if err := s.buildSpec(); err != nil {
		return nil, err
	}
	s.mux.HandleFunc("GET "+Prefix+"/openapi.json", s.serveSpec(s.spec.json, "application/openapi+json"))
	s.mux.HandleFunc("GET "+Prefix+"/openapi.yaml", s.serveSpec(s.spec.yaml, "application/openapi+yaml"))
	s.mux.HandleFunc("GET "+Prefix+"/docs", s.serveSpec(s.spec.docs, "text/html; charset=utf-8"))
	s.mux.HandleFunc(Prefix+"/", s.unmatched)
	return s, nil
}

// hConfig is the huma configuration: OpenAPI 3.1 with a bearer security
// scheme, JSON only, and none of huma's built-in routes (this package
// serves the document and a script-free docs page itself, because the
// site's CSP allows no CDN scripts) nor its $schema links, which would add
// a field to every response body.
func hConfig() huma.Config {
	return huma.Config{
		OpenAPI: &huma.OpenAPI{
			OpenAPI: "3.1.0",
			Info: &huma.Info{
				Title:       "Charmory API",
				Version:     "1.0.0",
				Description: apiDescription,
			},
			Servers: []*huma.Server{{URL: Prefix, Description: "this server"}},
			Components: &huma.Components{
				Schemas: huma.NewMapRegistry("#/components/schemas/", huma.DefaultSchemaNamer),
				SecuritySchemes: map[string]*huma.SecurityScheme{
					bearerScheme: {
						Type:         "http",
						Scheme:       "bearer",
						BearerFormat: "chm_…",
						Description:  "A personal API token (create one at POST /tokens or in the web UI), sent as `Authorization: Bearer chm_…`.",
					},
				},
			},
			Tags: []*huma.Tag{
				{Name: tagCharms, Description: "The charm catalog, its faceted search and revision history."},
				{Name: tagDirectory, Description: "Studios, IPs, series, authorised sellers and their cities."},
				{Name: tagContributions, Description: "Collectors propose new charms and edits; moderators review them."},
				{Name: tagAccount, Description: "The signed-in user and their personal API tokens."},
			},
		},
		Formats:       huma.DefaultFormats,
		Transformers:  []huma.Transformer{trimEchoes},
		DefaultFormat: "application/json",
	}
}

const apiDescription = "The open API of Charmory, the platform for the charm economy. " +
	"Reads are public; writes need a personal token. A request that sends a token must send a valid one, " +
	"even to a public endpoint (401 otherwise). Errors are RFC 9457 problem documents " +
	"(`application/problem+json`) whose `errors` list locates each bad field, e.g. `body.charm.name` or `query.limit`. " +
	"Lists answer `{\"items\": [...], \"total\": N, \"next\": \"cursor\"}`; pass `next` back as `cursor` for the following page."

// Register mounts the API on mux. It claims Prefix per method rather than
// for all methods at once, so it cannot conflict with a site-wide
// "GET /" pattern of the web UI.
func (s *Server) Register(mux *http.ServeMux) {
	for _, m := range []string{http.MethodGet, http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete} {
		mux.Handle(m+" "+Prefix+"/", s)
	}
}

// ServeHTTP serves one API request. It reads the body up front, within
// maxBody, so that an oversized or broken upload is answered with a
// problem document (huma would answer a generic 500).
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Body != nil && r.Body != http.NoBody {
		limit := int64(maxBody)
		if IsUpload(r) {
			limit = s.deps.UploadMaxBytes
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
		r.Body.Close()
		if err != nil {
			var tooLarge *http.MaxBytesError
			if errors.As(err, &tooLarge) {
				writeProblem(w, problem(http.StatusRequestEntityTooLarge,
					fmt.Sprintf("the request body is larger than %d bytes", tooLarge.Limit)))
				return
			}
			writeProblem(w, problem(http.StatusBadRequest, "the request body could not be read"))
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		r.ContentLength = int64(len(body))
	}
	s.mux.ServeHTTP(w, r)
}

// unmatched answers requests that no operation matched: 405 when the path
// exists for other methods, 404 otherwise, both as problem documents rather
// than the mux's plain text.
func (s *Server) unmatched(w http.ResponseWriter, r *http.Request) {
	var allowed []string
	for _, m := range []string{http.MethodGet, http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete} {
		probe := r.Clone(r.Context())
		probe.Method = m
		if _, pattern := s.mux.Handler(probe); pattern != Prefix+"/" && pattern != "" {
			allowed = append(allowed, m)
		}
	}
	if len(allowed) > 0 {
		for _, m := range allowed {
			w.Header().Add("Allow", m)
		}
		writeProblem(w, problem(http.StatusMethodNotAllowed, fmt.Sprintf("%s is not allowed on %s", r.Method, r.URL.Path)))
		return
	}
	writeProblem(w, problem(http.StatusNotFound, fmt.Sprintf("no API endpoint at %s; see %s/openapi.json", r.URL.Path, Prefix)))
}

// IsUpload reports whether r uploads files (multipart forms, or a
// collection import's CSV), which get the larger upload limit instead of
// the limit for ordinary requests.
func IsUpload(r *http.Request) bool {
	if r.Method != http.MethodPost {
		return false
	}
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt == "multipart/form-data" {
		return true
	}
	return strings.HasSuffix(r.URL.Path, "/collection/import") || strings.HasSuffix(r.URL.Path, "/collection/import/preview")
}
