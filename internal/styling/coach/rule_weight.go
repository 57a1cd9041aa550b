package coach

// nearLimitPct is how full, in percent of the weight limit, a carrier can
// get before the coach warns: zips and straps wear well below their limit.
const nearLimitPct = 85

// weightRule adds up the known weights against the carrier's limit: over
// it is a problem, from 85% a warning; unknown weights are noted once. A
// carrier without a limit, or an empty one, says nothing.
func weightRule(e *eval) {
	limit := int64(e.in.Carrier.WeightLimitG)
	if limit <= 0 || len(e.placed) == 0 {
		return
	}
	total, unknown := int64(0), 0
	for i := range e.placed {
		if w := e.placed[i].weight; w > 0 {
			total += w
		} else {
			unknown++
		}
	}
	switch {
	case total > limit:
		e.find(ruleWeight, Problem, "weight_over", itoa(total), itoa(limit))
		e.later(Problem, ruleWeight, e.shedWeight)
	case total*100 >= limit*nearLimitPct:
		e.find(ruleWeight, Warn, "weight_near", itoa(total), itoa(limit))
	default:
		e.find(ruleWeight, Good, "weight_ok", itoa(total), itoa(limit))
	}
	if unknown > 0 {
		e.find(ruleWeight, Info, "weight_unknown", itoa(unknown))
	}
}

// shedWeight suggests taking pieces off until the loadout is within the
// limit: the least fitting piece heavy enough to settle it alone, or
// failing that the heaviest, and again.
func (e *eval) shedWeight() {
	limit := int64(e.in.Carrier.WeightLimitG)
	for e.weight > limit {
		over := e.weight - limit
		p := e.leastFitting(func(p *piece) bool { return p.weight >= over })
		if p == nil {
			p = e.heaviest()
		}
		if p == nil {
			return
		}
		e.remove(ruleWeight, "remove_weight", p, p.name(), itoa(p.weight))
	}
}

// heaviest returns the heaviest piece of known weight on the projected
// loadout not yet named; ties go to the lower item id.
func (e *eval) heaviest() *piece {
	var best *piece
	for i := range e.placed {
		p := &e.placed[i]
		if !p.on || p.used || p.weight == 0 {
			continue
		}
		if best == nil || p.weight > best.weight || p.weight == best.weight && p.ItemID < best.ItemID {
			best = p
		}
	}
	return best
}
