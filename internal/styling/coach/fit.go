package coach

import "math/bits"

// How well a piece fits a loadout, in points. A placed piece earns its
// place by tying into a theme the others share, by being the only piece of
// its texture, by going with the carrier and by being useful; a candidate
// from the collection earns it by sharing the loadout's themes (the
// dominant one most), bringing a texture the loadout lacks and going with
// the carrier. The weights only rank pieces against each other.
const (
	fitTheme      = 2 // per shared theme, at most two
	fitDominant   = 1 // carries the dominant theme
	fitTexture    = 2 // the only piece of a family, or one the loadout lacks
	fitHarmony    = 1
	fitBlend      = -1
	fitClash      = -2
	fitFunctional = 3 // a useful piece on the carrier
	fitUseful     = 1 // a useful candidate when nothing useful hangs yet
)

// toneFit scores a piece's colours against the carrier, by tone.
var toneFit = [...]int{toneUnknown: 0, toneHarmony: fitHarmony, toneBlend: fitBlend, toneClash: fitClash}

// fitOn scores a piece on the projected loadout.
func (e *eval) fitOn(p *piece) int {
	s, shared := toneFit[p.tone], 0
	for b := p.themes; b != 0; b &= b - 1 {
		if e.themeCnt[bits.TrailingZeros64(b)] >= 2 {
			shared++
		}
	}
	s += fitTheme * min(shared, 2)
	if p.themes&e.dominant != 0 {
		s += fitDominant
	}
	for b := p.fams; b != 0; b &= b - 1 {
		if e.famCnt[bits.TrailingZeros64(b)] == 1 {
			s += fitTexture
			break
		}
	}
	if p.Functional {
		s += fitFunctional
	}
	return s
}

// fitter scores candidates against the projected loadout; build one per
// choice, as the loadout changes between choices.
type fitter struct {
	e            *eval
	themes, fams uint64
}

func (e *eval) fitter() fitter {
	return fitter{e: e, themes: present(&e.themeCnt, 1), fams: present(&e.famCnt, 1)}
}

// fit scores candidate c.
func (f fitter) fit(c *piece) int {
	s := toneFit[c.tone] + fitTheme*min(bits.OnesCount64(c.themes&f.themes), 2)
	if c.themes&f.e.dominant != 0 {
		s += fitDominant
	}
	if c.fams&^f.fams != 0 {
		s += fitTexture
	}
	if c.Functional && f.e.functional == 0 {
		s += fitUseful
	}
	return s
}

// leastFitting returns the piece on the projected loadout, not yet named
// by a suggestion, for which ok holds (nil: any), that fits least; ties go
// to the heavier piece, then the lower item id. nil when there is none.
func (e *eval) leastFitting(ok func(*piece) bool) *piece {
	var best *piece
	bestFit := 0
	for i := range e.placed {
		p := &e.placed[i]
		if !p.on || p.used || (ok != nil && !ok(p)) {
			continue
		}
		f := e.fitOn(p)
		if best == nil || f < bestFit || f == bestFit && (p.weight > best.weight ||
			p.weight == best.weight && p.ItemID < best.ItemID) {
			best, bestFit = p, f
		}
	}
	return best
}

// choice is how a candidate is chosen: by fit, or by the longest time
// since it was worn first (rotation), fit breaking ties.
type choice int

const (
	byFit choice = iota
	byRest
)

// bestCandidate returns the collection piece, not yet named, for which ok
// holds (nil: any), that would replace out (nil: be added) best: it keeps
// the weight within the limit and, under a removable-only dress code, comes
// off easily. Ties go to the lower item id. nil when there is none.
func (e *eval) bestCandidate(out *piece, ok func(*piece) bool, by choice) *piece {
	f := e.fitter()
	var best *piece
	bestFit := 0
	for i := range e.pool {
		c := &e.pool[i]
		if c.used || !e.fits(out, c) || (ok != nil && !ok(c)) {
			continue
		}
		s := f.fit(c)
		if best == nil || e.better(c, s, best, bestFit, by) {
			best, bestFit = c, s
		}
	}
	return best
}

// better reports whether candidate c (fit s) beats best (fit bs).
func (e *eval) better(c *piece, s int, best *piece, bs int, by choice) bool {
	if by == byRest && !c.LastWorn.Equal(best.LastWorn) {
		return c.LastWorn.Before(best.LastWorn)
	}
	if s != bs {
		return s > bs
	}
	return c.ItemID < best.ItemID
}

// fits reports whether c may replace out (nil: be added) under the
// carrier's limits. A piece of unknown weight passes: the weight rule notes
// unknown weights on its own.
func (e *eval) fits(out, c *piece) bool {
	if e.in.Carrier.RemovableOnly && c.hold == holdFixed {
		return false
	}
	limit := int64(e.in.Carrier.WeightLimitG)
	if limit <= 0 || c.weight == 0 {
		return true
	}
	var outW int64
	if out != nil {
		outW = out.weight
	}
	return c.weight <= outW || e.weight-outW+c.weight <= limit
}
