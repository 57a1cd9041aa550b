package web

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"path"
	"strings"
	"time"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/i18n"
	"github.com/charmory/charmory/internal/money"
)

//go:embed templates
var templateFS embed.FS

// staticVersion busts caches of static files when they change.
const staticVersion = "3"

// Base is embedded in every page struct: what the layout needs, plus the
// helpers templates call as methods ({{$.T "key"}}, {{$.Price ...}}).
type Base struct {
	Title      string
	Lang       string
	User       *account.User
	Path       string
	Query      url.Values
	Demo       bool
	Currency   string
	Langs      []string
	Currencies []string
	Static     string // static URL prefix with version

	msgs  *i18n.Catalog
	rates money.Rates
}

// base builds the Base of a page; titleKey is a message key.
func (s *Server) base(r *http.Request, titleKey string, args ...any) Base {
	v := visitorOf(r.Context())
	b := Base{
		Lang: v.Lang, User: v.User, Path: r.URL.Path, Query: r.URL.Query(),
		Demo: s.deps.Demo, Currency: v.Currency, Langs: i18n.Languages,
		Currencies: money.Codes, Static: "/static/v" + staticVersion,
		msgs: s.msgs, rates: s.currentRates(r),
	}
	b.Title = b.T(titleKey, args...)
	return b
}

// T translates a message key into the page's language.
func (b Base) T(key string, args ...any) string { return b.msgs.T(b.Lang, key, args...) }

// Label translates a vocabulary code: {{$.Label "category" .Category}}.
func (b Base) Label(kind, code string) string { return b.msgs.T(b.Lang, kind+"."+code) }

// Price formats an amount in its currency and, when the visitor prefers
// another currency and a rate is configured, the converted amount too.
func (b Base) Price(minor int64, currency string) template.HTML {
	out := template.HTMLEscapeString(money.Format(minor, currency))
	if b.Currency != "" && b.Currency != currency {
		if conv, ok := b.rates.Convert(minor, currency, b.Currency); ok {
			out += ` <span class="price-alt">≈ ` + template.HTMLEscapeString(money.Format(conv, b.Currency)) + `</span>`
		}
	}
	return template.HTML(out)
}

// Date formats a time as a date in the page's language.
func (b Base) Date(t time.Time) string { return dateIn(b.Lang, t) }

// dateIn formats a time as a date the way lang writes dates.
func dateIn(lang string, t time.Time) string {
	if t.IsZero() {
		return ""
	}
	if lang == i18n.Chinese {
		return t.UTC().Format("2006年1月2日")
	}
	return t.UTC().Format("2 Jan 2006")
}

// DateTime formats a time with minutes, in UTC, written like Date so the
// two read alike on one page.
func (b Base) DateTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	if b.Lang == i18n.Chinese {
		return t.UTC().Format("2006年1月2日 15:04（UTC）")
	}
	return t.UTC().Format("2 Jan 2006, 15:04 UTC")
}

// With returns the current URL with query key set to value (empty removes
// it), dropping the cursor: links for facets, sorts and filters.
func (b Base) With(key, value string) string {
	q := url.Values{}
	for k, vs := range b.Query {
		q[k] = append([]string(nil), vs...)
	}
	q.Del("cursor")
	if value == "" {
		q.Del(key)
	} else {
		q.Set(key, value)
	}
	if enc := q.Encode(); enc != "" {
		return b.Path + "?" + enc
	}
	return b.Path
}

// Toggle returns the current URL with value added to or removed from the
// multi-valued query key (facet checkboxes as links).
func (b Base) Toggle(key, value string) string {
	q := url.Values{}
	for k, vs := range b.Query {
		q[k] = append([]string(nil), vs...)
	}
	q.Del("cursor")
	var kept []string
	found := false
	for _, v := range q[key] {
		if v == value {
			found = true
			continue
		}
		kept = append(kept, v)
	}
	if !found {
		kept = append(kept, value)
	}
	q[key] = kept
	if len(kept) == 0 {
		q.Del(key)
	}
	if enc := q.Encode(); enc != "" {
		return b.Path + "?" + enc
	}
	return b.Path
}

// Has reports whether the query has value under key.
func (b Base) Has(key, value string) bool {
	for _, v := range b.Query[key] {
		if v == value {
			return true
		}
	}
	return false
}

type pageTemplate struct{ t *template.Template }

var funcs = template.FuncMap{
	"join":  strings.Join,
	"add":   func(a, b int) int { return a + b },
	"lower": strings.ToLower,
	"dict": func(kv ...any) (map[string]any, error) {
		if len(kv)%2 != 0 {
			return nil, fmt.Errorf("dict needs pairs")
		}
		m := map[string]any{}
		for i := 0; i < len(kv); i += 2 {
			m[fmt.Sprint(kv[i])] = kv[i+1]
		}
		return m, nil
	},
}

// parsePages parses templates/layout.html and templates/partials/*.html
// once, then each templates/pages/NAME.html into its own clone.
func parsePages() (map[string]*pageTemplate, error) {
	shared, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/partials/*.html")
	if err != nil {
		return nil, err
	}
	files, err := fs.Glob(templateFS, "templates/pages/*.html")
	if err != nil {
		return nil, err
	}
	pages := map[string]*pageTemplate{}
	for _, f := range files {
		t, err := shared.Clone()
		if err != nil {
			return nil, err
		}
		if _, err := t.ParseFS(templateFS, f); err != nil {
			return nil, err
		}
		pages[strings.TrimSuffix(path.Base(f), ".html")] = &pageTemplate{t: t}
	}
	return pages, nil
}

// PageNames lists the parsed pages (tests render each one).
func (s *Server) PageNames() []string {
	names := make([]string, 0, len(s.pages))
	for n := range s.pages {
		names = append(names, n)
	}
	return names
}

// render executes a page into a buffer first, so a template error becomes
// a clean 500 instead of half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, data any) error {
	p, ok := s.pages[name]
	if !ok {
		return fmt.Errorf("render: no page %q", name)
	}
	var buf bytes.Buffer
	if err := p.t.ExecuteTemplate(&buf, "layout.html", data); err != nil {
		return fmt.Errorf("render %s: %w", name, err)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Language", visitorOf(r.Context()).Lang)
	w.Header().Set("Vary", "Accept-Language, Cookie")
	w.WriteHeader(status)
	_, err := buf.WriteTo(w)
	return err
}
