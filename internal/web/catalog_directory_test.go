package web

import (
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

func TestDirectoryPages(t *testing.T) {
	h := newHarness(t)
	f := addCatalogFixture(t, h)

	t.Run("StudiosFilterByKindAndRegion", func(t *testing.T) {
		p := h.get(t, "/studios?kind=museum&region=europe").mustStatus(t, http.StatusOK)
		p.mustHave(t, `.studio-card[href="/studios/zephyr-museum"]`)
		p.Doc.Find(".studio-card").Each(func(_ int, s *goquery.Selection) {
			meta := s.Find(".card-meta").First().Text()
			if !strings.Contains(meta, "Museum") || !strings.Contains(meta, "Europe") {
				t.Errorf("a museum-in-Europe filter lists %q", strings.Join(strings.Fields(meta), " "))
			}
		})
		other := h.get(t, "/studios?kind=luxury").mustStatus(t, http.StatusOK)
		if other.count(`.studio-card[href="/studios/zephyr-museum"]`) != 0 {
			t.Error("the luxury filter lists a museum")
		}
		h.get(t, "/studios?kind=spaceship").mustStatus(t, http.StatusUnprocessableEntity)
		h.get(t, "/studios?region=mars").mustStatus(t, http.StatusUnprocessableEntity)
	})

	t.Run("StudioPageListsCharmsSeriesAndSellers", func(t *testing.T) {
		p := h.get(t, "/studios/zephyr-museum").mustStatus(t, http.StatusOK)
		if n := p.count(".grid .charm-card"); n != studioCharmsPage {
			t.Errorf("%d charm cards, want a page of %d", n, studioCharmsPage)
		}
		next := p.attrs(".pager a[rel=next]", "href")
		if len(next) != 1 {
			t.Fatalf("the studio page has %d next links, want 1", len(next))
		}
		p2 := h.get(t, next[0]).mustStatus(t, http.StatusOK)
		if slices.ContainsFunc(p2.charmIDs(t, ".grid .charm-card"), func(id int64) bool {
			return slices.Contains(p.charmIDs(t, ".grid .charm-card"), id)
		}) {
			t.Error("page 2 of the studio repeats charms of page 1")
		}
		if got := p.count(".series-card"); got != 2 {
			t.Errorf("%d series cards, want 2", got)
		}
		if got := p.texts("#studio-sellers ~ .seller-mini strong"); !slices.Equal(got, []string{"Zephyr Museum Shop"}) {
			t.Errorf("sellers %v", got)
		}
		h.get(t, "/studios/no-such-studio").mustStatus(t, http.StatusNotFound)
	})

	t.Run("SeriesFilterByKindAndStudio", func(t *testing.T) {
		p := h.get(t, "/series?kind=blind_box").mustStatus(t, http.StatusOK)
		p.Doc.Find(".series-card").Each(func(_ int, s *goquery.Selection) {
			if b := strings.TrimSpace(s.Find(".badge").First().Text()); b != "Blind-box series" {
				t.Errorf("blind-box filter lists a %q", b)
			}
		})
		byStudio := h.get(t, "/series?studio=zephyr-museum").mustStatus(t, http.StatusOK)
		hrefs := byStudio.attrs(".series-card", "href")
		slices.Sort(hrefs)
		if !slices.Equal(hrefs, []string{"/series/zephyr-harbour-classics", "/series/zephyr-tide-pool"}) {
			t.Errorf("studio filter lists %v", hrefs)
		}
		h.get(t, "/series?studio=nobody").mustStatus(t, http.StatusUnprocessableEntity)
		h.get(t, "/series?kind=mystery").mustStatus(t, http.StatusUnprocessableEntity)
	})

	t.Run("SeriesPageShowsFiguresRaritiesAndBoxPrice", func(t *testing.T) {
		p := h.get(t, "/series/"+f.Series.Slug).mustStatus(t, http.StatusOK)
		if n := p.count(".figure-card"); n != len(f.Figures) {
			t.Errorf("%d figures, want %d", n, len(f.Figures))
		}
		badges := p.texts(".figure-card .badge")
		if !slices.Contains(badges, "Secret") || !slices.Contains(badges, "Chase") {
			t.Errorf("rarity badges %v", badges)
		}
		note := strings.Join(p.texts(".blind-note"), " ")
		if !strings.Contains(note, "¥69.00") || !strings.Contains(note, "1 chase and 1 secret") {
			t.Errorf("blind-box note %q lacks the box price or the rare figures", note)
		}
		p.mustHave(t, `.breadcrumbs a[href="/studios/zephyr-museum"]`)
		h.get(t, "/series/no-such-series").mustStatus(t, http.StatusNotFound)
	})

	t.Run("SellersFilterByCityStudioRegionAndKind", func(t *testing.T) {
		for _, q := range []string{"city=Zephyrhavn", "studio=zephyr-museum", "region=europe&kind=museum_shop&city=Zephyrhavn"} {
			p := h.get(t, "/sellers?"+q).mustStatus(t, http.StatusOK)
			if got := p.texts(".seller-card .card-title"); !slices.Equal(got, []string{"Zephyr Museum Shop"}) {
				t.Errorf("%s lists %v", q, got)
			}
			p.mustHave(t, `.seller-card a.chip[href="/studios/zephyr-museum"]`)
		}
		none := h.get(t, "/sellers?city=Zephyrhavn&kind=pop_up").mustStatus(t, http.StatusOK)
		none.mustHave(t, ".empty-state")
		all := h.get(t, "/sellers").mustStatus(t, http.StatusOK)
		city := all.mustHave(t, `.city-list a[href="/sellers?city=Zephyrhavn"]`)
		if count := strings.TrimSpace(city.Parent().Find(".muted").Text()); count != "1" {
			t.Errorf("Zephyrhavn counts %q sellers, want 1", count)
		}
		h.get(t, "/sellers?studio=nobody").mustStatus(t, http.StatusUnprocessableEntity)
		h.get(t, "/sellers?kind=street_vendor").mustStatus(t, http.StatusUnprocessableEntity)
	})

	t.Run("HomeShowsTheCatalog", func(t *testing.T) {
		p := h.get(t, "/").mustStatus(t, http.StatusOK)
		if n := p.count(".category-tile img"); n != 9 {
			t.Errorf("%d category tiles with pictures, want 9", n)
		}
		if n := p.count("section[aria-labelledby=new-title] .charm-card"); n != homeNewReleases {
			t.Errorf("%d new releases, want %d", n, homeNewReleases)
		}
		p.mustHave(t, ".featured .figure-mystery")
		p.mustHave(t, `.kind-column a[href="/studios?kind=museum"]`)
		p.mustHave(t, `.buy-genuine a[href="/sellers"]`)
		p.mustHave(t, `form.hero-search[action="/charms"] input[name=q]`)
		zh := h.get(t, "/", withLang("zh-CN")).mustStatus(t, http.StatusOK)
		if got := zh.texts("#hero-title"); len(got) != 1 || got[0] != "遇见属于你的那枚挂件" {
			t.Errorf("Chinese headline %v", got)
		}
	})
}
