package coach

// countRule weighs the number of charms against what suits the carrier and
// the collector's style: three focal points make a good default, three to
// five on a backpack, fewer on small carriers.
func countRule(e *eval) {
	n, span := len(e.placed), spanText(e.lo, e.hi)
	switch {
	case n == 0:
		e.find(ruleCount, Info, "count_empty", span)
		e.later(Info, ruleCount, e.addFocal)
	case n < e.lo:
		e.find(ruleCount, Info, "count_too_few", itoa(n), span)
		e.later(Info, ruleCount, e.addFocal)
	case n > e.hi:
		if m := e.in.Carrier.MaxCount; m > 0 && n > m {
			return // over the dress code's limit: that rule reports it, once
		}
		e.find(ruleCount, Warn, "count_too_many", itoa(n), span)
		e.later(Warn, ruleCount, e.removeExtra)
	default:
		e.find(ruleCount, Good, "count_ok", itoa(n), span)
	}
	if countRanges[e.in.Carrier.Kind].perSide && crowdedSide(e.placed) {
		e.find(ruleCount, Warn, "count_one_per_side")
	}
}

// addFocal suggests the best fitting pieces until the loadout reaches the
// low end of its range; each choice sees the ones before it, so the added
// pieces build on each other's themes.
func (e *eval) addFocal() {
	for e.count < e.lo {
		c := e.bestCandidate(nil, nil, byFit)
		if c == nil {
			return
		}
		e.add(ruleCount, "add_focal", c, c.name())
	}
}

// removeExtra suggests taking off the least fitting pieces until the
// loadout is back within its range (earlier suggestions may have done part).
func (e *eval) removeExtra() {
	for e.count > e.hi {
		p := e.leastFitting(nil)
		if p == nil {
			return
		}
		e.remove(ruleCount, "remove_extra", p, p.name())
	}
}

// crowdedSide reports whether a point holds more than one piece.
func crowdedSide(placed []piece) bool {
	seen := map[string]bool{}
	for _, p := range placed {
		if seen[p.point] {
			return true
		}
		seen[p.point] = true
	}
	return false
}

// spanText writes a range of counts: "3–5", or "1" when it is one number.
func spanText(lo, hi int) string {
	if lo == hi {
		return itoa(lo)
	}
	return itoa(lo) + "–" + itoa(hi)
}
