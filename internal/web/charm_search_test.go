package web

import (
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

func TestCharmSearch(t *testing.T) {
	h := newHarness(t)
	f := addCatalogFixture(t, h)
	price := map[int64]int64{}
	name := map[int64]string{}
	for _, c := range f.Quokkas {
		price[c.ID], name[c.ID] = c.ListPrice, c.Name
	}

	t.Run("TextAndTwoFacetsShowMatchingCardsAndCounts", func(t *testing.T) {
		p := h.get(t, "/charms?q=quokkaquill&category=plush&material=brass").mustStatus(t, http.StatusOK)
		want := []string{"Quokkaquill No. 00", "Quokkaquill No. 06", "Quokkaquill No. 12", "Quokkaquill No. 18", "Quokkaquill No. 24"}
		got := p.texts(".grid .charm-card .card-title")
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Fatalf("cards %v, want %v", got, want)
		}
		if c := p.texts(".result-count"); len(c) != 1 || c[0] != "5 charms" {
			t.Errorf("result count %v, want [5 charms]", c)
		}
		// Counts are disjunctive: a facet counts as if its own filter were off.
		checkFacet(t, p, "category", "Plush character", "5", true)
		checkFacet(t, p, "category", "Metal & enamel", "10", false)
		checkFacet(t, p, "material", "Brass", "5", true)
		checkFacet(t, p, "material", "Plush fabric", "10", false)
		chips := p.texts(".active-filters .chip")
		if len(chips) != 2 || !strings.Contains(chips[0]+chips[1], "Brass") || !strings.Contains(chips[0]+chips[1], "Plush character") {
			t.Errorf("active filter chips %v, want plush and brass", chips)
		}
	})

	t.Run("RemovingAChipDropsOnlyThatFilter", func(t *testing.T) {
		p := h.get(t, "/charms?q=quokkaquill&category=plush&material=brass")
		var remove string
		p.Doc.Find(".active-filters .chip").Each(func(_ int, s *goquery.Selection) {
			if strings.Contains(s.Text(), "Brass") {
				remove, _ = s.Attr("href")
			}
		})
		if remove == "" {
			t.Fatal("no chip to remove the brass filter")
		}
		p = h.get(t, remove).mustStatus(t, http.StatusOK)
		if c := p.texts(".result-count"); len(c) != 1 || c[0] != "10 charms" {
			t.Errorf("after removing brass: %v, want [10 charms]", c)
		}
	})

	t.Run("SortsByPriceAndName", func(t *testing.T) {
		for _, tt := range []struct {
			sort string
			less func(a, b int64) bool
		}{
			{"price_asc", func(a, b int64) bool { return price[a] <= price[b] }},
			{"price_desc", func(a, b int64) bool { return price[a] >= price[b] }},
			{"name", func(a, b int64) bool { return name[a] <= name[b] }},
		} {
			p := h.get(t, "/charms?q=quokkaquill&sort="+tt.sort).mustStatus(t, http.StatusOK)
			ids := p.charmIDs(t, ".grid .charm-card")
			if len(ids) != searchPageLimit {
				t.Fatalf("sort %s: %d cards, want a full page of %d", tt.sort, len(ids), searchPageLimit)
			}
			for i := 1; i < len(ids); i++ {
				if !tt.less(ids[i-1], ids[i]) {
					t.Fatalf("sort %s: %s (%d) listed before %s (%d)", tt.sort, name[ids[i-1]], price[ids[i-1]], name[ids[i]], price[ids[i]])
				}
			}
			if sel := p.attrs("#sort option[selected]", "value"); len(sel) != 1 || sel[0] != tt.sort {
				t.Errorf("sort %s: the select shows %v", tt.sort, sel)
			}
		}
	})

	t.Run("NextLinkWalksToPageTwoWithOtherCards", func(t *testing.T) {
		p1 := h.get(t, "/charms?q=quokkaquill&sort=name").mustStatus(t, http.StatusOK)
		first := p1.charmIDs(t, ".grid .charm-card")
		next := p1.attrs(".pager a[rel=next]", "href")
		if len(next) != 1 {
			t.Fatalf("page 1 has %d next links, want 1", len(next))
		}
		if p1.count(".pager a.button-ghost") != 0 {
			t.Error("page 1 offers a link back to the first page")
		}
		p2 := h.get(t, next[0]).mustStatus(t, http.StatusOK)
		second := p2.charmIDs(t, ".grid .charm-card")
		if len(first)+len(second) != quokkaCount {
			t.Fatalf("pages hold %d + %d cards, want %d in all", len(first), len(second), quokkaCount)
		}
		for _, id := range second {
			if slices.Contains(first, id) {
				t.Fatalf("charm %d is on both pages", id)
			}
		}
		if p2.count(".pager a[rel=next]") != 0 {
			t.Error("the last page has a next link")
		}
		back := p2.attrs(".pager a.button-ghost", "href")
		if len(back) != 1 || strings.Contains(back[0], "cursor=") || !strings.Contains(back[0], "q=quokkaquill") {
			t.Errorf("back-to-first link %v should keep the query and drop the cursor", back)
		}
	})

	t.Run("EmptyResultSuggestsWaysOut", func(t *testing.T) {
		p := h.get(t, "/charms?q=quokkaquill&category=luxury_mini").mustStatus(t, http.StatusOK)
		p.mustHave(t, ".empty-state")
		if p.count(".grid .charm-card") != 0 {
			t.Error("an empty result shows cards")
		}
		if got := p.attrs(".empty-state .suggestions a", "href"); !slices.Contains(got, "/charms?q=quokkaquill") {
			t.Errorf("suggestions %v lack the link that clears the filters", got)
		}
	})

	t.Run("EmptyResultWithoutFiltersDoesNotMentionFilters", func(t *testing.T) {
		p := h.get(t, "/charms?q=zzqxvnothing").mustStatus(t, http.StatusOK)
		p.mustHave(t, ".empty-state")
		if msg := strings.Join(p.texts(".empty-state p"), " "); strings.Contains(msg, "filter") || !strings.Contains(msg, "zzqxvnothing") {
			t.Errorf("empty-result message %q", msg)
		}
		if p.count(".facets") != 0 || p.count(".filters-jump") != 0 {
			t.Error("a result with nothing to filter shows the filters sidebar")
		}
	})

	t.Run("InvalidParametersAre422WithTheMessage", func(t *testing.T) {
		for _, tt := range []struct{ query, shows string }{
			{"category=teapot", "teapot"},
			{"sort=sideways", "sideways"},
			{"studio=abc", "abc"},
			{"year=12", "12"},
			{"colour=ultraviolet", "ultraviolet"},
			{"q=" + strings.Repeat("x", maxSearchText+1), "200 characters"},
			{"cursor=not-a-cursor", "first page"},
		} {
			p := h.get(t, "/charms?"+tt.query).mustStatus(t, http.StatusUnprocessableEntity)
			if msg := strings.Join(p.texts(".error-page .error-message"), ""); !strings.Contains(msg, tt.shows) {
				t.Errorf("%s: message %q does not mention %q", tt.query, msg, tt.shows)
			}
		}
	})

	t.Run("HtmxGetsOnlyTheResults", func(t *testing.T) {
		p := h.get(t, "/charms?q=quokkaquill&category=plush",
			withHeader("HX-Request", "true"), withHeader("HX-Target", "search-results")).mustStatus(t, http.StatusOK)
		if strings.Contains(p.Body, "<html") || strings.Contains(p.Body, "site-header") {
			t.Fatal("the htmx response holds the whole page")
		}
		if n := p.count(".charm-card"); n != 10 {
			t.Errorf("fragment has %d cards, want 10", n)
		}
		if p.count(`input[type=hidden][form=search-form][name=category][value=plush]`) != 1 {
			t.Error("the fragment does not carry the current filter for the search form")
		}
		full := h.get(t, "/charms?q=quokkaquill", withHeader("HX-Request", "true"),
			withHeader("HX-Target", "search-results"), withHeader("HX-History-Restore-Request", "true"))
		if !strings.Contains(full.Body, "<html") {
			t.Error("a history restore did not get the whole page")
		}
	})

	t.Run("PlainFormWorksWithoutScript", func(t *testing.T) {
		p := h.get(t, "/charms?q=quokkaquill&category=beaded").mustStatus(t, http.StatusOK)
		form := p.mustHave(t, "form#search-form")
		if action, _ := form.Attr("action"); action != "/charms" {
			t.Errorf("search form action %q", action)
		}
		if method, _ := form.Attr("method"); method != "get" {
			t.Errorf("search form method %q", method)
		}
		if p.count(`select#sort[form=search-form]`) != 1 || p.count(`button[type=submit][form=search-form]`) == 0 {
			t.Error("the sort select cannot be submitted with the form")
		}
	})

	t.Run("ChineseShowsChineseNames", func(t *testing.T) {
		p := h.get(t, "/charms?q=quokkaquill&sort=name", withLang("zh-CN")).mustStatus(t, http.StatusOK)
		if lang, _ := p.Doc.Find("html").Attr("lang"); lang != "zh-Hans" {
			t.Errorf("html lang %q, want zh-Hans", lang)
		}
		titles := p.texts(".grid .charm-card .card-title")
		if len(titles) == 0 || titles[0] != "短尾矮袋鼠 00 号" {
			t.Errorf("first card %v, want the Chinese name", titles)
		}
		if c := p.texts(".result-count"); len(c) != 1 || c[0] != "共 30 件挂件" {
			t.Errorf("result count %v", c)
		}
	})
}

// checkFacet asserts that facet lists value label with count, selected or not.
func checkFacet(t *testing.T, p *page, facet, label, count string, on bool) {
	t.Helper()
	found := false
	p.Doc.Find("details.facet").Each(func(_ int, g *goquery.Selection) {
		if !strings.EqualFold(strings.TrimSpace(g.Find("summary").First().Text()), p.facetTitle(facet)) {
			return
		}
		g.Find(".facet-option").Each(func(_ int, o *goquery.Selection) {
			l := strings.TrimSpace(o.Find(".facet-label").Contents().First().Text())
			if l != label {
				return
			}
			found = true
			if c := strings.TrimSpace(o.Find(".facet-count").Text()); c != count {
				t.Errorf("facet %s value %s counts %s, want %s", facet, label, c, count)
			}
			if o.HasClass("is-on") != on {
				t.Errorf("facet %s value %s selected %t, want %t", facet, label, o.HasClass("is-on"), on)
			}
		})
	})
	if !found {
		t.Errorf("facet %s has no value %q", facet, label)
	}
}

// facetTitle is the English title of a facet group.
func (p *page) facetTitle(facet string) string {
	return map[string]string{"category": "Category", "material": "Material"}[facet]
}
