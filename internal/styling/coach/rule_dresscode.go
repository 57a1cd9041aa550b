package coach

// dressCodeRule applies the limits a school or workplace sets: at most
// MaxCount charms, and with RemovableOnly nothing on a split ring, a chain
// or sewn on. A piece whose attachment is unknown is worth checking.
func dressCodeRule(e *eval) {
	c := e.in.Carrier
	n := len(e.placed)
	if n == 0 || c.MaxCount <= 0 && !c.RemovableOnly {
		return
	}
	if c.MaxCount > 0 {
		if n > c.MaxCount {
			e.find(ruleDressCode, Problem, "dress_code_too_many", itoa(n), itoa(c.MaxCount))
			e.later(Problem, ruleDressCode, e.meetMaxCount)
		} else {
			e.find(ruleDressCode, Good, "dress_code_ok", itoa(c.MaxCount))
		}
	}
	if !c.RemovableOnly {
		return
	}
	for i := range e.placed {
		p := &e.placed[i]
		switch {
		case p.hold == holdFixed:
			e.find(ruleDressCode, Problem, "dress_code_fixed_"+p.Attachment, p.name())
			e.later(Problem, ruleDressCode, func() { e.replaceFixed(p) })
		case p.hold == holdUnknown:
			e.find(ruleDressCode, Info, "dress_code_check_attachment", p.name())
		}
	}
}

// meetMaxCount suggests taking pieces off until the dress code's limit is
// met: fixed ones first (they break the code anyway), the least fitting
// first among equals.
func (e *eval) meetMaxCount() {
	isFixed := func(p *piece) bool { return p.hold == holdFixed && e.in.Carrier.RemovableOnly }
	for e.count > e.in.Carrier.MaxCount {
		p := e.leastFitting(isFixed)
		if p == nil {
			p = e.leastFitting(nil)
		}
		if p == nil {
			return
		}
		e.remove(ruleDressCode, "remove_dress_code", p, p.name())
	}
}

// replaceFixed suggests swapping a fixed piece, unless an earlier
// suggestion took it off, for the best fitting piece that clips on, or
// taking it off when the collection has none.
func (e *eval) replaceFixed(p *piece) {
	if p.used || !p.on {
		return
	}
	clips := func(c *piece) bool { return c.hold == holdRemovable }
	if in := e.bestCandidate(p, clips, byFit); in != nil {
		e.swap(ruleDressCode, "swap_removable", p, in, p.name(), in.name())
		return
	}
	e.remove(ruleDressCode, "remove_fixed", p, p.name())
}
