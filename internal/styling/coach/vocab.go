package coach

import "math/bits"

// vocab numbers the theme and material family codes one evaluation meets,
// so a piece's themes and families become bit sets and the questions the
// rules ask ("shares a theme?", "brings a new texture?") cost a few
// instructions per piece of a large collection. The catalog's codes have
// fixed bits found by a switch (a large collection repeats them thousands
// of times); other codes get the next free bits as they come, and past 63
// distinct codes share the last bit, which can only blur advice on input
// no catalog produces.
type vocab struct {
	themes, fams vocabulary
}

// vocabulary numbers the codes of one vocabulary.
type vocabulary struct {
	known func(string) int // the catalog's code's bit, or -1
	names []string         // bit → code, past the catalog's
	extra map[string]uint  // codes outside the catalog
}

func newVocab() vocab {
	return vocab{
		themes: vocabulary{known: themeIndex, names: catalogThemes[:]},
		fams:   vocabulary{known: famIndex, names: catalogFams[:]},
	}
}

// themeSet returns the bit set of theme codes.
func (v *vocab) themeSet(list []string) uint64 { return v.themes.set(list) }

// famSet returns the bit set of material family codes.
func (v *vocab) famSet(list []string) uint64 { return v.fams.set(list) }

func (c *vocabulary) set(list []string) uint64 {
	var m uint64
	for _, code := range list {
		if i := c.known(code); i >= 0 {
			m |= 1 << i
			continue
		}
		if code == "" {
			continue
		}
		b, ok := c.extra[code]
		if !ok {
			if c.extra == nil {
				c.extra = map[string]uint{}
				c.names = append([]string{}, c.names...) // leave the catalog's list alone
			}
			b = uint(min(len(c.names), 63))
			c.extra[code] = b
			if len(c.names) < 64 {
				c.names = append(c.names, code)
			}
		}
		m |= 1 << b
	}
	return m
}

// theme returns the code of the lowest theme bit in m.
func (v *vocab) theme(m uint64) string { return name(v.themes.names, m) }

// fam returns the code of the lowest family bit in m.
func (v *vocab) fam(m uint64) string { return name(v.fams.names, m) }

func name(names []string, m uint64) string {
	if m == 0 {
		return ""
	}
	i := bits.TrailingZeros64(m)
	if i >= len(names) {
		return ""
	}
	return names[i]
}

// themeBits returns the bits of the given codes: the catalog's always,
// others when this evaluation has met them.
func (v *vocab) themeBits(codes ...string) uint64 {
	var m uint64
	for _, c := range codes {
		if i := themeIndex(c); i >= 0 {
			m |= 1 << i
		} else if b, ok := v.themes.extra[c]; ok {
			m |= 1 << b
		}
	}
	return m
}

// relatedTo returns the bits of every theme related to the theme at bit b
// (itself included); see themeGroups.
func (v *vocab) relatedTo(b uint) uint64 {
	var m uint64 = 1 << b
	names := v.themes.names
	if int(b) >= len(names) {
		return m
	}
	code := names[b]
	for i, other := range names {
		if relatedThemes(code, other) {
			m |= 1 << uint(i)
		}
	}
	return m
}
