package coach

import "math/bits"

// textureRule wants at least two material families: plush with metal,
// beads with leather. A set of one texture looks flat in photos.
func textureRule(e *eval) {
	var fams uint64
	withFams := 0
	for i := range e.placed {
		if f := e.placed[i].fams; f != 0 {
			fams |= f
			withFams++
		}
	}
	if withFams < 2 {
		return // one piece has nothing to mix with
	}
	if n := bits.OnesCount64(fams); n >= 2 {
		e.find(ruleTexture, Good, "texture_mixed", itoa(n))
		return
	}
	e.find(ruleTexture, Warn, "texture_flat", label("material_family", e.vocab.fam(fams)))
	e.later(Warn, ruleTexture, e.mixTextures)
}

// mixTextures suggests swapping the least fitting piece for the best
// fitting one of another family, unless earlier suggestions already
// brought one in.
func (e *eval) mixTextures() {
	on := present(&e.famCnt, 1)
	if bits.OnesCount64(on) != 1 || e.famCnt[bits.TrailingZeros64(on)] < 2 {
		return // mixed already, or too little left to mix
	}
	out := e.leastFitting(func(p *piece) bool { return p.fams != 0 })
	if out == nil {
		return
	}
	in := e.bestCandidate(out, func(c *piece) bool { return c.fams&^on != 0 }, byFit)
	if in == nil {
		return
	}
	fam := e.vocab.fam(in.fams &^ on)
	e.swap(ruleTexture, "swap_texture", out, in, out.name(), in.name(), label("material_family", fam))
}
