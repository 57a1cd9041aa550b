package pick

import (
	"strings"
	"time"
)

// Weights of the score. The owner's own mood tag outweighs every other
// mood match together (60 > 2×14 + 10 + 8 + 2×5); wearing an item in the
// last two days costs nearly as much, so yesterday's charm makes way for
// another that fits. Season and rest then order items that fit the mood
// equally.
const (
	wMoodTag      = 60  // the item's own mood tags name the mood
	wMoodTheme    = 14  // per theme that suits the mood, at most two
	wMoodCategory = 10  // the category suits the mood
	wMoodFamily   = 8   // a material family suits the mood, once
	wMoodColour   = 5   // per colour that suits the mood, at most two
	wSeasonFamily = 8   // a material family suits the season, once
	wSeasonTheme  = 6   // a theme suits the season, once
	wSeasonColour = 3   // per colour that suits the season, at most two
	wNeverWorn    = 18  // never worn: its first outing is overdue
	wRestPerDays  = 2   // one point per two days since last worn…
	wRestMaxDays  = 30  // …counting at most thirty days
	wWornRecently = -50 // worn in the last 48 hours
	wOnCarrier    = -6  // already out on a carrier today
)

// recently is how long after wearing an item it is heavily penalised.
const recently = 48 * time.Hour

// attr is a matched trait as a vocabulary key: kind is "@theme." and so
// on, code the catalog code. Kept apart so scoring does not allocate.
type attr struct{ kind, code string }

func (a attr) arg() string { return a.kind + a.code }

// factors is one candidate's score and what it came from.
type factors struct {
	total     int
	tag       bool
	attrs     [2]attr // the strongest mood traits matched, strongest first
	nattrs    int
	seasonPts int
	season    attr // the strongest season trait matched
	restPts   int
	days      int // whole days since last worn; -1: never
}

func (f *factors) mood(a attr, w int) {
	f.total += w
	if f.nattrs < len(f.attrs) {
		f.attrs[f.nattrs] = a
		f.nattrs++
	}
}

// scorer scores candidates for one request.
type scorer struct {
	mood     string // "" when the request names no mood
	traits   traits
	seasonT  traits
	seasonID string
	now      time.Time
}

// score computes f for c. Traits are checked strongest first so f.attrs
// holds the ones a reason should name.
func (s *scorer) score(c *Candidate) (f factors) {
	if s.mood != "" {
		s.scoreMood(c, &f)
	}
	s.scoreSeason(c, &f)
	s.scoreRest(c, &f)
	if c.OnCarrier {
		f.total += wOnCarrier
	}
	return f
}

func (s *scorer) scoreMood(c *Candidate, f *factors) {
	for _, t := range c.MoodTags {
		if strings.EqualFold(strings.TrimSpace(t), s.mood) {
			f.tag = true
			f.total += wMoodTag
			break
		}
	}
	first := ""
	for _, t := range c.Themes {
		if t != first && in(s.traits.themes, t) {
			f.mood(attr{"@theme.", t}, wMoodTheme)
			if first != "" {
				break
			}
			first = t
		}
	}
	if in(s.traits.categories, c.Category) {
		f.mood(attr{"@category.", c.Category}, wMoodCategory)
	}
	if fam, ok := firstIn(s.traits.families, c.Families); ok {
		f.mood(attr{"@material_family.", fam}, wMoodFamily)
	}
	first = ""
	for _, col := range c.Colours {
		if col != first && in(s.traits.colours, col) {
			f.mood(attr{"@colour.", col}, wMoodColour)
			if first != "" {
				break
			}
			first = col
		}
	}
}

func (s *scorer) scoreSeason(c *Candidate, f *factors) {
	best := 0
	note := func(a attr, w int) {
		f.seasonPts += w
		if w > best {
			best, f.season = w, a
		}
	}
	if fam, ok := firstIn(s.seasonT.families, c.Families); ok {
		note(attr{"@material_family.", fam}, wSeasonFamily)
	}
	if th, ok := firstIn(s.seasonT.themes, c.Themes); ok {
		note(attr{"@theme.", th}, wSeasonTheme)
	}
	first := ""
	for _, col := range c.Colours {
		if col != first && in(s.seasonT.colours, col) {
			note(attr{"@colour.", col}, wSeasonColour)
			if first != "" {
				break
			}
			first = col
		}
	}
	f.total += f.seasonPts
}

func (s *scorer) scoreRest(c *Candidate, f *factors) {
	switch since := s.now.Sub(c.LastWorn); {
	case c.LastWorn.IsZero():
		f.days, f.restPts = -1, wNeverWorn
	case since < recently:
		f.days, f.restPts = max(0, int(since/(24*time.Hour))), wWornRecently
	default:
		f.days = int(since / (24 * time.Hour))
		f.restPts = min(f.days, wRestMaxDays) / wRestPerDays
	}
	f.total += f.restPts
}

func in(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// firstIn returns the first of have that is in want.
func firstIn(want, have []string) (string, bool) {
	for _, h := range have {
		if in(want, h) {
			return h, true
		}
	}
	return "", false
}
