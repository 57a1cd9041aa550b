package web

import (
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/charmory/charmory/internal/errs"
)

// dailyMoodTextMax bounds the free text: a feeling, not a diary entry.
const dailyMoodTextMax = 200

// dailyPick answers POST /styling/today: a mood button ("mood") or the
// collector's own words ("mood_text") become today's pick, recorded in
// the mood journal and shown at once. Picking again the same day
// replaces the day's pick, so reloading the answer does no harm.
func (s *Server) dailyPick(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "dailyPick")
	if err != nil {
		return err
	}
	if err := r.ParseForm(); err != nil {
		return err
	}
	page, err := s.dailyPage(r, u)
	if err != nil {
		return err
	}
	lang := visitorOf(r.Context()).Lang
	mood := strings.TrimSpace(r.PostForm.Get("mood"))
	page.MoodText = strings.TrimSpace(r.PostForm.Get("mood_text"))
	said := mood
	if said == "" {
		said = page.MoodText
	}
	switch {
	case said == "":
		page.MoodError = s.msgs.T(lang, "daily.err.no_mood", page.MoodLabels())
		return s.render(w, r, http.StatusUnprocessableEntity, "daily_pick", page)
	case utf8.RuneCountInString(said) > dailyMoodTextMax:
		page.MoodError = s.msgs.T(lang, "daily.err.too_long", dailyMoodTextMax)
		return s.render(w, r, http.StatusUnprocessableEntity, "daily_pick", page)
	}
	picked, err := s.deps.Styling.PickToday(r.Context(), u.ID, said)
	switch errs.KindOf(err) {
	case errs.Invalid:
		page.MoodError = s.msgs.T(lang, "daily.err.unknown_mood", said, page.MoodLabels())
		return s.render(w, r, http.StatusUnprocessableEntity, "daily_pick", page)
	case errs.NotFound:
		// Items exist (else the page would not offer moods) but none of
		// them can be worn today.
		page.Unwearable = !page.Empty
		return s.render(w, r, http.StatusOK, "daily_pick", page)
	}
	if err != nil {
		return errs.Wrap("daily pick", err)
	}
	page.Pick, page.Fresh, page.MoodText = picked, true, ""
	return s.render(w, r, http.StatusOK, "daily_pick", page)
}
