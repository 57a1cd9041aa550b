package web

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/collection"
)

func init() {
	own := func(path string) func(*testing.T, *harness) pageVisit {
		return func(*testing.T, *harness) pageVisit { return pageVisit{Path: path, Role: account.RoleCollector} }
	}
	visits := map[string]func(t *testing.T, h *harness) pageVisit{
		"wishlist":        own("/collection/wishlist?q=charm"),
		"completion_list": own("/collection/series"),
		"completion_show": func(t *testing.T, h *harness) pageVisit {
			return pageVisit{Path: "/collection/series/" + strconv.FormatInt(insightSeries(t, h), 10), Role: account.RoleCollector}
		},
		"value":         own("/collection/value"),
		"budget":        own("/collection/budget"),
		"balance":       own("/collection/balance"),
		"import_upload": own("/collection/import"),
		// A staged file belongs to one collector; the example file shows
		// the same page to anyone signed in.
		"import_map": own("/collection/import/example"),
		// Someone else's public wishlist, as a visitor sees it.
		"collector_wishlist": func(t *testing.T, h *harness) pageVisit {
			owner := collSignIn(t, h)
			insightWish(t, h, owner.ID, h.anyCharm(t).ID)
			insightPublicWishlist(t, h, owner.ID)
			return pageVisit{Path: publicWishlistPath(owner.Username)}
		},
	}
	for name, v := range visits {
		pageVisits[name] = v
	}
}

// insightSeries is a demo blind-box series with at least three figures.
func insightSeries(t testing.TB, h *harness) int64 {
	t.Helper()
	id, _ := insightFigures(t, h)
	return id
}

// insightFigures returns a demo blind-box series and its figures.
func insightFigures(t testing.TB, h *harness) (int64, []catalog.Charm) {
	t.Helper()
	ctx := context.Background()
	list, err := h.Catalog.SeriesList(ctx, catalog.SeriesFilter{Kind: "blind_box", Limit: 1})
	if err != nil || len(list.Items) == 0 {
		t.Fatalf("find a blind-box series: %v", err)
	}
	figures, err := h.Catalog.SeriesCharms(ctx, list.Items[0].ID)
	if err != nil || len(figures) < 3 {
		t.Fatalf("series figures: %d, %v", len(figures), err)
	}
	return list.Items[0].ID, figures
}

// insightWish adds a wish through the service.
func insightWish(t testing.TB, h *harness, owner, charmID int64) *collection.Wish {
	t.Helper()
	w, err := h.Collection.AddWish(context.Background(), owner, collection.WishInput{CharmID: charmID, Priority: 1, MaxPrice: 9900, Note: "the blue one"})
	if err != nil {
		t.Fatalf("add wish: %v", err)
	}
	return w
}

// insightPublicWishlist makes owner's wishlist public.
func insightPublicWishlist(t testing.TB, h *harness, owner int64) {
	t.Helper()
	st, err := h.Collection.Settings(context.Background(), owner)
	if err != nil {
		t.Fatal(err)
	}
	st.WishlistPublic = true
	if _, err := h.Collection.UpdateSettings(context.Background(), owner, *st); err != nil {
		t.Fatal(err)
	}
}

// insightAllowance sets owner's monthly allowance.
func insightAllowance(t testing.TB, h *harness, owner, minor int64, currency string) {
	t.Helper()
	st, err := h.Collection.Settings(context.Background(), owner)
	if err != nil {
		t.Fatal(err)
	}
	st.MonthlyAllowance, st.BudgetCurrency = minor, currency
	if _, err := h.Collection.UpdateSettings(context.Background(), owner, *st); err != nil {
		t.Fatal(err)
	}
}

// insightStage stages an import file for owner and returns its page.
func insightStage(t testing.TB, h *harness, owner int64, content string) string {
	t.Helper()
	id, err := h.Collection.StageImport(context.Background(), owner, "My charms.csv", content)
	if err != nil {
		t.Fatalf("stage import: %v", err)
	}
	return "/collection/import/" + strconv.FormatInt(id, 10)
}

// TestInsightPagesRender renders every insight page of a collector with
// data in both languages: wishes open and fulfilled, a series with a
// spare, value, a budget with entries, the balance and an import preview.
func TestInsightPagesRender(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	a := collSignIn(t, h)
	sr, figures := insightFigures(t, h)
	today := time.Now().UTC().Format(time.DateOnly)
	insightWish(t, h, a.ID, figures[1].ID) // fulfilled by the item below
	for _, c := range []int64{figures[0].ID, figures[0].ID, figures[1].ID} {
		collItem(t, h, a.ID, collection.ItemInput{CharmID: c, AcquiredOn: today, Source: "blind_box", PricePaid: 6900})
	}
	collItem(t, h, a.ID, collection.ItemInput{Title: "Grandma's bell", Category: "metal_enamel", Materials: []string{"brass"}})
	insightWish(t, h, a.ID, figures[2].ID)
	insightAllowance(t, h, a.ID, 50000, "CNY")
	if _, err := h.Collection.AddBudgetEntry(ctx, a.ID, collection.BudgetEntryInput{Amount: 12000, Currency: "USD",
		Category: "plush", SellerKind: "independent", Description: "Fair find"}); err != nil {
		t.Fatal(err)
	}
	if err := h.Collection.SnapshotAll(ctx); err != nil {
		t.Fatal(err)
	}
	staged := insightStage(t, h, a.ID, "Name,Paid\n"+figures[0].Name+",59.00\nA one-off of my own,\n")
	paths := []string{
		"/collection/wishlist", "/collection/wishlist?q=" + url.QueryEscape(figures[len(figures)-1].Name) + "&added=1",
		"/collection/series", "/collection/series/" + strconv.FormatInt(sr, 10) + "?added=1",
		"/collection/value", "/collection/budget", "/collection/budget?month=2024-02&saved=1",
		"/collection/balance", "/collection/import?imported=3", staged, "/collection/import/example",
	}
	for _, lang := range []string{"en", "zh-CN"} {
		for _, path := range paths {
			p := collGet(t, h, &a, path, withLang(lang)).mustStatus(t, http.StatusOK)
			p.mustHave(t, "main#main")
			p.collRendered(t, path+" ("+lang+")")
			if !strings.Contains(path, "/import") {
				p.mustHave(t, `.collection-tabs a[aria-current="page"]`)
			}
		}
	}
	p := collGet(t, h, &a, "/collection/balance")
	if n := p.count("svg.chart[role=img] > title"); n < 5 {
		t.Errorf("balance page has %d titled charts, want 5", n)
	}
	p = collGet(t, h, &a, "/collection/value")
	p.mustHave(t, "svg.chart-line")
	p.mustHave(t, ".value-source")
}

// TestInsightPagesNeedALogin sends a visitor to the login page from every
// page of one's own collection, and refuses their posts.
func TestInsightPagesNeedALogin(t *testing.T) {
	h := newHarness(t)
	for _, path := range []string{"/collection/wishlist", "/collection/series", "/collection/series/1", "/collection/value",
		"/collection/budget", "/collection/balance", "/collection/import", "/collection/import/1", "/collection/import/example",
		"/collection/export.csv", "/collection/export.json"} {
		p := collGet(t, h, nil, path)
		if p.Status != http.StatusSeeOther || !strings.HasPrefix(p.collLocation(), "/login?next=") {
			t.Errorf("GET %s as a visitor: %d to %q, want 303 to the login page", path, p.Status, p.collLocation())
		}
	}
	for _, path := range []string{"/collection/wishlist", "/collection/wishlist/1", "/collection/wishlist/1/delete",
		"/collection/wishlist/sharing", "/collection/budget/settings", "/collection/budget/entries",
		"/collection/budget/entries/1/delete", "/collection/import", "/collection/import/1", "/collection/import/1/discard"} {
		if p := collPost(t, h, nil, path, url.Values{}); p.Status != http.StatusUnauthorized {
			t.Errorf("POST %s as a visitor: %d, want 401", path, p.Status)
		}
	}
}
