package search

import "math/bits"

// counter checks and counts one candidate at a time for pass.
type counter struct {
	st        *state
	fl        []filter
	marked    []int    // filters with a bitset
	slots     []int    // row slots of the other single-valued filters
	slotBits  []uint16 // and their filter bits
	multi     bool     // some other filter is on a multi-valued facet
	allMarked bool
	need      uint16    // a bit per filter
	bitSlot   [16]int   // row slot of filter i, -1 when multi-valued
	bitFacet  [16]uint8 // facet of filter i
	counts    []int32
	sel       []uint16
}

func (st *state) newCounter(fl []filter, sc *scratch) *counter {
	c := &counter{st: st, fl: fl, counts: sc.counts, sel: sc.sel, need: uint16(1)<<len(fl) - 1}
	for i, f := range fl {
		c.bitFacet[i], c.bitSlot[i] = uint8(f.facet), slotOf[f.facet]
		switch {
		case f.bits != nil:
			c.marked = append(c.marked, i)
			continue
		case c.bitSlot[i] >= 0:
			c.slots, c.slotBits = append(c.slots, c.bitSlot[i]), append(c.slotBits, 1<<i)
		default:
			c.multi = true
		}
		for _, id := range f.ids {
			c.sel[id] |= 1 << i
		}
	}
	c.allMarked = len(c.marked) == len(fl)
	return c
}

// screen checks candidate o against the filters with bitsets, which stay
// in cache, and reports whether its row must be read: it is dead, or
// fails two filters already, it counts nowhere.
func (c *counter) screen(o uint32) (uint16, bool) {
	word, bit := o>>6, uint64(1)<<(o&63)
	if c.st.dead[word]&bit != 0 {
		return 0, false
	}
	var passed uint16
	for _, b := range c.marked {
		if c.fl[b].bits[word]&bit != 0 {
			passed |= 1 << b
		}
	}
	return passed, !c.allMarked || bits.OnesCount16(c.need&^passed) <= 1
}

// count reads candidate o's row, completes its check and counts it where
// it belongs; it reports whether o matches.
func (c *counter) count(o uint32, passed uint16) bool {
	row := c.st.row(o)
	for k, j := range c.slots {
		if c.sel[row[j]] != 0 {
			passed |= c.slotBits[k]
		}
	}
	in, extra := c.st.multi(o, row)
	if c.multi {
		for _, v := range in {
			passed |= c.sel[v]
		}
		for _, v := range extra {
			passed |= c.sel[v]
		}
	}
	miss := c.need &^ passed
	switch {
	case miss == 0:
		for _, vs := range [3][]uint32{row[:nSingle], in, extra} {
			for _, v := range vs {
				c.counts[v]++
			}
		}
		return true
	case miss&(miss-1) == 0:
		b := bits.TrailingZeros16(miss)
		if j := c.bitSlot[b]; j >= 0 {
			c.counts[row[j]]++
			return false
		}
		for _, vs := range [2][]uint32{in, extra} {
			for _, v := range vs {
				if c.st.facets.of[v] == c.bitFacet[b] {
					c.counts[v]++
				}
			}
		}
	}
	return false
}

// batch is how many candidates pass screens before reading their rows.
// Rows are scattered over memory; touching a batch's rows one after the
// other lets the processor fetch them all at once instead of waiting for
// each in turn.
const batch = 16

// pass makes the one pass over the candidates that both filters them and
// counts facets disjunctively: a candidate passing every filter is a match
// and counts in every facet; one failing exactly one filter counts only in
// that filter's facet, which shows the alternatives to what is selected
// there; others count nowhere. Matches go to sc.ords (and sc.scores when
// scores is not nil); the candidates may be those same buffers, as a
// match is written only after its batch has been read.
func (st *state) pass(ords []uint32, scores []float32, fl []filter, sc *scratch) ([]uint32, []float32) {
	st.markFilters(fl, len(ords), sc)
	c := st.newCounter(fl, sc)
	out := resize(sc.ords, len(ords))
	var outS []float32
	if scores != nil {
		outS = resize(sc.scores, len(ords))
		sc.scores = outS
	}
	sc.ords = out
	var (
		pend  [batch]uint32
		at    [batch]int
		pass  [batch]uint16
		touch uint32
	)
	w := 0
	for lo := 0; lo < len(ords); lo += batch {
		n := 0
		for i := lo; i < min(lo+batch, len(ords)); i++ {
			o := ords[i]
			passed, ok := c.screen(o)
			if !ok {
				continue
			}
			touch += st.rows[o*rowLen+nSingle]
			pend[n], at[n], pass[n] = o, i, passed
			n++
		}
		for k := range n {
			if c.count(pend[k], pass[k]) {
				out[w] = pend[k]
				if outS != nil {
					outS[w] = scores[at[k]]
				}
				w++
			}
		}
	}
	sc.touch = touch
	sc.clearFilterBits(fl)
	if outS != nil {
		outS = outS[:w]
	}
	return out[:w], outS
}
