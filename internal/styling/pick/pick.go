// Package pick proposes the daily charm: from a mood (chosen from a list or
// written freely), the season and what has not been worn lately, one charm
// and a backup from the collector's own items, each with a one-line reason.
// It has no database; the same input always gives the same answer.
package pick

import (
	"strings"
	"time"
)

// Moods the pick understands (the collection's item mood tags use them).
var Moods = []string{"happy", "calm", "cozy", "brave", "nostalgic", "focused"}

// Candidate is one item that could be picked.
type Candidate struct {
	ItemID    int64
	Name      string
	Category  string
	Themes    []string
	Colours   []string
	Families  []string  // material families
	MoodTags  []string  // the owner's own tags, the strongest signal
	LastWorn  time.Time // zero: never
	OnCarrier bool      // already on a carrier today
}

// Choice is a picked item with its reason. Code and Args let a UI
// translate the reason (message key "pick.<Code>"); Reason is English.
type Choice struct {
	ItemID int64    `json:"item_id"`
	Code   string   `json:"code"`
	Args   []string `json:"args,omitempty"`
	Reason string   `json:"reason"`
}

// Request is one daily pick.
type Request struct {
	Mood       string
	Now        time.Time
	Hemisphere string
	Candidates []Candidate
}

// Pick returns the best candidate and a backup (nil when there are fewer
// candidates). Deterministic: ties break by item id.
// Candidates are scored by the weights in score.go against the mood (one
// of Moods, or free text MoodOf maps; otherwise only season and rest
// count), the season of Now in Hemisphere, and when each was last worn.
// The backup is the best candidate whose category or main (first) theme
// differs from the best one's, else the runner-up.
func Pick(r Request) (best, backup *Choice) {
	if len(r.Candidates) == 0 {
		return nil, nil
	}
	s := newScorer(r)
	cs := r.Candidates
	scores := make([]int, len(cs))
	b := 0
	for i := range cs {
		scores[i] = s.score(&cs[i]).total
		if ahead(cs, scores, i, b) {
			b = i
		}
	}
	runnerUp, differs := -1, -1
	for i := range cs {
		if cs[i].ItemID == cs[b].ItemID {
			continue
		}
		if runnerUp < 0 || ahead(cs, scores, i, runnerUp) {
			runnerUp = i
		}
		if distinct(&cs[i], &cs[b]) && (differs < 0 || ahead(cs, scores, i, differs)) {
			differs = i
		}
	}
	best = s.choice(&cs[b])
	if differs < 0 {
		differs = runnerUp
	}
	if differs >= 0 {
		backup = s.choice(&cs[differs])
	}
	return best, backup
}

// newScorer resolves the request's mood and season.
func newScorer(r Request) *scorer {
	mood := strings.ToLower(strings.TrimSpace(r.Mood))
	if indexOf(Moods, mood) < 0 {
		mood, _ = MoodOf(r.Mood)
	}
	season := Season(r.Now, r.Hemisphere)
	return &scorer{
		mood: mood, traits: moodTraits[mood],
		seasonID: season, seasonT: seasonTraits[season],
		now: r.Now,
	}
}

// ahead reports whether candidate i ranks before candidate j: a higher
// score, then a lower item id, then the earlier place in the list.
func ahead(cs []Candidate, scores []int, i, j int) bool {
	if scores[i] != scores[j] {
		return scores[i] > scores[j]
	}
	if cs[i].ItemID != cs[j].ItemID {
		return cs[i].ItemID < cs[j].ItemID
	}
	return i < j
}

// distinct reports whether a backup a gives a real alternative to b: a
// different category or a different main theme.
func distinct(a, b *Candidate) bool {
	return a.Category != b.Category || mainTheme(a) != mainTheme(b)
}

func mainTheme(c *Candidate) string {
	if len(c.Themes) == 0 {
		return ""
	}
	return c.Themes[0]
}
