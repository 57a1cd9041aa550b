package web

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/catalog/search"
	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/collection/photo"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/demo"
	"github.com/charmory/charmory/internal/styling"
)

// harness is a real web Server on a fresh SQLite database holding the
// demo data set, with live catalog and account services, wrapped the way
// the app wraps it, and driven in-process through httptest.
type harness struct {
	DB         *db.DB
	Catalog    *catalog.Service
	Accounts   *account.Service
	Collection *collection.Service
	Styling    *styling.Service
	Server     *Server
	Handler    http.Handler
}

// harnessCharms keeps the demo data set at its smallest size: big enough
// for every series and page, small enough to load quickly per test.
const harnessCharms = demo.MinCharms

// newHarness builds a harness on SQLite; everything is closed when the
// test ends.
func newHarness(t testing.TB) *harness {
	t.Helper()
	return harnessOn(t, dbtest.MustOpen(t, db.SQLite))
}

// harnessOn builds a harness on a database of the caller's choosing, so
// store-backed page tests can run on PostgreSQL as well as SQLite.
func harnessOn(t testing.TB, d *db.DB) *harness {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	if _, err := demo.EnsureLoaded(ctx, d, demo.Options{Seed: 1, Charms: harnessCharms}); err != nil {
		t.Fatalf("load demo data: %v", err)
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	h := &harness{DB: d, Catalog: catalog.NewService(d, nil), Accounts: account.NewService(d, nil)}
	h.Catalog.SetLogger(log)
	photos := photo.NewStore(t.TempDir())
	h.Collection = collection.NewService(d, h.Catalog, photos, nil)
	h.Styling = styling.NewService(d, h.Catalog, h.Collection, photos, nil)
	if err := h.Catalog.Start(ctx); err != nil {
		t.Fatalf("start catalog index: %v", err)
	}
	srv, err := New(Deps{Log: log, Catalog: h.Catalog, Accounts: h.Accounts, Collection: h.Collection, Styling: h.Styling, Demo: true})
	if err != nil {
		t.Fatalf("build web server: %v", err)
	}
	mux := http.NewServeMux()
	srv.Register(mux)
	h.Server = srv
	h.Handler = http.NewCrossOriginProtection().Handler(mux)
	return h
}

// page is one response with its body parsed for CSS selectors.
type page struct {
	Status int
	Header http.Header
	Body   string
	Doc    *goquery.Document
}

// reqOption adjusts a request before it is sent.
type reqOption func(*http.Request)

// withLang sends an Accept-Language header.
func withLang(tag string) reqOption {
	return func(r *http.Request) { r.Header.Set("Accept-Language", tag) }
}

// withHeader sets any request header.
func withHeader(k, v string) reqOption {
	return func(r *http.Request) { r.Header.Set(k, v) }
}

// withCookie sends a cookie (a session from signIn).
func withCookie(c *http.Cookie) reqOption {
	return func(r *http.Request) { r.AddCookie(c) }
}

// get requests path and parses the response.
func (h *harness) get(t testing.TB, path string, opts ...reqOption) *page {
	t.Helper()
	return h.do(t, httptest.NewRequest(http.MethodGet, path, nil), opts...)
}

// do sends r through the wrapped handler and parses the response.
func (h *harness) do(t testing.TB, r *http.Request, opts ...reqOption) *page {
	t.Helper()
	for _, o := range opts {
		o(r)
	}
	w := httptest.NewRecorder()
	h.Handler.ServeHTTP(w, r)
	p := &page{Status: w.Code, Header: w.Header(), Body: w.Body.String()}
	if strings.HasPrefix(p.Header.Get("Content-Type"), "text/html") {
		doc, err := goquery.NewDocumentFromReader(strings.NewReader(p.Body))
		if err != nil {
			t.Fatalf("%s %s: parse HTML: %v", r.Method, r.URL, err)
		}
		p.Doc = doc
	}
	return p
}

// mustStatus fails unless the page has the wanted status.
func (p *page) mustStatus(t testing.TB, want int) *page {
	t.Helper()
	if p.Status != want {
		t.Fatalf("status %d, want %d; body:\n%.2000s", p.Status, want, p.Body)
	}
	return p
}

// texts returns the trimmed text of every element matching sel.
func (p *page) texts(sel string) []string {
	var out []string
	if p.Doc == nil {
		return out
	}
	p.Doc.Find(sel).Each(func(_ int, s *goquery.Selection) {
		out = append(out, strings.Join(strings.Fields(s.Text()), " "))
	})
	return out
}

// count is the number of elements matching sel.
func (p *page) count(sel string) int {
	if p.Doc == nil {
		return 0
	}
	return p.Doc.Find(sel).Length()
}

// mustHave fails unless sel matches at least one element.
func (p *page) mustHave(t testing.TB, sel string) *goquery.Selection {
	t.Helper()
	s := p.Doc.Find(sel)
	if s.Length() == 0 {
		t.Fatalf("no element matches %q in:\n%.3000s", sel, p.Body)
	}
	return s
}

// messageKey looks like a message key ("catalog.search.title"): what the
// message catalog shows for a key it lacks.
var messageKey = regexp.MustCompile(`^[a-z][a-z0-9_]*(\.[a-z0-9_-]+)+$`)

// untranslated lists text nodes and attribute values that are bare message keys.
func (p *page) untranslated() []string {
	var out []string
	if p.Doc == nil {
		return out
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode && messageKey.MatchString(strings.TrimSpace(n.Data)) {
			out = append(out, strings.TrimSpace(n.Data))
		}
		if n.Type == html.ElementNode {
			for _, a := range n.Attr {
				if (a.Key == "placeholder" || a.Key == "aria-label" || a.Key == "alt" || a.Key == "title") && messageKey.MatchString(a.Val) {
					out = append(out, a.Val)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	for _, n := range p.Doc.Nodes {
		walk(n)
	}
	return out
}

var userSeq atomic.Int64

// signIn creates a user with role and returns their session cookie.
func (h *harness) signIn(t testing.TB, role string) (*account.User, *http.Cookie) {
	t.Helper()
	ctx := context.Background()
	n := userSeq.Add(1)
	u, err := h.Accounts.CreateUser(ctx, account.SignUp{
		Username: fmt.Sprintf("tester%d", n), Email: fmt.Sprintf("tester%d@example.com", n),
		Password: "quiet-harbour-lantern-42", DisplayName: fmt.Sprintf("Tester %d", n),
	}, role)
	if err != nil {
		t.Fatalf("create %s user: %v", role, err)
	}
	token, err := h.Accounts.CreateSession(ctx, u.ID, "harness")
	if err != nil {
		t.Fatalf("create session: %v", err)
	}
	return u, &http.Cookie{Name: sessionCookie, Value: token}
}

// pageVisit says how the every-page test reaches one page template: the
// path to request, the role to sign in with ("" for a visitor) and the
// status the page is rendered with (0 means 200).
type pageVisit struct {
	Path   string
	Role   string
	Status int
}

// pageVisits maps each page template to how to reach it. Each area adds
// its pages from its own test file in an init function, so that
// TestEveryPageRenders covers every template.
var pageVisits = map[string]func(t *testing.T, h *harness) pageVisit{
	"error": func(*testing.T, *harness) pageVisit {
		return pageVisit{Path: "/no-such-page", Status: http.StatusNotFound}
	},
	"signup":   func(*testing.T, *harness) pageVisit { return pageVisit{Path: "/signup"} },
	"login":    func(*testing.T, *harness) pageVisit { return pageVisit{Path: "/login"} },
	"settings": func(*testing.T, *harness) pageVisit { return pageVisit{Path: "/settings", Role: account.RoleCollector} },
	"tokens": func(*testing.T, *harness) pageVisit {
		return pageVisit{Path: "/settings/tokens", Role: account.RoleCollector}
	},
	"contribute": func(*testing.T, *harness) pageVisit {
		return pageVisit{Path: "/contribute", Role: account.RoleCollector}
	},
	"moderation": func(*testing.T, *harness) pageVisit {
		return pageVisit{Path: "/moderation", Role: account.RoleModerator}
	},
	"charm_edit": func(t *testing.T, h *harness) pageVisit {
		return pageVisit{Path: "/charms/" + strconv.FormatInt(h.anyCharm(t).ID, 10) + "/edit", Role: account.RoleCollector}
	},
	"contributions": func(*testing.T, *harness) pageVisit {
		return pageVisit{Path: "/contributions", Role: account.RoleCollector}
	},
	"contribution_show": func(t *testing.T, h *harness) pageVisit {
		u, _ := h.signIn(t, account.RoleCollector)
		c := h.anyCharm(t)
		c.Description = "A clearer description, proposed by a collector."
		con, err := h.Catalog.Submit(context.Background(), catalog.Actor{UserID: u.ID, Role: u.Role}, c.ID, *c, "typo fix")
		if err != nil {
			t.Fatalf("submit a contribution: %v", err)
		}
		return pageVisit{Path: "/contributions/" + strconv.FormatInt(con.ID, 10), Role: account.RoleModerator}
	},
}

// anyCharm returns the first charm of the catalog by name.
func (h *harness) anyCharm(t testing.TB) *catalog.Charm {
	t.Helper()
	res, err := h.Catalog.Search(context.Background(), search.Query{Sort: search.SortName, Limit: 1})
	if err != nil || len(res.Charms) == 0 {
		t.Fatalf("find a charm: %v", err)
	}
	return &res.Charms[0]
}

func TestEveryPageRenders(t *testing.T) {
	h := newHarness(t)
	names := h.Server.PageNames()
	slices.Sort(names)
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			visit, ok := pageVisits[name]
			if !ok {
				t.Fatalf("page %q has no entry in pageVisits: add one in its area's test file", name)
			}
			for _, lang := range []string{"en", "zh-CN"} {
				v := visit(t, h)
				opts := []reqOption{withLang(lang)}
				if v.Role != "" {
					_, c := h.signIn(t, v.Role)
					opts = append(opts, withCookie(c))
				}
				want := v.Status
				if want == 0 {
					want = http.StatusOK
				}
				p := h.get(t, v.Path, opts...).mustStatus(t, want)
				p.mustHave(t, "main#main")
				if strings.Contains(p.Body, "%!") {
					t.Errorf("%s (%s) has a message formatting error", v.Path, lang)
				}
				if keys := p.untranslated(); len(keys) > 0 {
					t.Errorf("%s (%s) shows message keys instead of text: %v", v.Path, lang, keys)
				}
			}
		})
	}
}
