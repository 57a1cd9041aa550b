package web

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/i18n"
)

func TestCharmPage(t *testing.T) {
	h := newHarness(t)
	f := addCatalogFixture(t, h)
	msgs := i18n.MustLoad()
	figure := f.Figures[0] // brass and glass beads, no care text, in a five-figure series

	t.Run("CareFollowsFromMaterials", func(t *testing.T) {
		p := h.get(t, fmt.Sprintf("/charms/%d", figure.ID)).mustStatus(t, http.StatusOK)
		care := p.texts(".care p")
		for _, family := range []string{"metal", "bead"} {
			if !slices.Contains(care, msgs.T("en", "care."+family)) {
				t.Errorf("care %v lacks the %s instructions", care, family)
			}
		}
		if slices.Contains(care, msgs.T("en", "care.soft")) {
			t.Error("care lists fabric instructions for a brass and bead charm")
		}
	})

	t.Run("ExplicitCareWins", func(t *testing.T) {
		c := *f.Quokkas[1]
		c.Care = "Keep it in the felt pouch it came in."
		if err := h.Catalog.SaveCharm(context.Background(), catalog.Actor{}, &c, catalog.SourceAdmin); err != nil {
			t.Fatal(err)
		}
		p := h.get(t, fmt.Sprintf("/charms/%d", c.ID)).mustStatus(t, http.StatusOK)
		if care := p.texts(".care p"); len(care) != 1 || care[0] != c.Care {
			t.Errorf("care %v, want only the charm's own text", care)
		}
	})

	t.Run("ShowsSeriesSiblings", func(t *testing.T) {
		p := h.get(t, fmt.Sprintf("/charms/%d", figure.ID)).mustStatus(t, http.StatusOK)
		ids := p.charmIDs(t, ".series-siblings .mini-card")
		if len(ids) != len(f.Figures)-1 || slices.Contains(ids, figure.ID) {
			t.Fatalf("siblings %v: want the %d other figures", ids, len(f.Figures)-1)
		}
		badges := strings.Join(p.texts(".series-siblings .badge"), " ")
		if !strings.Contains(badges, "Chase") || !strings.Contains(badges, "Secret") {
			t.Errorf("sibling badges %q lack the chase and secret figures", badges)
		}
		p.mustHave(t, `.series-siblings a[href="/series/zephyr-tide-pool"]`)
	})

	t.Run("ShowsEveryAttributeAndLinks", func(t *testing.T) {
		p := h.get(t, fmt.Sprintf("/charms/%d", figure.ID)).mustStatus(t, http.StatusOK)
		for _, sel := range []string{
			`a[href="/studios/zephyr-museum"]`,
			fmt.Sprintf(`a[href="/charms/%d/edit"]`, figure.ID),
			fmt.Sprintf(`a[href="/charms/%d/history"]`, figure.ID),
			`a[href="/charms?material=brass"]`,
			`.swatches .swatch`,
			`.where-to-buy a[href="/sellers?studio=zephyr-museum"]`,
			`.charm-figure img[alt]`,
		} {
			p.mustHave(t, sel)
		}
		if got := strings.Join(p.texts(".where-to-buy strong"), "|"); got != "Zephyr Museum Shop" {
			t.Errorf("where to buy lists %q", got)
		}
		if got := strings.Join(p.texts(".badge-row .badge"), "|"); !strings.Contains(got, "Official") {
			t.Errorf("badges %q lack the official badge", got)
		}
	})

	t.Run("HeritageStoryLeads", func(t *testing.T) {
		c := &catalog.Charm{Name: "Galloping Bronze Horse", StudioID: f.Studio.ID, Category: "cultural",
			Materials: []string{"brass"}, Themes: []string{"heritage"}, ListPrice: 8800, Currency: "CNY", Region: "europe",
			Story: "Cast after a horse that seems to fly, one hoof resting on a swallow.\n\nThe museum's most loved piece."}
		if err := h.Catalog.SaveCharm(context.Background(), catalog.Actor{}, c, catalog.SourceAdmin); err != nil {
			t.Fatal(err)
		}
		p := h.get(t, fmt.Sprintf("/charms/%d", c.ID)).mustStatus(t, http.StatusOK)
		if got := p.texts(".charm-summary .story-lead p"); len(got) != 2 {
			t.Errorf("the story leads with %d paragraphs, want 2", len(got))
		}
	})

	t.Run("UnknownOrMalformedIDIs404", func(t *testing.T) {
		for _, path := range []string{"/charms/99999999", "/charms/abc", "/charms/0", "/charms/-3", "/charms/99999999/history", "/charms/abc/image.svg"} {
			h.get(t, path).mustStatus(t, http.StatusNotFound)
		}
	})

	t.Run("ChineseRendering", func(t *testing.T) {
		q := f.Quokkas[0]
		p := h.get(t, fmt.Sprintf("/charms/%d", q.ID), withLang("zh-CN,zh;q=0.9,en;q=0.5")).mustStatus(t, http.StatusOK)
		if h1 := p.texts("h1"); len(h1) != 1 || h1[0] != q.NameZH {
			t.Errorf("heading %v, want %q", h1, q.NameZH)
		}
		if alt := p.texts(".alt-name"); len(alt) != 1 || alt[0] != q.Name {
			t.Errorf("other-language name %v, want %q", alt, q.Name)
		}
		if got := p.texts("#details-title"); len(got) != 1 || got[0] != "详细信息" {
			t.Errorf("details heading %v", got)
		}
		if got := strings.Join(p.texts(".facts dd"), " "); !strings.Contains(got, msgs.T(i18n.Chinese, "category.plush")) {
			t.Errorf("facts %q lack the Chinese category label", got)
		}
	})
}

func TestCharmHistory(t *testing.T) {
	h := newHarness(t)
	f := addCatalogFixture(t, h)
	ctx := context.Background()
	mod, cookie := h.signIn(t, account.RoleModerator)
	c := *f.Quokkas[2]
	c.ListPrice, c.Materials = 12345, []string{"glass_beads", "pearl"}
	if err := h.Catalog.SaveCharm(ctx, catalog.Actor{UserID: mod.ID, Role: mod.Role}, &c, catalog.SourceAdmin); err != nil {
		t.Fatal(err)
	}

	p := h.get(t, fmt.Sprintf("/charms/%d/history", c.ID), withCookie(cookie)).mustStatus(t, http.StatusOK)
	revs := p.Doc.Find(".revision")
	if revs.Length() != 2 {
		t.Fatalf("%d revisions shown, want 2", revs.Length())
	}
	newest := revs.First()
	if who := strings.TrimSpace(newest.Find(".revision-who").Text()); who != mod.Username {
		t.Errorf("newest revision by %q, want %q", who, mod.Username)
	}
	rows := map[string][2]string{}
	newest.Find("tbody tr").Each(func(_ int, tr *goquery.Selection) {
		rows[strings.TrimSpace(tr.Find("th").Text())] = [2]string{strings.TrimSpace(tr.Find(".old").Text()), strings.TrimSpace(tr.Find(".new").Text())}
	})
	if got := rows["List price"]; got[1] != "¥123.45" {
		t.Errorf("list price change %v, want the new price as money", got)
	}
	if got := rows["Materials"]; got != [2]string{"Glass beads", "Glass beads, Pearl"} {
		t.Errorf("materials change %v", got)
	}
	oldest := revs.Last()
	if who := strings.TrimSpace(oldest.Find(".revision-who").Text()); who != "system" {
		t.Errorf("first revision by %q, want system", who)
	}
}
