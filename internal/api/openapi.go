package api

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html/template"
	"net/http"
	"slices"
	"strings"

	"github.com/danielgtaylor/huma/v2"
)

// spec holds the OpenAPI document and the docs page, rendered once.
type spec struct {
	json, yaml, docs []byte
}

func (s *Server) buildSpec() error {
	doc := s.api.OpenAPI()
	j, err := json.Marshal(doc)
	if err != nil {
		return fmt.Errorf("api: render openapi.json: %w", err)
	}
	y, err := doc.YAML()
	if err != nil {
		return fmt.Errorf("api: render openapi.yaml: %w", err)
	}
	var page bytes.Buffer
	if err := docsPage.Execute(&page, docsData(doc)); err != nil {
		return fmt.Errorf("api: render docs page: %w", err)
	}
	s.spec = spec{json: j, yaml: y, docs: page.Bytes()}
	return nil
}

func (s *Server) serveSpec(b []byte, contentType string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", contentType)
		w.Header().Set("Cache-Control", "public, max-age=300")
		w.Write(b)
	}
}

// docsOp is one operation on the docs page.
type docsOp struct {
	Method, Path, Summary, Description, ID string
	Auth                                   bool
	Params                                 []*huma.Param
}

type docsTag struct {
	Name, Description string
	Ops               []docsOp
}

// docsData groups the document's operations by tag, in the order the tags
// are declared, each tag's operations by path.
func docsData(doc *huma.OpenAPI) map[string]any {
	byTag := map[string][]docsOp{}
	paths := make([]string, 0, len(doc.Paths))
	for p := range doc.Paths {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	for _, p := range paths {
		item := doc.Paths[p]
		for _, mo := range []struct {
			m  string
			op *huma.Operation
		}{{"GET", item.Get}, {"POST", item.Post}, {"PUT", item.Put}, {"PATCH", item.Patch}, {"DELETE", item.Delete}} {
			if mo.op == nil {
				continue
			}
			tag := "Other"
			if len(mo.op.Tags) > 0 {
				tag = mo.op.Tags[0]
			}
			byTag[tag] = append(byTag[tag], docsOp{Method: mo.m, Path: Prefix + p, Summary: mo.op.Summary,
				Description: mo.op.Description, ID: mo.op.OperationID, Auth: len(mo.op.Security) > 0, Params: mo.op.Parameters})
		}
	}
	var tags []docsTag
	for _, t := range doc.Tags {
		tags = append(tags, docsTag{Name: t.Name, Description: t.Description, Ops: byTag[t.Name]})
	}
	return map[string]any{"Info": doc.Info, "Tags": tags, "Prefix": Prefix}
}

// docsPage is a plain page: no scripts, so it needs nothing the site's CSP
// forbids. Tools read the linked document.
var docsPage = template.Must(template.New("docs").Funcs(template.FuncMap{"lower": strings.ToLower}).Parse(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Info.Title}} {{.Info.Version}}</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
code,.path{font-family:ui-monospace,monospace}
.op{border-top:1px solid #ddd;padding:.75rem 0}
.m{display:inline-block;min-width:4.5rem;font-weight:600}
.get{color:#06c}.post{color:#080}.delete{color:#b00}.put,.patch{color:#a60}
.auth{font-size:.8rem;background:#eee;border-radius:.25rem;padding:0 .4rem;margin-left:.5rem}
table{border-collapse:collapse;font-size:.9rem}td{padding:.1rem .6rem .1rem 0;vertical-align:top}
</style>
</head>
<body>
<h1>{{.Info.Title}} <small>{{.Info.Version}}</small></h1>
<p>{{.Info.Description}}</p>
<p>The full description is the OpenAPI 3.1 document:
<a href="{{.Prefix}}/openapi.json">{{.Prefix}}/openapi.json</a> (or <a href="{{.Prefix}}/openapi.yaml">YAML</a>);
load it into any OpenAPI tool to browse schemas or generate a client.</p>
{{range .Tags}}
<h2 id="{{.Name | lower}}">{{.Name}}</h2>
<p>{{.Description}}</p>
{{range .Ops}}
<div class="op" id="{{.ID}}">
<div><span class="m {{.Method | lower}}">{{.Method}}</span><span class="path">{{.Path}}</span>{{if .Auth}}<span class="auth">token</span>{{end}}</div>
<div><strong>{{.Summary}}</strong>{{with .Description}} — {{.}}{{end}}</div>
{{if .Params}}<table>{{range .Params}}<tr><td><code>{{.Name}}</code></td><td>{{.In}}</td><td>{{.Description}}</td></tr>{{end}}</table>{{end}}
</div>
{{end}}
{{end}}
</body>
</html>
`))
