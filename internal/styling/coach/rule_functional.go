package coach

// noFunctional are the carriers nothing functional hangs from: a tracker
// holder does not belong on a temple tip or a shoelace.
var noFunctional = map[string]bool{"glasses": true, "shoelaces": true}

// functionalRule likes a piece that is useful as well as pretty (a tracker
// holder, a lip-balm case, a mini pouch) and, when none hangs, suggests
// one from the collection.
func functionalRule(e *eval) {
	if len(e.placed) == 0 || noFunctional[e.in.Carrier.Kind] {
		return
	}
	for i := range e.placed {
		if p := &e.placed[i]; p.Functional {
			e.find(ruleFunctional, Good, "functional_present", p.name())
			return
		}
	}
	e.find(ruleFunctional, Info, "functional_missing")
	e.later(Info, ruleFunctional, e.addFunctional)
}

// addFunctional suggests the best fitting functional piece: added when
// the carrier has room for one more, else swapped for the least fitting.
func (e *eval) addFunctional() {
	if e.functional > 0 {
		return
	}
	isFunctional := func(c *piece) bool { return c.Functional }
	if e.count < e.hi {
		if in := e.bestCandidate(nil, isFunctional, byFit); in != nil {
			e.add(ruleFunctional, "add_functional", in, in.name())
		}
		return
	}
	out := e.leastFitting(nil)
	if out == nil {
		return
	}
	if in := e.bestCandidate(out, isFunctional, byFit); in != nil {
		e.swap(ruleFunctional, "swap_functional", out, in, out.name(), in.name())
	}
}
