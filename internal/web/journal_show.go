package web

import (
	"net/http"
	"time"

	"github.com/charmory/charmory/internal/errs"
)

// JournalPage is /styling/journal?month=YYYY-MM: a month of moods as a
// calendar, Monday first, with what was worn each day and a summary.
type JournalPage struct {
	Base
	Month    string // YYYY-MM
	Prev     string
	Next     string // "" when the next month has not begun
	Weekdays []string
	Weeks    [][]JournalDay
	Summary  []JournalCount
	Entries  int
}

// journalWeekdays are the message keys of the weekday headers, Monday first.
var journalWeekdays = []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"}

// journalShow answers GET /styling/journal: this month, or ?month=YYYY-MM.
func (s *Server) journalShow(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "journalShow")
	if err != nil {
		return err
	}
	now := time.Now().UTC()
	month := r.URL.Query().Get("month")
	if month == "" {
		month = now.Format("2006-01")
	}
	first, err := time.Parse("2006-01", month)
	if err != nil || first.Year() < 1900 {
		return s.invalidParam(r, "journalShow", "month", month)
	}
	entries, err := s.deps.Styling.Journal(r.Context(), u.ID, month)
	if err != nil {
		return errs.Wrap("journal", err)
	}
	page := &JournalPage{Base: s.base(r, "journal.title"), Month: month, Entries: len(entries)}
	page.Title = page.T("journal.title_month", monthName(page.Lang, month, false))
	page.Prev = first.AddDate(0, -1, 0).Format("2006-01")
	if next := first.AddDate(0, 1, 0); !next.After(now) {
		page.Next = next.Format("2006-01")
	}
	for _, k := range journalWeekdays {
		page.Weekdays = append(page.Weekdays, page.T("journal.weekday."+k))
	}
	page.Weeks = journalWeeks(first, entries, now.Format(time.DateOnly))
	page.Summary = journalSummary(entries)
	return s.render(w, r, http.StatusOK, "mood_journal", page)
}

// MonthLabel names a YYYY-MM month in the page's language.
func (p *JournalPage) MonthLabel(month string) string { return monthName(p.Lang, month, false) }

// WeekdayName is the full name of a weekday (0 Monday), for the headers'
// abbreviations.
func (p *JournalPage) WeekdayName(i int) string {
	return p.T("journal.weekday_full." + journalWeekdays[i])
}
