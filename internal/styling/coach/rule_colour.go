package coach

// colourRule reads the charms' colours against the carrier's (see wheel):
// it names each clashing piece, warns when every charm blends into the
// carrier, and otherwise says the colours work. No carrier colour, or no
// coloured charm, says nothing.
func colourRule(e *eval) {
	k := e.in.Carrier.Colour
	if _, ok := wheel[k]; !ok {
		return
	}
	coloured, blend, clash := 0, 0, 0
	for i := range e.placed {
		p := &e.placed[i]
		switch p.tone {
		case toneUnknown:
			continue
		case toneBlend:
			blend++
		case toneClash:
			clash++
			e.find(ruleColour, Warn, "colour_clash", p.name(), label("colour", e.clashing(p.Colours)), label("colour", k))
			e.later(Warn, ruleColour, func() { e.swapClash(p) })
		}
		coloured++
	}
	carrier := label("colour", k)
	switch {
	case coloured == 0:
	case blend == coloured:
		e.find(ruleColour, Warn, "colour_low_contrast", carrier)
		e.later(Warn, ruleColour, e.addContrast)
	case clash == 0:
		e.find(ruleColour, Good, "colour_harmony", carrier)
	}
}

// swapClash suggests swapping a clashing piece, unless an earlier
// suggestion took it off, for the best fitting piece whose colours go with
// the carrier.
func (e *eval) swapClash(p *piece) {
	if p.used || !p.on {
		return
	}
	in := e.bestCandidate(p, func(c *piece) bool { return c.tone == toneHarmony }, byFit)
	if in == nil {
		return
	}
	e.swap(ruleColour, "swap_colour_clash", p, in, p.name(), in.name(), label("colour", e.in.Carrier.Colour))
}

// addContrast suggests swapping the least fitting piece that blends in for
// one that stands out and still goes with the carrier.
func (e *eval) addContrast() {
	if e.toneCnt[toneBlend] == 0 || e.toneCnt[toneHarmony]+e.toneCnt[toneClash] > 0 {
		return // earlier suggestions changed the picture already
	}
	out := e.leastFitting(func(p *piece) bool { return p.tone == toneBlend })
	if out == nil {
		return
	}
	in := e.bestCandidate(out, func(c *piece) bool { return c.tone == toneHarmony }, byFit)
	if in == nil {
		return
	}
	e.swap(ruleColour, "swap_colour_contrast", out, in, out.name(), in.name(), label("colour", e.in.Carrier.Colour))
}
