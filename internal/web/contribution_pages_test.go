package web

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
)

// newCharmForm is a valid new-charm submission for the site's studio.
func newCharmForm(s *acctSite) url.Values {
	return url.Values{
		"name": {"Jade Koi Bead Charm"}, "name_zh": {"翡翠锦鲤串珠挂件"},
		"studio_id": {strconv.FormatInt(s.studio.ID, 10)}, "category": {"beaded"},
		"materials": {"glass_beads", "seed_beads"}, "colours": {"green", "red"}, "themes": {"heritage", "animals"},
		"width_mm": {"28"}, "height_mm": {"60"}, "weight_g": {"9"}, "release_date": {"2025-11-20"},
		"list_price": {"49.90"}, "currency": {"CNY"}, "region": {"east_asia"},
		"description": {"Hand-strung koi on a red cord."}, "official": {"true"},
		"note": {"From the studio's shop page."},
	}
}

func TestContribute(t *testing.T) {
	t.Run("RequiresLogin", func(t *testing.T) {
		s := newAcctSite(t)
		if res := s.browser().get("/contribute").want(t, http.StatusSeeOther); res.location() != "/login?next=%2Fcontribute" {
			t.Errorf("redirect to %q", res.location())
		}
		s.browser().post("/contribute", newCharmForm(s)).want(t, http.StatusUnauthorized)
	})
	t.Run("FormOffersCatalogChoices", func(t *testing.T) {
		s := newAcctSite(t)
		res := s.user("mei", "collector").get("/contribute").want(t, http.StatusOK)
		if got := res.count(t, "#f-studio_id option[value='"+strconv.FormatInt(s.studio.ID, 10)+"']"); got != 1 {
			t.Errorf("studio offered %d times", got)
		}
		if got := res.count(t, "#f-series_id optgroup[label='Moon Hare Studio'] option"); got != 1 {
			t.Errorf("%d series grouped under the studio", got)
		}
		if got := res.count(t, "input[name=materials]"); got < 20 {
			t.Errorf("only %d material checkboxes", got)
		}
		if got := res.text(t, "label:has(input[name=materials][value=brass])"); got != "Brass" {
			t.Errorf("brass labelled %q", got)
		}
		if got, _ := res.doc.Find("#f-currency option[selected]").Attr("value"); got != "CNY" {
			t.Errorf("default currency %q", got)
		}
	})
	t.Run("ErrorsKeepValues", func(t *testing.T) {
		s := newAcctSite(t)
		b := s.user("mei", "collector")
		form := newCharmForm(s)
		form.Set("name", "  ")
		form.Set("width_mm", "three")
		form.Set("list_price", "49.999")
		form.Set("release_date", "20-11-2025")
		res := b.post("/contribute", form).want(t, http.StatusUnprocessableEntity)
		for _, field := range []string{"name", "width_mm", "list_price", "release_date"} {
			if res.count(t, "#e-"+field) != 1 {
				t.Errorf("no error shown for %s", field)
			}
		}
		if res.count(t, "#e-height_mm") != 0 {
			t.Error("an error is shown for a valid field")
		}
		checks := map[string]string{
			"#f-width_mm": "three", "#f-list_price": "49.999", "#f-name_zh": "翡翠锦鲤串珠挂件", "#f-height_mm": "60",
		}
		for sel, want := range checks {
			if got := res.value(t, sel); got != want {
				t.Errorf("%s kept as %q, want %q", sel, got, want)
			}
		}
		if res.count(t, "input[name=materials][value=seed_beads][checked]") != 1 || res.count(t, "input[name=materials][value=brass][checked]") != 0 {
			t.Error("ticked materials were not kept")
		}
		if res.count(t, "#f-official[checked]") != 1 {
			t.Error("the official box was not kept")
		}
		if got, _ := res.doc.Find("#f-studio_id option[selected]").Attr("value"); got != strconv.FormatInt(s.studio.ID, 10) {
			t.Errorf("studio kept as %q", got)
		}
		if got := res.text(t, "#f-note"); got != "From the studio's shop page." {
			t.Errorf("note kept as %q", got)
		}
	})
}

func TestContributionFlow(t *testing.T) {
	s := newAcctSite(t)
	mei := s.user("mei", "collector")
	jun := s.user("jun", "collector")
	mod := s.user("ada", "moderator")

	res := mei.post("/contribute", newCharmForm(s)).want(t, http.StatusSeeOther)
	id := idAfter(t, res.location(), "/contributions/")
	path := "/contributions/" + strconv.FormatInt(id, 10)

	t.Run("ThanksOnItsPage", func(t *testing.T) {
		page := mei.get(res.location()).want(t, http.StatusOK)
		if !strings.Contains(page.text(t, ".alert-ok"), "A moderator will review it") {
			t.Errorf("no thank-you: %q", page.text(t, ".alert-ok"))
		}
		if got := page.text(t, ".diff-table"); !strings.Contains(got, "Glass beads, Seed beads") || !strings.Contains(got, "¥49.90") {
			t.Errorf("proposal table %q lacks labelled materials or the price", got)
		}
		if page.count(t, ".review-panel") != 0 {
			t.Error("a collector sees the review buttons")
		}
	})
	t.Run("InMyContributions", func(t *testing.T) {
		list := mei.get("/contributions").want(t, http.StatusOK)
		if got := list.text(t, ".contrib-item"); !strings.Contains(got, "Jade Koi Bead Charm") || !strings.Contains(got, "Waiting for review") {
			t.Errorf("my contributions: %q", got)
		}
		if got := jun.get("/contributions").count(t, ".contrib-item"); got != 0 {
			t.Errorf("jun sees %d of mei's contributions", got)
		}
	})
	t.Run("InModerationQueue", func(t *testing.T) {
		queue := mod.get("/moderation").want(t, http.StatusOK)
		if got := queue.count(t, ".queue-item a[href='"+path+"']"); got == 0 {
			t.Errorf("the queue does not link to %s", path)
		}
		if got := queue.text(t, ".queue-meta"); !strings.Contains(got, "@mei") {
			t.Errorf("queue meta %q lacks the contributor", got)
		}
	})
	t.Run("CollectorCannotModerate", func(t *testing.T) {
		mei.get("/moderation").want(t, http.StatusForbidden)
		mei.post(path+"/approve", nil).want(t, http.StatusForbidden)
	})
	t.Run("OthersGetNotFound", func(t *testing.T) {
		jun.get(path).want(t, http.StatusNotFound)
		jun.get("/contributions/999999").want(t, http.StatusNotFound)
	})
	t.Run("ModeratorFiltersByUserAndStatus", func(t *testing.T) {
		list := mod.get("/contributions?user=mei&status=pending").want(t, http.StatusOK)
		if got := list.count(t, ".contrib-item"); got != 1 {
			t.Errorf("%d items for mei's pending contributions", got)
		}
		if got := mod.get("/contributions?user=jun").count(t, ".contrib-item"); got != 0 {
			t.Errorf("%d items for jun", got)
		}
		if got := mod.get("/contributions?scope=all&status=approved").count(t, ".contrib-item"); got != 0 {
			t.Errorf("%d approved items before any approval", got)
		}
	})
	t.Run("ApproveThenSecondApproveConflicts", func(t *testing.T) {
		page := mod.get(path).want(t, http.StatusOK)
		if page.count(t, ".review-panel form[action='"+path+"/approve']") != 1 {
			t.Fatal("the moderator has no approve button")
		}
		done := mod.post(path+"/approve", url.Values{"review_note": {"Checked against the shop."}}).want(t, http.StatusSeeOther)
		if done.location() != "/moderation?done=approved" {
			t.Errorf("redirect to %q", done.location())
		}
		if got := mod.get(done.location()).text(t, ".alert-ok"); !strings.Contains(got, "Approved") {
			t.Errorf("confirmation %q", got)
		}
		again := mod.post(path+"/approve", nil).want(t, http.StatusConflict)
		if got := again.text(t, ".alert-error"); !strings.Contains(got, "already been reviewed") {
			t.Errorf("conflict message %q", got)
		}
		mine := mei.get(path).want(t, http.StatusOK)
		if got := mine.text(t, ".contrib-side"); !strings.Contains(got, "Approved") || !strings.Contains(got, "Checked against the shop.") || !strings.Contains(got, "@ada") {
			t.Errorf("status panel %q", got)
		}
	})
}

func TestEditContribution(t *testing.T) {
	s := newAcctSite(t)
	mei := s.user("mei", "collector")
	mod := s.user("ada", "moderator")
	editPath := "/charms/" + strconv.FormatInt(s.charm.ID, 10) + "/edit"

	form := mei.get(editPath).want(t, http.StatusOK)
	if got := form.value(t, "#f-name"); got != s.charm.Name {
		t.Fatalf("name pre-filled as %q", got)
	}
	if got := form.value(t, "#f-list_price"); got != "69.00" {
		t.Errorf("price pre-filled as %q", got)
	}
	if form.count(t, "input[name=materials][value=enamel][checked]") != 1 {
		t.Error("materials not pre-filled")
	}
	values := formValues(form)

	t.Run("UnchangedIsRefused", func(t *testing.T) {
		res := mei.post(editPath, values).want(t, http.StatusUnprocessableEntity)
		if !strings.Contains(res.text(t, ".alert-error"), "haven't changed anything") {
			t.Errorf("message %q", res.text(t, ".alert-error"))
		}
	})

	values.Set("name", "Moonlit Rabbit Lantern (Mid-Autumn)")
	values.Set("list_price", "79")
	res := mei.post(editPath, values).want(t, http.StatusSeeOther)
	path := "/contributions/" + strconv.FormatInt(idAfter(t, res.location(), "/contributions/"), 10)

	t.Run("ReviewShowsDiff", func(t *testing.T) {
		page := mod.get(path).want(t, http.StatusOK)
		if got := page.text(t, ".diff-table del"); !strings.Contains(got, "Moonlit Rabbit Lantern") || !strings.Contains(got, "¥69.00") {
			t.Errorf("old values %q", got)
		}
		if got := page.text(t, ".diff-table ins"); !strings.Contains(got, "(Mid-Autumn)") || !strings.Contains(got, "¥79.00") {
			t.Errorf("new values %q", got)
		}
		if got := page.count(t, ".diff-table tbody tr"); got != 2 {
			t.Errorf("%d changed rows, want 2", got)
		}
	})
	t.Run("StaleFormIsConflict", func(t *testing.T) {
		stale := url.Values{}
		for k, v := range values {
			stale[k] = v
		}
		stale.Set("version", "0")
		stale.Set("sku", "MH-001")
		res := mei.post(editPath, stale).want(t, http.StatusConflict)
		if got := res.value(t, "#f-sku"); got != "MH-001" {
			t.Errorf("sku kept as %q", got)
		}
		if got := res.value(t, "input[name=version]"); got != strconv.Itoa(s.charm.Version) {
			t.Errorf("version moved to %q, want the current %d", got, s.charm.Version)
		}
	})
	t.Run("ApprovedEditShowsOnCharmAndHistory", func(t *testing.T) {
		mod.post(path+"/approve", nil).want(t, http.StatusSeeOther)
		charmPath := "/charms/" + strconv.FormatInt(s.charm.ID, 10)
		if got := s.browser().get(charmPath).want(t, http.StatusOK).text(t, "h1"); !strings.Contains(got, "(Mid-Autumn)") {
			t.Errorf("charm page heading %q", got)
		}
		history := s.browser().get(charmPath+"/history").want(t, http.StatusOK)
		if !strings.Contains(history.text(t, "main"), "mei") {
			t.Errorf("history does not credit mei: %q", history.text(t, "main"))
		}
		applied := mei.get(path).want(t, http.StatusOK)
		if got := applied.text(t, "#changes-heading"); got != "What approving it changed" {
			t.Errorf("approved contribution heading %q", got)
		}
		if got := applied.count(t, ".diff-table tbody tr"); got != 2 {
			t.Errorf("%d applied rows, want 2", got)
		}
	})
}

// formValues collects what a browser would submit from a page's form:
// text inputs, ticked boxes, selected options and textareas.
func formValues(r *acctResponse) url.Values {
	v := url.Values{}
	r.doc.Find("main form input").Each(func(_ int, in *goquerySelection) {
		name, _ := in.Attr("name")
		val, _ := in.Attr("value")
		typ, _ := in.Attr("type")
		if name == "" || (typ == "checkbox" || typ == "radio") && in.AttrOr("checked", "-") == "-" {
			return
		}
		v.Add(name, val)
	})
	r.doc.Find("main form select").Each(func(_ int, sel *goquerySelection) {
		name, _ := sel.Attr("name")
		v.Set(name, sel.Find("option[selected]").AttrOr("value", ""))
	})
	r.doc.Find("main form textarea").Each(func(_ int, ta *goquerySelection) {
		name, _ := ta.Attr("name")
		v.Set(name, ta.Text())
	})
	return v
}

func TestReview(t *testing.T) {
	t.Run("RejectShowsNoteToContributor", func(t *testing.T) {
		s := newAcctSite(t)
		mei, mod := s.user("mei", "collector"), s.user("ada", "moderator")
		path := mei.post("/contribute", newCharmForm(s)).want(t, http.StatusSeeOther).location()
		path, _, _ = strings.Cut(path, "?")
		res := mod.post(path+"/reject", url.Values{"review_note": {"Please add a source for the price."}}).want(t, http.StatusSeeOther)
		if res.location() != "/moderation?done=rejected" {
			t.Errorf("redirect to %q", res.location())
		}
		page := mei.get(path).want(t, http.StatusOK)
		if got := page.text(t, ".contrib-side"); !strings.Contains(got, "Not accepted") || !strings.Contains(got, "Please add a source for the price.") {
			t.Errorf("status panel %q", got)
		}
		if got := mei.get("/contributions?status=rejected").count(t, ".contrib-item"); got != 1 {
			t.Errorf("%d rejected items", got)
		}
		if got := mod.get("/moderation").count(t, ".queue-item"); got != 0 {
			t.Errorf("%d items still queued", got)
		}
	})
	t.Run("ApprovingAStaleEditConflicts", func(t *testing.T) {
		s := newAcctSite(t)
		mei, mod := s.user("mei", "collector"), s.user("ada", "moderator")
		editPath := "/charms/" + strconv.FormatInt(s.charm.ID, 10) + "/edit"
		first := formValues(mei.get(editPath))
		first.Set("weight_g", "14")
		second := formValues(mei.get(editPath))
		second.Set("sku", "MH-LANTERN-01")
		firstPath, _, _ := strings.Cut(mei.post(editPath, first).want(t, http.StatusSeeOther).location(), "?")
		secondPath, _, _ := strings.Cut(mei.post(editPath, second).want(t, http.StatusSeeOther).location(), "?")
		mod.post(firstPath+"/approve", nil).want(t, http.StatusSeeOther)

		if got := mod.get("/moderation").count(t, ".queue-stale"); got != 1 {
			t.Errorf("%d stale badges in the queue, want 1", got)
		}
		review := mod.get(secondPath).want(t, http.StatusOK)
		if review.count(t, ".contrib-changes .alert-info") != 1 {
			t.Error("the review page does not warn that the charm changed")
		}
		res := mod.post(secondPath+"/approve", nil).want(t, http.StatusConflict)
		if got := res.text(t, ".alert-error"); !strings.Contains(got, "has changed since") {
			t.Errorf("conflict message %q", got)
		}
		if res.count(t, ".review-panel") != 1 {
			t.Error("the moderator cannot reject it from the conflict page")
		}
	})
}
