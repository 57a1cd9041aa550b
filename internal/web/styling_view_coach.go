package web

import (
	"github.com/charmory/charmory/internal/styling"
	"github.com/charmory/charmory/internal/styling/coach"
)

// CoachView is the coach panel of a carrier page: the score, findings
// grouped by severity (worst first) and suggestions, all translated, each
// suggestion with the placements its "Apply" button saves.
type CoachView struct {
	CarrierID   int64
	Score       int
	Band        string // low, mid or high: the meter's colour
	Groups      []CoachGroup
	Suggestions []CoachAdvice
	Draft       bool // the report reads an unsaved draft
}

// CoachGroup is the findings of one severity.
type CoachGroup struct {
	Severity string
	Findings []string
}

// CoachAdvice is one suggestion with the loadout applying it makes; Apply
// is false when it no longer fits (then it is shown without a button).
type CoachAdvice struct {
	Text   string
	Kind   string
	Apply  bool
	Places []string // "place" values of the loadout with the suggestion applied
}

// coachSeverities orders the groups of the panel: what to fix first.
var coachSeverities = []coach.Severity{coach.Problem, coach.Warn, coach.Info, coach.Good}

// coachView translates a report for the visitor's language; draft is the
// loadout the report read, which the suggestions change.
func (s *Server) coachView(lang string, c *styling.Carrier, rep *coach.Report, draft []styling.PlacementInput, isDraft bool) *CoachView {
	v := &CoachView{CarrierID: c.ID, Score: min(max(rep.Score, 0), 100), Draft: isDraft}
	switch {
	case v.Score >= 75:
		v.Band = "high"
	case v.Score >= 50:
		v.Band = "mid"
	default:
		v.Band = "low"
	}
	for _, sev := range coachSeverities {
		g := CoachGroup{Severity: string(sev)}
		for _, f := range rep.Findings {
			if f.Severity == sev {
				g.Findings = append(g.Findings, s.stylingText(lang, "coach", f.Code, f.Args, f.Message))
			}
		}
		if len(g.Findings) > 0 {
			v.Groups = append(v.Groups, g)
		}
	}
	for _, sg := range rep.Suggestions {
		a := CoachAdvice{Text: s.stylingText(lang, "coach", sg.Code, sg.Args, sg.Message), Kind: sg.Kind}
		if next, ok := applied(draft, sg, c.Points); ok {
			a.Apply = true
			for _, p := range next {
				a.Places = append(a.Places, placeValue(p))
			}
		}
		v.Suggestions = append(v.Suggestions, a)
	}
	return v
}
