package collection

import (
	"time"

	"github.com/charmory/charmory/internal/catalog"
)

// careSubject is what care needs to know about an item: its materials
// (its own, else its charm's) and the date care is counted from before a
// task is first done (acquired, else created).
type careSubject struct {
	itemID    int64
	materials []string
	since     string // YYYY-MM-DD
}

// newCareSubject picks the materials and start date of an item from the
// raw columns: own materials and charm materials as stored code lists.
func newCareSubject(itemID int64, own, charm, acquiredOn string, createdAt time.Time) careSubject {
	c := careSubject{itemID: itemID, materials: splitCodes(own), since: acquiredOn}
	if len(c.materials) == 0 {
		c.materials = splitCodes(charm)
	}
	if c.since == "" {
		c.since = createdAt.UTC().Format(time.DateOnly)
	}
	return c
}

// careRulesFor lists the care rules an item's materials ask for, one per
// care family, in CareRules order so every list reads the same way.
func careRulesFor(materials []string) []CareRule {
	families := map[string]bool{}
	for _, m := range materials {
		if fam, ok := catalog.MaterialFamily[m]; ok {
			families[catalog.CareFamily[fam]] = true
		}
	}
	var out []CareRule
	for _, r := range CareRules {
		if families[r.Family] {
			out = append(out, r)
		}
	}
	return out
}

// tasks computes the subject's care tasks: done maps a task to the date
// it was last done; today decides which are due.
func (c careSubject) tasks(done map[string]string, today string) []CareTask {
	rules := careRulesFor(c.materials)
	out := make([]CareTask, 0, len(rules))
	for _, r := range rules {
		t := CareTask{Task: r.Task, EveryDays: r.EveryDays, LastDone: done[r.Task], MaterialOf: r.Family}
		from := t.LastDone
		if from == "" {
			from = c.since
		}
		t.DueOn = addDays(from, r.EveryDays)
		t.Due = t.DueOn <= today
		out = append(out, t)
	}
	return out
}

// hasTask reports whether the subject's materials ask for task.
func (c careSubject) hasTask(task string) bool {
	for _, r := range careRulesFor(c.materials) {
		if r.Task == task {
			return true
		}
	}
	return false
}

// addDays adds n days to a YYYY-MM-DD date. A date that does not parse
// (never written by this package) counts as due at once rather than
// hiding the task.
func addDays(date string, n int) string {
	d, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return ""
	}
	return d.AddDate(0, 0, n).Format(time.DateOnly)
}
