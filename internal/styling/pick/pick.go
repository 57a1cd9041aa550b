// Package pick proposes the daily charm: from a mood (chosen from a list or
// written freely), the season and what has not been worn lately, one charm
// and a backup from the collector's own items, each with a one-line reason.
// It has no database; the same input always gives the same answer.
package pick

import "time"

// Moods the pick understands (the collection's item mood tags use them).
var Moods = []string{"happy", "calm", "cozy", "brave", "nostalgic", "focused"}

// MoodOf maps free text (English or Chinese: "a bit gloomy, want comfort",
// "想安静一点") to one of Moods; ok is false when nothing matches.
func MoodOf(text string) (mood string, ok bool) { return "", false }

// Season is spring, summer, autumn or winter for t in a hemisphere
// ("north" or "south").
func Season(t time.Time, hemisphere string) string { return "" }

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
func Pick(r Request) (best, backup *Choice) { return nil, nil }
