package web

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/catalog/search"
	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/styling"
)

func init() {
	for name, path := range map[string]string{
		"daily_pick":       "/styling/today",
		"mood_journal":     "/styling/journal",
		"styling_settings": "/styling/settings",
	} {
		pageVisits[name] = func(*testing.T, *harness) pageVisit {
			return pageVisit{Path: path, Role: account.RoleCollector}
		}
	}
}

// dailyEach runs fn on a harness over each database engine (PostgreSQL
// when CHARMORY_TEST_POSTGRES_URL is set), with the styling service wired.
func dailyEach(t *testing.T, fn func(t *testing.T, h *harness)) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		fn(t, harnessOn(t, d))
	})
}

// dailyCharms returns n catalog charms of the demo data, by name.
func dailyCharms(t testing.TB, h *harness, n int) []catalog.Charm {
	t.Helper()
	res, err := h.Catalog.Search(context.Background(), search.Query{Sort: search.SortName, Limit: n})
	if err != nil || len(res.Charms) < n {
		t.Fatalf("find %d charms: %d, %v", n, len(res.Charms), err)
	}
	return res.Charms[:n]
}

// dailyItems gives u one item of each of n catalog charms, the first one
// tagged cozy, and returns them by id.
func dailyItems(t testing.TB, h *harness, owner int64, n int) map[int64]*collection.Item {
	t.Helper()
	out := map[int64]*collection.Item{}
	for i, c := range dailyCharms(t, h, n) {
		in := collection.ItemInput{CharmID: c.ID}
		if i == 0 {
			in.MoodTags = []string{"cozy"}
		}
		it := collItem(t, h, owner, in)
		out[it.ID] = it
	}
	return out
}

// dailyPost posts a mood form to /styling/today as u.
func dailyPost(t testing.TB, h *harness, u *collUser, form url.Values, opts ...reqOption) *page {
	t.Helper()
	return collPost(t, h, u, "/styling/today", form, opts...)
}

// dailyShown is the item the page shows as the pick and the backup
// offered with "wear this instead" (0 when none), read from their links.
func dailyShown(t testing.TB, p *page) (best, backup int64) {
	t.Helper()
	href := p.Doc.Find(".daily-best a.daily-item").AttrOr("href", "")
	best, _ = strconv.ParseInt(strings.TrimPrefix(href, "/collection/items/"), 10, 64)
	backup, _ = strconv.ParseInt(p.Doc.Find(".daily-backup input[name=item_id]").AttrOr("value", ""), 10, 64)
	return best, backup
}

// dailyCell is the journal cell of day (YYYY-MM-DD) as the page shows
// it, whitespace folded.
func dailyCell(t testing.TB, p *page, day string) string {
	t.Helper()
	cell := p.Doc.Find(`td.journal-day:has(time[datetime="` + day + `"])`)
	if cell.Length() != 1 {
		t.Fatalf("%d cells for %s in:\n%.3000s", cell.Length(), day, p.Body)
	}
	return strings.Join(strings.Fields(cell.Text()), " ")
}

// dailyTodayPick is the owner's pick of today through the service.
func dailyTodayPick(t testing.TB, h *harness, owner int64) *styling.DailyPick {
	t.Helper()
	p, err := h.Styling.Today(context.Background(), owner)
	if err != nil {
		t.Fatalf("today's pick: %v", err)
	}
	return p
}

// dailyFormValues reads the named controls of the form matching sel as a
// browser would submit them.
func dailyFormValues(p *page, sel string) url.Values {
	form := url.Values{}
	p.Doc.Find(sel).Find("input, select, textarea").Each(func(_ int, s *goquery.Selection) {
		name, _ := s.Attr("name")
		switch {
		case name == "":
		case s.Is("select"):
			form.Set(name, s.Find("option[selected]").AttrOr("value", ""))
		case s.Is("textarea"):
			form.Set(name, s.Text())
		case s.Is("[type=checkbox], [type=radio]"):
			if _, on := s.Attr("checked"); on {
				form.Add(name, s.AttrOr("value", ""))
			}
		case s.Is("[type=file]"):
		default:
			form.Set(name, s.AttrOr("value", ""))
		}
	})
	return form
}

// mustRedirectTo fails unless p is a 303 to exactly want.
func (p *page) mustRedirectTo(t testing.TB, want string) {
	t.Helper()
	if p.Status != http.StatusSeeOther || p.Header.Get("Location") != want {
		t.Fatalf("got %d to %q, want 303 to %q; body:\n%.1500s", p.Status, p.Header.Get("Location"), want, p.Body)
	}
}
