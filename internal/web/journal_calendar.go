package web

import (
	"time"

	"github.com/charmory/charmory/internal/styling"
	"github.com/charmory/charmory/internal/styling/pick"
)

// JournalDay is one cell of the calendar: a day of the month with its
// journal entry, or a blank before the first or after the last day.
type JournalDay struct {
	Day     int    // 1..31; 0 for a blank cell
	Date    string // YYYY-MM-DD
	Weekday int    // 0 Monday … 6 Sunday
	Today   bool
	Entry   *styling.MoodEntry
}

// JournalCount is how many days of the month had a mood, and its share of
// the busiest mood, for the summary bars.
type JournalCount struct {
	Mood    string
	Count   int
	Percent int // of the most frequent mood, 0..100
}

// journalWeeks lays out month (its first day, UTC) as weeks of seven
// days, Monday first, with the entries on their days and today marked.
func journalWeeks(first time.Time, entries []styling.MoodEntry, today string) [][]JournalDay {
	byDay := make(map[string]*styling.MoodEntry, len(entries))
	for i := range entries {
		byDay[entries[i].Day] = &entries[i]
	}
	lead := (int(first.Weekday()) + 6) % 7 // blanks before the 1st: Monday is 0
	days := first.AddDate(0, 1, -1).Day()
	cells := make([]JournalDay, 0, 42)
	for range lead {
		cells = append(cells, JournalDay{})
	}
	for d := 1; d <= days; d++ {
		date := first.AddDate(0, 0, d-1).Format(time.DateOnly)
		cells = append(cells, JournalDay{Day: d, Date: date, Today: date == today, Entry: byDay[date]})
	}
	for len(cells)%7 != 0 {
		cells = append(cells, JournalDay{})
	}
	weeks := make([][]JournalDay, 0, len(cells)/7)
	for i := 0; i < len(cells); i += 7 {
		week := cells[i : i+7]
		for wd := range week {
			week[wd].Weekday = wd
		}
		weeks = append(weeks, week)
	}
	return weeks
}

// journalSummary counts the month's entries per mood, in the order the
// mood buttons show them, leaving out moods nobody felt.
func journalSummary(entries []styling.MoodEntry) []JournalCount {
	counts := map[string]int{}
	most := 0
	for _, e := range entries {
		counts[e.Mood]++
		most = max(most, counts[e.Mood])
	}
	var out []JournalCount
	for _, m := range pick.Moods {
		if n := counts[m]; n > 0 {
			out = append(out, JournalCount{Mood: m, Count: n, Percent: n * 100 / most})
		}
	}
	return out
}
