package web

import (
	"strconv"

	"github.com/charmory/charmory/internal/styling"
	"github.com/charmory/charmory/internal/styling/coach"
)

// Template helpers of the rotation reminders: the "rotation_banner"
// partial takes dict "Page" $ "Due" []styling.RotationDue, so any page
// (today's pick, the carriers) can show the same reminder.

// rotationChanges is how many of the coach's proposed changes a reminder
// lists: enough to act on, short enough to read at a glance.
const rotationChanges = 3

// RotationCarrier names a carrier in a reminder: the name the collector
// gave it, else its kind.
func (b Base) RotationCarrier(c styling.Carrier) string {
	if c.Name != "" {
		return c.Name
	}
	return b.Label("carrier_kind", c.Kind)
}

// RotationURL is the page of a carrier due for a rotation.
func (b Base) RotationURL(c styling.Carrier) string {
	return "/styling/carriers/" + strconv.FormatInt(c.ID, 10)
}

// RotationChanges are the first proposed changes of a reminder in the
// page's language: the coach's suggestions, else its findings that ask
// for a change, so a reminder always says what to do when it can.
func (b Base) RotationChanges(r styling.RotationDue) []string {
	var out []string
	for _, s := range r.Proposal.Suggestions {
		if len(out) == rotationChanges {
			return out
		}
		out = append(out, b.RotationSuggestion(s))
	}
	if len(out) > 0 {
		return out
	}
	for _, f := range r.Proposal.Findings {
		if len(out) == rotationChanges {
			break
		}
		if f.Severity == coach.Warn || f.Severity == coach.Problem {
			out = append(out, b.RotationFinding(f))
		}
	}
	return out
}
