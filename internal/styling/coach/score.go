package coach

import "sort"

// penalty is what one finding of a severity takes off the score of 100.
// A problem breaks a limit and costs most; a warning is a clear
// improvement; an info is a small nudge (several can add up); a good
// finding costs nothing and adds nothing, so praise never lifts a score
// over 100 or hides a problem.
var penalty = map[Severity]int{
	Problem: 25,
	Warn:    10,
	Info:    2,
	Good:    0,
}

// severityRank orders severities worst first.
var severityRank = map[Severity]int{Problem: 0, Warn: 1, Info: 2, Good: 3}

// score starts at 100 and takes each finding's penalty, never below 0.
func score(findings []Finding) int {
	s := 100
	for _, f := range findings {
		s -= penalty[f.Severity]
		if s <= 0 {
			return 0
		}
	}
	return s
}

// sortFindings orders findings worst first, then by rule, then by code;
// findings that tie keep the order the rule gave them (the loadout's).
func sortFindings(fs []Finding) []Finding {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if ra, rb := severityRank[a.Severity], severityRank[b.Severity]; ra != rb {
			return ra < rb
		}
		if ra, rb := ruleRank[a.Rule], ruleRank[b.Rule]; ra != rb {
			return ra < rb
		}
		return a.Code < b.Code
	})
	return fs
}
