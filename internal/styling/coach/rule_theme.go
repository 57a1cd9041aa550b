package coach

import "math/bits"

// themeGroups gathers catalog themes that tell one story together: all
// music-related charms, or all travel souvenirs, read better than a random
// assortment, and so do neighbours such as nature with animals. A theme
// may sit in several groups; two themes are related when they share one.
var themeGroups = map[string][]string{
	"anime":      {"fandom", "dream"},
	"kpop":       {"fandom"},
	"gaming":     {"fandom"},
	"music":      {"fandom"},
	"travel":     {"places", "outdoors"},
	"city":       {"places", "modern"},
	"heritage":   {"places", "retro"},
	"y2k":        {"retro"},
	"vintage":    {"retro"},
	"kawaii":     {"cute"},
	"food":       {"cute"},
	"animals":    {"cute", "outdoors"},
	"nature":     {"outdoors"},
	"seasonal":   {"outdoors"},
	"sports":     {"outdoors"},
	"fantasy":    {"cute", "dream"},
	"zodiac":     {"dream"},
	"minimalist": {"modern"},
}

// relatedThemes reports whether themes a and b tell one story.
func relatedThemes(a, b string) bool {
	if a == b {
		return true
	}
	for _, ga := range themeGroups[a] {
		for _, gb := range themeGroups[b] {
			if ga == gb {
				return true
			}
		}
	}
	return false
}

// themeRule praises a cluster of related themes and calls out a set where
// most pieces share no story with the rest, suggesting a swap towards the
// dominant theme.
func themeRule(e *eval) {
	var themed []*piece
	for i := range e.placed {
		if e.placed[i].themes != 0 {
			themed = append(themed, &e.placed[i])
		}
	}
	if len(themed) < 2 {
		return
	}
	dom := e.dominantTheme()
	e.dominant = 1 << dom
	rel := e.vocab.relatedTo(dom)
	related := 0
	for _, p := range themed {
		if p.themes&rel != 0 {
			related++
		}
	}
	theme := label("theme", e.vocab.theme(e.dominant))
	switch shared := e.themeCnt[dom]; {
	case len(themed) >= 3 && related*2 < len(themed):
		e.find(ruleTheme, Warn, "theme_scattered", itoa(len(themed)))
		e.later(Warn, ruleTheme, func() { e.towardsTheme(rel, theme) })
	case shared >= 2:
		e.find(ruleTheme, Good, "theme_cluster", theme, itoa(shared))
	case related >= 2:
		e.find(ruleTheme, Good, "theme_related", theme)
	}
}

// dominantTheme picks the theme the loadout leans on: the one most placed
// pieces carry, then the one most pieces relate to, then the one the
// collection holds most of (so a swap towards it can be found), then the
// first by code. Only called when some placed piece has a theme.
func (e *eval) dominantTheme() uint {
	var best uint
	var bestKey [3]int
	first := true
	for m := present(&e.themeCnt, 1); m != 0; m &= m - 1 {
		b := uint(bits.TrailingZeros64(m))
		rel, relCount := e.vocab.relatedTo(b), 0
		for i := range e.placed {
			if e.placed[i].themes&rel != 0 {
				relCount++
			}
		}
		key := [3]int{e.themeCnt[b], relCount, e.poolTh[b]}
		if first || greater(key, bestKey) ||
			key == bestKey && e.vocab.theme(1<<b) < e.vocab.theme(1<<best) {
			best, bestKey, first = b, key, false
		}
	}
	return best
}

// greater compares keys lexicographically.
func greater(a, b [3]int) bool {
	for i := range a {
		if a[i] != b[i] {
			return a[i] > b[i]
		}
	}
	return false
}

// towardsTheme suggests swapping the least fitting piece unrelated to the
// dominant theme for the best fitting piece that carries it or, when the
// collection has none, a related theme.
func (e *eval) towardsTheme(rel uint64, theme string) {
	out := e.leastFitting(func(p *piece) bool { return p.themes&rel == 0 })
	if out == nil {
		return
	}
	in := e.bestCandidate(out, func(c *piece) bool { return c.themes&e.dominant != 0 }, byFit)
	if in == nil {
		in = e.bestCandidate(out, func(c *piece) bool { return c.themes&rel != 0 }, byFit)
	}
	if in == nil {
		return
	}
	e.swap(ruleTheme, "swap_theme", out, in, out.name(), in.name(), theme)
}
