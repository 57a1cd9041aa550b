package web

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
)

// acctPassword is the password of every account these tests create.
const acctPassword = "lantern-rabbit-42"

// acctSite is the web UI on a fresh SQLite database with a small catalog
// (one studio, one IP, one series, one charm), wrapped with cross-origin
// protection the way the app wraps it.
type acctSite struct {
	t        *testing.T
	handler  http.Handler
	catalog  *catalog.Service
	accounts *account.Service
	studio   *catalog.Studio
	series   *catalog.Series
	charm    *catalog.Charm
}

func newAcctSite(t *testing.T) *acctSite {
	t.Helper()
	d := dbtest.MustOpen(t, db.SQLite)
	cat, acc := catalog.NewService(d, nil), account.NewService(d, nil)
	srv, err := New(Deps{Catalog: cat, Accounts: acc})
	if err != nil {
		t.Fatalf("web.New: %v", err)
	}
	mux := http.NewServeMux()
	srv.Register(mux)
	s := &acctSite{t: t, handler: http.NewCrossOriginProtection().Handler(mux), catalog: cat, accounts: acc}
	s.seedCatalog()
	return s
}

// seedCatalog adds the charm the edit tests work on.
func (s *acctSite) seedCatalog() {
	s.t.Helper()
	ctx := context.Background()
	s.studio = &catalog.Studio{Slug: "moon-hare-studio", Name: "Moon Hare Studio", NameZH: "月兔工作室", Kind: "independent", Region: "east_asia", City: "Hangzhou"}
	if err := s.catalog.CreateStudio(ctx, s.studio); err != nil {
		s.t.Fatalf("create studio: %v", err)
	}
	s.series = &catalog.Series{Slug: "lantern-night", Name: "Lantern Night", StudioID: s.studio.ID, Kind: "standard", Currency: "CNY"}
	if err := s.catalog.CreateSeries(ctx, s.series); err != nil {
		s.t.Fatalf("create series: %v", err)
	}
	s.charm = &catalog.Charm{
		Name: "Moonlit Rabbit Lantern", NameZH: "月兔灯笼", StudioID: s.studio.ID, SeriesID: s.series.ID,
		Category: "cultural", Materials: []string{"brass", "enamel"}, Colours: []string{"gold", "red"},
		Themes: []string{"heritage"}, WidthMM: 32, HeightMM: 45, WeightG: 12, ReleaseDate: "2025-09-06",
		ListPrice: 6900, Currency: "CNY", Region: "east_asia", Official: true,
	}
	if err := s.catalog.SaveCharm(ctx, catalog.Actor{}, s.charm, catalog.SourceAdmin); err != nil {
		s.t.Fatalf("save charm: %v", err)
	}
}

// user creates an account with a role and returns a browser signed in as it.
func (s *acctSite) user(username, role string) *acctBrowser {
	s.t.Helper()
	_, err := s.accounts.CreateUser(context.Background(), account.SignUp{
		Username: username, Email: username + "@example.com", Password: acctPassword,
	}, role)
	if err != nil {
		s.t.Fatalf("create %s: %v", username, err)
	}
	b := s.browser()
	if res := b.post("/login", url.Values{"login": {username}, "password": {acctPassword}}); res.status != http.StatusSeeOther {
		s.t.Fatalf("log in %s: status %d", username, res.status)
	}
	return b
}

// browser is a visitor with an empty cookie jar.
func (s *acctSite) browser() *acctBrowser {
	return &acctBrowser{site: s, cookies: map[string]*http.Cookie{}}
}

// acctBrowser keeps cookies between requests like a browser, without
// following redirects, so tests can check where they point.
type acctBrowser struct {
	site    *acctSite
	cookies map[string]*http.Cookie
	lang    string // Accept-Language
}

// acctResponse is a response with its body read and parsed.
type acctResponse struct {
	status int
	header http.Header
	body   string
	doc    *goquery.Document
}

func (b *acctBrowser) get(path string) *acctResponse {
	b.site.t.Helper()
	return b.do(httptest.NewRequest(http.MethodGet, path, nil))
}

// post sends a same-origin form, as a browser submitting a page's form.
func (b *acctBrowser) post(path string, form url.Values) *acctResponse {
	b.site.t.Helper()
	req := httptest.NewRequest(http.MethodPost, path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	return b.do(req)
}

func (b *acctBrowser) do(req *http.Request) *acctResponse {
	b.site.t.Helper()
	for _, c := range b.cookies {
		req.AddCookie(c)
	}
	if b.lang != "" {
		req.Header.Set("Accept-Language", b.lang)
	}
	rec := httptest.NewRecorder()
	b.site.handler.ServeHTTP(rec, req)
	res := rec.Result()
	for _, c := range res.Cookies() {
		if c.MaxAge < 0 {
			delete(b.cookies, c.Name)
		} else {
			b.cookies[c.Name] = c
		}
	}
	body, _ := io.ReadAll(res.Body)
	out := &acctResponse{status: res.StatusCode, header: res.Header, body: string(body)}
	if strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") {
		doc, err := goquery.NewDocumentFromReader(strings.NewReader(out.body))
		if err != nil {
			b.site.t.Fatalf("%s %s: parse HTML: %v", req.Method, req.URL, err)
		}
		out.doc = doc
	}
	return out
}

// want fails the test unless the response has the status.
func (r *acctResponse) want(t *testing.T, status int) *acctResponse {
	t.Helper()
	if r.status != status {
		t.Fatalf("status %d, want %d; body:\n%.2000s", r.status, status, r.body)
	}
	return r
}

// text is the trimmed text of the elements matching sel.
func (r *acctResponse) text(t *testing.T, sel string) string {
	t.Helper()
	if r.doc == nil {
		t.Fatalf("response is not HTML (status %d)", r.status)
	}
	return strings.Join(strings.Fields(r.doc.Find(sel).Text()), " ")
}

// value is the value attribute of the first element matching sel.
func (r *acctResponse) value(t *testing.T, sel string) string {
	t.Helper()
	if r.doc == nil {
		t.Fatalf("response is not HTML (status %d)", r.status)
	}
	v, _ := r.doc.Find(sel).First().Attr("value")
	return v
}

// count is how many elements match sel.
func (r *acctResponse) count(t *testing.T, sel string) int {
	t.Helper()
	if r.doc == nil {
		t.Fatalf("response is not HTML (status %d)", r.status)
	}
	return r.doc.Find(sel).Length()
}

// location is the redirect target.
func (r *acctResponse) location() string { return r.header.Get("Location") }

// idAfter returns the number after prefix in a path such as
// "/contributions/12?thanks=1".
func idAfter(t *testing.T, path, prefix string) int64 {
	t.Helper()
	rest, ok := strings.CutPrefix(path, prefix)
	if !ok {
		t.Fatalf("%q does not start with %q", path, prefix)
	}
	rest, _, _ = strings.Cut(rest, "?")
	id, err := strconv.ParseInt(rest, 10, 64)
	if err != nil {
		t.Fatalf("no id in %q: %v", path, err)
	}
	return id
}

// goquerySelection shortens callbacks over selections.
type goquerySelection = goquery.Selection
