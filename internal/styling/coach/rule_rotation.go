package coach

// rotationRule treats charms like a wardrobe: once a loadout has hung for
// the collector's rotation period it proposes swaps from pieces that have
// rested longest, and when the season has turned since the last change it
// proposes a piece for the new season. A new loadout (no LastRotated) or
// an empty one says nothing.
func rotationRule(e *eval) {
	in := e.in
	if len(e.placed) == 0 || in.LastRotated.IsZero() {
		return
	}
	days := daysBetween(in.LastRotated, in.Now)
	if days < 0 {
		return // changed "after" today: a clock out of step, nothing to say
	}
	if in.RotationDays > 0 && days >= in.RotationDays {
		e.find(ruleRotation, Warn, "rotation_due", itoa(days), itoa(in.RotationDays))
		e.later(Warn, ruleRotation, e.rotate)
	}
	now, then := season(in.Now, in.Hemisphere), season(in.LastRotated, in.Hemisphere)
	if now != then {
		e.find(ruleRotation, Info, "rotation_season", label("season", now), label("season", then))
		e.later(Info, ruleRotation, func() { e.welcomeSeason(now) })
	}
}

// rotate suggests swapping about a third of the loadout (at least one
// piece), the least fitting first, each for the piece that has rested
// longest (never worn first), fit breaking ties.
func (e *eval) rotate() {
	for range max(1, e.count/3) {
		out := e.leastFitting(nil)
		if out == nil {
			return
		}
		in := e.bestCandidate(out, nil, byRest)
		if in == nil {
			return
		}
		if in.LastWorn.IsZero() {
			e.swap(ruleRotation, "swap_rotation_unworn", out, in, out.name(), in.name())
			continue
		}
		days := itoa(daysBetween(in.LastWorn, e.in.Now))
		e.swap(ruleRotation, "swap_rotation", out, in, out.name(), in.name(), days)
	}
}

// welcomeSeason suggests a piece with a theme of the new season, the
// season's first theme preferred, the best fitting among equals: added
// when the carrier has room, else swapped for the least fitting piece
// without such a theme. Nothing when the collection has none.
func (e *eval) welcomeSeason(s string) {
	all := e.vocab.themeBits(seasonThemes[s]...)
	if all == 0 {
		return
	}
	var out *piece
	if e.count >= e.hi {
		if out = e.leastFitting(func(p *piece) bool { return p.themes&all == 0 }); out == nil {
			return
		}
	}
	for _, t := range seasonThemes[s] {
		want := e.vocab.themeBits(t)
		if want == 0 {
			continue
		}
		in := e.bestCandidate(out, func(c *piece) bool { return c.themes&want != 0 }, byFit)
		switch {
		case in == nil:
			continue
		case out == nil:
			e.add(ruleRotation, "add_season", in, in.name(), label("season", s))
		default:
			e.swap(ruleRotation, "swap_season", out, in, out.name(), in.name(), label("season", s))
		}
		return
	}
}
