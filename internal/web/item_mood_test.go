package web

import (
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/collection"
)

// TestItemAttachmentAndMoods covers the two fields the daily pick and the
// coach read: how an item hangs and the moods it suits. They are set on
// the add form, shown on the item page, and survive an edit of anything
// else, since an update replaces every field.
func TestItemAttachmentAndMoods(t *testing.T) {
	h := newHarness(t)
	a := collSignIn(t, h)
	charm := h.anyCharm(t)

	add := collGet(t, h, &a, "/collection/new?charm="+strconv.FormatInt(charm.ID, 10)).mustStatus(t, http.StatusOK)
	form := dailyFormValues(add, "form.item-form")
	if n := add.count(`select[name=attachment] option`); n != len(collection.Attachments)+1 {
		t.Errorf("%d attachment options, want %d and “not recorded”", n, len(collection.Attachments))
	}
	if n := add.count(`input[type=checkbox][name=mood_tags]`); n != len(collection.Moods) {
		t.Errorf("%d mood checkboxes, want %d", n, len(collection.Moods))
	}
	form.Set("attachment", "clip")
	form["mood_tags"] = []string{"cozy", "calm"}
	loc := collUpload(t, h, &a, "/collection/items?charm="+strconv.FormatInt(charm.ID, 10), form).collRedirect(t, "/collection/items/")
	id, _ := strconv.ParseInt(strings.TrimPrefix(strings.TrimSuffix(loc, "?done=created"), "/collection/items/"), 10, 64)
	it := mustItemOf(t, h, a.ID, id)
	if it.Attachment != "clip" || !sameMoods(it.MoodTags, "calm", "cozy") {
		t.Fatalf("created with attachment %q moods %v", it.Attachment, it.MoodTags)
	}

	t.Run("ShownToTheOwner", func(t *testing.T) {
		p := collGet(t, h, &a, collItemPath(id)).mustStatus(t, http.StatusOK)
		facts := strings.Join(p.texts(".facts"), " ")
		for _, want := range []string{"Clip", "Cozy", "Calm"} {
			if !strings.Contains(facts, want) {
				t.Errorf("item page facts %q lack %q", facts, want)
			}
		}
		zh := collGet(t, h, &a, collItemPath(id), withLang("zh-CN")).mustStatus(t, http.StatusOK)
		zh.collRendered(t, "the item page in Chinese")
	})

	t.Run("EditKeepsThem", func(t *testing.T) {
		edit := collGet(t, h, &a, collItemPath(id, "/edit")).mustStatus(t, http.StatusOK)
		form := dailyFormValues(edit, "form.item-form")
		if form.Get("attachment") != "clip" || !sameMoods(form["mood_tags"], "calm", "cozy") {
			t.Fatalf("edit form shows attachment %q moods %v", form.Get("attachment"), form["mood_tags"])
		}
		form.Set("title", "Pocket friend")
		collPost(t, h, &a, collItemPath(id), form).collRedirect(t, collItemPath(id, "?done=saved"))
		got := mustItemOf(t, h, a.ID, id)
		if got.Title != "Pocket friend" || got.Attachment != "clip" || !sameMoods(got.MoodTags, "calm", "cozy") {
			t.Errorf("after an edit of the name: %q, %q, %v", got.Title, got.Attachment, got.MoodTags)
		}
	})

	t.Run("EditChangesThem", func(t *testing.T) {
		form := dailyFormValues(collGet(t, h, &a, collItemPath(id, "/edit")), "form.item-form")
		form.Set("attachment", "")
		form["mood_tags"] = []string{"brave"}
		collPost(t, h, &a, collItemPath(id), form).collRedirect(t, collItemPath(id, "?done=saved"))
		if got := mustItemOf(t, h, a.ID, id); got.Attachment != "" || !sameMoods(got.MoodTags, "brave") {
			t.Errorf("after changing them: %q, %v", got.Attachment, got.MoodTags)
		}
	})

	t.Run("UnknownValuesAreRefused", func(t *testing.T) {
		form := dailyFormValues(collGet(t, h, &a, collItemPath(id, "/edit")), "form.item-form")
		form.Set("attachment", "glue")
		form["mood_tags"] = []string{"grumpy"}
		p := collPost(t, h, &a, collItemPath(id), form).mustStatus(t, http.StatusUnprocessableEntity)
		p.mustHave(t, "#e-attachment")
		p.mustHave(t, "fieldset.check-group.has-error")
		if got := mustItemOf(t, h, a.ID, id); !sameMoods(got.MoodTags, "brave") {
			t.Errorf("a refused form changed the moods: %v", got.MoodTags)
		}
	})

	t.Run("OthersDoNotSeeTheMoods", func(t *testing.T) {
		form := dailyFormValues(collGet(t, h, &a, collItemPath(id, "/edit")), "form.item-form")
		form.Set("visibility", "public")
		form.Set("attachment", "carabiner")
		collPost(t, h, &a, collItemPath(id), form).collRedirect(t, collItemPath(id, "?done=saved"))
		b := collSignIn(t, h)
		facts := strings.Join(collGet(t, h, &b, collItemPath(id)).mustStatus(t, http.StatusOK).texts(".facts"), " ")
		if !strings.Contains(facts, "Carabiner") || strings.Contains(facts, "Brave") {
			t.Errorf("another collector sees %q: want the attachment and not the owner's moods", facts)
		}
	})
}

// sameMoods reports whether got holds exactly want, in any order.
func sameMoods(got []string, want ...string) bool {
	g := slices.Clone(got)
	slices.Sort(g)
	slices.Sort(want)
	return slices.Equal(g, want)
}
