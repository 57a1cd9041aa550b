package web

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/charmory/charmory/internal/collection"
)

// TestDailyMoodFlow walks the daily pick as a collector does: a mood
// button, their own words in English and Chinese, "wear this instead",
// and the journal calendar that records each choice.
func TestDailyMoodFlow(t *testing.T) { dailyEach(t, dailyMoodFlow) }

func dailyMoodFlow(t *testing.T, h *harness) {
	a := collSignIn(t, h)
	items := dailyItems(t, h, a.ID, 4)

	t.Run("AsksForAMoodFirst", func(t *testing.T) {
		p := collGet(t, h, &a, "/styling/today").mustStatus(t, http.StatusOK)
		if n := p.count(`form[action="/styling/today"] button[name=mood]`); n != 6 {
			t.Errorf("%d mood buttons, want 6", n)
		}
		p.mustHave(t, `form[action="/styling/today"] input[name=mood_text]`)
		if p.count(".daily-pick") != 0 {
			t.Error("a pick is shown before any mood was given")
		}
		p.collRendered(t, "/styling/today")
	})

	t.Run("MoodButtonShowsThePickAndRecordsIt", func(t *testing.T) {
		p := dailyPost(t, h, &a, url.Values{"mood": {"cozy"}}).mustStatus(t, http.StatusOK)
		best, backup := dailyShown(t, p)
		if items[best] == nil || items[backup] == nil || best == backup {
			t.Fatalf("pick %d, backup %d: want two different items of the collector's", best, backup)
		}
		if got := p.texts(".daily-pick .mood-chip"); len(got) != 1 || got[0] != "Cozy" {
			t.Errorf("mood shown %v, want Cozy", got)
		}
		if got := p.texts(".daily-best .daily-reason"); len(got) != 1 || got[0] == "" {
			t.Errorf("reason %v, want one line", got)
		}
		p.mustHave(t, `.daily-pick a[href="/styling"]`)
		p.collRendered(t, "the pick")
		day := dailyTodayPick(t, h, a.ID).Day
		cal := collGet(t, h, &a, "/styling/journal?month="+day[:7]).mustStatus(t, http.StatusOK)
		if cell := dailyCell(t, cal, day); !strings.Contains(cell, "Cozy") || !strings.Contains(cell, items[best].Name) {
			t.Errorf("journal shows %q for today, want Cozy and %q", cell, items[best].Name)
		}
		again := collGet(t, h, &a, "/styling/today").mustStatus(t, http.StatusOK)
		if b, _ := dailyShown(t, again); b != best {
			t.Errorf("today's page shows item %d, want the pick %d", b, best)
		}
	})

	t.Run("OwnWordsInEnglish", func(t *testing.T) {
		p := dailyPost(t, h, &a, url.Values{"mood_text": {"I want something cozy and warm"}}).mustStatus(t, http.StatusOK)
		if best, _ := dailyShown(t, p); items[best] == nil {
			t.Fatalf("no pick of the collector's shown:\n%.3000s", p.Body)
		}
		if got := strings.Join(p.texts(".daily-said"), ""); !strings.Contains(got, "cozy and warm") {
			t.Errorf("the page does not repeat the words: %q", got)
		}
		if got := strings.Join(p.texts(".daily-pick .mood-chip"), ""); got != "Cozy" {
			t.Errorf("mood shown %q, want Cozy", got)
		}
	})

	t.Run("OwnWordsInChinese", func(t *testing.T) {
		zh := withLang("zh-CN")
		p := dailyPost(t, h, &a, url.Values{"mood_text": {"想安静一点"}}, zh).mustStatus(t, http.StatusOK)
		best, _ := dailyShown(t, p)
		if items[best] == nil {
			t.Fatalf("no pick of the collector's shown:\n%.3000s", p.Body)
		}
		if got := strings.Join(p.texts(".daily-pick .mood-chip"), ""); got != "平静" {
			t.Errorf("mood shown %q, want 平静 (calm)", got)
		}
		p.collRendered(t, "the pick in Chinese")
		day := dailyTodayPick(t, h, a.ID).Day
		cal := collGet(t, h, &a, "/styling/journal?month="+day[:7], zh).mustStatus(t, http.StatusOK)
		if cell := dailyCell(t, cal, day); !strings.Contains(cell, "平静") || !strings.Contains(cell, items[best].Name) {
			t.Errorf("journal shows %q for today, want 平静 and %q", cell, items[best].Name)
		}
		cal.collRendered(t, "the journal in Chinese")
	})

	t.Run("WearThisInstead", func(t *testing.T) {
		p := dailyPost(t, h, &a, url.Values{"mood": {"happy"}}).mustStatus(t, http.StatusOK)
		_, backup := dailyShown(t, p)
		if backup == 0 {
			t.Fatalf("no backup offered:\n%.3000s", p.Body)
		}
		form := dailyFormValues(p, `form[action="/styling/today/wear"]`)
		collPost(t, h, &a, "/styling/today/wear", form).mustRedirectTo(t, "/styling/today?done=worn")
		after := collGet(t, h, &a, "/styling/today?done=worn").mustStatus(t, http.StatusOK)
		if best, _ := dailyShown(t, after); best != backup {
			t.Errorf("after wearing the backup the page shows %d, want %d", best, backup)
		}
		after.mustHave(t, ".alert-ok")
		pick := dailyTodayPick(t, h, a.ID)
		cal := collGet(t, h, &a, "/styling/journal?month="+pick.Day[:7]).mustStatus(t, http.StatusOK)
		if cell := dailyCell(t, cal, pick.Day); !strings.Contains(cell, items[backup].Name) {
			t.Errorf("journal shows %q for today, want the worn %q", cell, items[backup].Name)
		}
	})

	t.Run("UnknownMoodAsksAgain", func(t *testing.T) {
		before := dailyTodayPick(t, h, a.ID)
		p := dailyPost(t, h, &a, url.Values{"mood_text": {"qwzx plorf"}}).mustStatus(t, http.StatusUnprocessableEntity)
		msg := strings.Join(p.texts(".daily-ask .alert-error"), " ")
		for _, want := range []string{"qwzx plorf", "Happy", "Calm", "Cozy", "Brave", "Nostalgic", "Focused"} {
			if !strings.Contains(msg, want) {
				t.Errorf("message %q does not mention %q", msg, want)
			}
		}
		if got := p.Doc.Find("input[name=mood_text]").AttrOr("value", ""); got != "qwzx plorf" {
			t.Errorf("the words were not kept: %q", got)
		}
		if n := p.count("button[name=mood]"); n != 6 {
			t.Errorf("%d mood buttons on the form again, want 6", n)
		}
		if after := dailyTodayPick(t, h, a.ID); after.Mood != before.Mood || after.BestItem.ID != before.BestItem.ID {
			t.Errorf("a refused mood changed today's pick: %+v → %+v", before, after)
		}
		zh := dailyPost(t, h, &a, url.Values{"mood_text": {"qwzx plorf"}}, withLang("zh-CN")).mustStatus(t, http.StatusUnprocessableEntity)
		if msg := strings.Join(zh.texts(".daily-ask .alert-error"), " "); !strings.Contains(msg, "平静") {
			t.Errorf("Chinese message %q does not list the moods in Chinese", msg)
		}
	})

	t.Run("NoMoodAtAll", func(t *testing.T) {
		p := dailyPost(t, h, &a, url.Values{"mood_text": {"   "}}).mustStatus(t, http.StatusUnprocessableEntity)
		p.mustHave(t, ".daily-ask .alert-error")
	})
}

// TestDailyEmptyCollection shows a collector without items where to start.
func TestDailyEmptyCollection(t *testing.T) {
	h := newHarness(t)
	a := collSignIn(t, h)
	for _, p := range []*page{
		collGet(t, h, &a, "/styling/today").mustStatus(t, http.StatusOK),
		dailyPost(t, h, &a, url.Values{"mood": {"calm"}}).mustStatus(t, http.StatusOK),
	} {
		p.mustHave(t, `.daily-empty a[href="/collection/new"]`)
		if p.count("button[name=mood]") != 0 {
			t.Error("mood buttons offered with nothing to pick from")
		}
	}
}

// TestDailyNothingWearable says why there is no pick when every item is
// lost or lent, instead of showing the empty collection.
func TestDailyNothingWearable(t *testing.T) {
	h := newHarness(t)
	a := collSignIn(t, h)
	collItem(t, h, a.ID, collection.ItemInput{CharmID: h.anyCharm(t).ID, Status: "lost"})
	p := dailyPost(t, h, &a, url.Values{"mood": {"calm"}}).mustStatus(t, http.StatusOK)
	p.mustHave(t, ".daily-ask .alert-info")
	if p.count(".daily-empty") != 0 || p.count(".daily-pick") != 0 {
		t.Errorf("want the mood form with a note, got:\n%.3000s", p.Body)
	}
}

// TestDailyNeedsLogin sends visitors to log in and refuses their posts.
func TestDailyNeedsLogin(t *testing.T) {
	h := newHarness(t)
	for _, path := range []string{"/styling/today", "/styling/journal", "/styling/settings"} {
		p := h.get(t, path)
		if p.Status != http.StatusSeeOther || !strings.HasPrefix(p.Header.Get("Location"), "/login?next=") {
			t.Errorf("GET %s as a visitor: %d to %q, want a redirect to log in", path, p.Status, p.Header.Get("Location"))
		}
	}
	for _, path := range []string{"/styling/today", "/styling/today/wear", "/styling/settings"} {
		if p := collPost(t, h, nil, path, url.Values{"mood": {"calm"}, "item_id": {"1"}}); p.Status != http.StatusUnauthorized {
			t.Errorf("POST %s as a visitor: %d, want 401", path, p.Status)
		}
	}
}

// TestDailyJournalMonths checks the calendar's shape and its month links.
func TestDailyJournalMonths(t *testing.T) {
	h := newHarness(t)
	a := collSignIn(t, h)
	p := collGet(t, h, &a, "/styling/journal?month=2024-02").mustStatus(t, http.StatusOK)
	if got := p.texts(".journal-calendar thead th"); strings.Join(got, " ") != "Mon Tue Wed Thu Fri Sat Sun" {
		t.Errorf("weekday headers %v, want Monday first", got)
	}
	// 1 February 2024 was a Thursday: three blanks, then 29 days (a leap year).
	first := p.Doc.Find(".journal-calendar tbody tr").First().Find("td")
	if first.Length() != 7 || first.Eq(2).HasClass("journal-day") || !first.Eq(3).HasClass("journal-day") {
		t.Errorf("first week does not start on Thursday:\n%.2000s", p.Body)
	}
	if n := p.count("td.journal-day"); n != 29 {
		t.Errorf("%d days in February 2024, want 29", n)
	}
	p.mustHave(t, `a[rel=prev][href="/styling/journal?month=2024-01"]`)
	p.mustHave(t, `a[rel=next][href="/styling/journal?month=2024-03"]`)
	if p.count(`td[aria-current="date"]`) != 0 {
		t.Error("a day of February 2024 is marked as today")
	}
	this := collGet(t, h, &a, "/styling/journal").mustStatus(t, http.StatusOK)
	if n := this.count(`td[aria-current="date"]`); n != 1 {
		t.Errorf("%d days marked today this month, want 1", n)
	}
	if this.count("a[rel=next]") != 0 {
		t.Error("this month links to a month that has not begun")
	}
	for _, bad := range []string{"2024-13", "soon", "24-01"} {
		collGet(t, h, &a, "/styling/journal?month="+bad).mustStatus(t, http.StatusUnprocessableEntity)
	}
}

// TestDailyOwnerScoping proves one collector never sees nor changes
// another's picks and journal.
func TestDailyOwnerScoping(t *testing.T) { dailyEach(t, dailyOwnerScoping) }

func dailyOwnerScoping(t *testing.T, h *harness) {
	a, b := collSignIn(t, h), collSignIn(t, h)
	aItems, bItems := dailyItems(t, h, a.ID, 3), dailyItems(t, h, b.ID, 3)
	pa := dailyPost(t, h, &a, url.Values{"mood": {"calm"}}).mustStatus(t, http.StatusOK)
	aBest, _ := dailyShown(t, pa)
	pb := dailyPost(t, h, &b, url.Values{"mood": {"calm"}}).mustStatus(t, http.StatusOK)
	bBest, bBackup := dailyShown(t, pb)
	if bItems[bBest] == nil || aItems[bBest] != nil || (bBackup != 0 && bItems[bBackup] == nil) {
		t.Fatalf("B's pick %d/%d is not among B's items", bBest, bBackup)
	}

	t.Run("WearingAnothersItemIsNotFound", func(t *testing.T) {
		p := collPost(t, h, &b, "/styling/today/wear", url.Values{"item_id": {strconv.FormatInt(aBest, 10)}})
		p.mustStatus(t, http.StatusNotFound)
		if got := dailyTodayPick(t, h, b.ID).BestItem.ID; got != bBest {
			t.Errorf("B's pick changed to %d", got)
		}
		if got := dailyTodayPick(t, h, a.ID).BestItem.ID; got != aBest {
			t.Errorf("A's pick changed to %d", got)
		}
		collPost(t, h, &b, "/styling/today/wear", url.Values{"item_id": {"abc"}}).mustStatus(t, http.StatusNotFound)
	})

	t.Run("JournalShowsOnlyOnesOwnDays", func(t *testing.T) {
		day := dailyTodayPick(t, h, a.ID).Day
		p := collGet(t, h, &b, "/styling/journal?month="+day[:7]).mustStatus(t, http.StatusOK)
		for _, href := range p.Doc.Find(".journal-item").Map(func(_ int, s *goquery.Selection) string { return s.AttrOr("href", "") }) {
			if id, _ := strconv.ParseInt(strings.TrimPrefix(href, "/collection/items/"), 10, 64); aItems[id] != nil {
				t.Errorf("B's journal links to A's item %d", id)
			}
		}
		if n := p.count(".journal-item"); n != 1 {
			t.Errorf("B's journal shows %d worn items this month, want B's one", n)
		}
		if b2, _ := dailyShown(t, collGet(t, h, &b, "/styling/today")); b2 != bBest {
			t.Errorf("B's today page shows %d, want B's pick %d", b2, bBest)
		}
	})
}
