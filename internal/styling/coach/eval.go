package coach

import (
	"math/bits"
	"sort"
	"strconv"
)

// maxWeightG caps a piece's weight so sums of any input stay far from
// overflow; nothing that hangs on a bag weighs a tonne.
const maxWeightG = 1_000_000

// piece is a Piece indexed for one evaluation: its themes and material
// families as bit sets, its colours' relation to the carrier, and where
// it stands in the loadout the suggestions so far would leave.
type piece struct {
	*Piece              // the input's, never written
	point        string // where it hangs on the projected loadout
	themes, fams uint64
	weight       int64 // grams, 0 when unknown
	tone         tone
	hold         hold
	used         bool // named by a suggestion already
	on           bool // on the carrier once the suggestions so far are applied
}

// name is how messages call the piece.
func (p *piece) name() string {
	if p.Name != "" {
		return p.Name
	}
	return "#" + strconv.FormatInt(p.ItemID, 10)
}

// eval is one run of the coach: the indexed input, the loadout as the
// suggestions made so far would leave it, and the report being built.
type eval struct {
	in     Input
	lo, hi int // the right number of charms for this carrier and style
	vocab  vocab
	rels   [len(colourCodes)]relation // each known colour against the carrier
	placed []piece
	pool   []piece // the collection, less anything placed
	poolTh [64]int // pool pieces per theme bit

	// The projected loadout.
	themeCnt, famCnt [64]int
	count            int
	weight           int64
	functional       int
	toneCnt          [4]int // pieces per tone
	pointLoad        map[string]int
	dominant         uint64 // the dominant theme's bit; 0: none

	findings    []Finding
	pending     []pending
	suggestions []Suggestion
}

// newEval indexes in: the collection once, in one pass, so every later
// question about it is a scan over small bit sets.
func newEval(in Input) *eval {
	e := &eval{
		in:          in,
		vocab:       newVocab(),
		pointLoad:   map[string]int{},
		findings:    []Finding{},
		suggestions: []Suggestion{},
	}
	e.lo, e.hi = countRange(in.Carrier, in.Style)
	for i, c := range colourCodes {
		e.rels[i] = relate(c, in.Carrier.Colour)
	}
	placedIDs := make(map[int64]bool, len(in.Placed))
	e.placed = make([]piece, len(in.Placed))
	for i := range in.Placed {
		e.index(&e.placed[i], &in.Placed[i])
		placedIDs[in.Placed[i].ItemID] = true
		e.join(&e.placed[i])
	}
	e.pool = make([]piece, 0, len(in.Collection))
	for i := range in.Collection {
		if placedIDs[in.Collection[i].ItemID] {
			continue
		}
		e.pool = append(e.pool, piece{})
		c := &e.pool[len(e.pool)-1]
		e.index(c, &in.Collection[i])
		for b := c.themes; b != 0; b &= b - 1 {
			e.poolTh[bits.TrailingZeros64(b)]++
		}
	}
	return e
}

// index fills dst from p.
func (e *eval) index(dst *piece, p *Piece) {
	dst.Piece = p
	dst.point = p.Point
	dst.themes = e.vocab.themeSet(p.Themes)
	dst.fams = e.vocab.famSet(p.Families)
	dst.tone = e.toneOf(p.Colours)
	dst.hold = holdOf(p.Attachment)
	dst.weight = int64(min(max(p.WeightG, 0), maxWeightG))
}

// hold is how a piece is attached, as a dress code sees it.
type hold int8

const (
	holdUnknown   hold = iota // not recorded, or an attachment Charmory does not know
	holdRemovable             // clip, carabiner or strap: comes off easily
	holdFixed                 // split ring, chain or sewn: does not
)

func holdOf(attachment string) hold {
	switch attachment {
	case "clip", "carabiner", "strap":
		return holdRemovable
	case "split_ring", "chain", "sewn":
		return holdFixed
	}
	return holdUnknown
}

// join puts p on the projected loadout.
func (e *eval) join(p *piece) {
	p.on = true
	e.shift(p, 1)
}

// leave takes p off the projected loadout.
func (e *eval) leave(p *piece) {
	p.on = false
	e.shift(p, -1)
}

// shift adds d times p to the projected loadout's tallies.
func (e *eval) shift(p *piece, d int) {
	e.count += d
	e.weight += int64(d) * p.weight
	if p.Functional {
		e.functional += d
	}
	e.pointLoad[p.point] += d
	e.toneCnt[p.tone] += d
	for b := p.themes; b != 0; b &= b - 1 {
		e.themeCnt[bits.TrailingZeros64(b)] += d
	}
	for b := p.fams; b != 0; b &= b - 1 {
		e.famCnt[bits.TrailingZeros64(b)] += d
	}
}

// present returns the bits whose tally is at least n.
func present(cnt *[64]int, n int) uint64 {
	var m uint64
	for i, c := range cnt {
		if c >= n {
			m |= 1 << i
		}
	}
	return m
}

// freePoint is where an added piece should hang: the carrier's least
// crowded point, the first of equals; "" when the carrier names none.
func (e *eval) freePoint() string {
	best, load := "", -1
	for _, pt := range e.in.Carrier.Points {
		if l := e.pointLoad[pt]; load < 0 || l < load {
			best, load = pt, l
		}
	}
	return best
}

// pending is a suggestion step waiting for its turn.
type pending struct {
	sev  Severity
	rule string
	run  func()
}

// later queues the suggestions for a finding of severity sev.
func (e *eval) later(sev Severity, rule string, run func()) {
	e.pending = append(e.pending, pending{sev: sev, rule: rule, run: run})
}

// suggest runs the queued steps, worst finding first, then by rule, then
// in the order the rules queued them.
func (e *eval) suggest() {
	sort.SliceStable(e.pending, func(i, j int) bool {
		a, b := e.pending[i], e.pending[j]
		if ra, rb := severityRank[a.sev], severityRank[b.sev]; ra != rb {
			return ra < rb
		}
		return ruleRank[a.rule] < ruleRank[b.rule]
	})
	for _, p := range e.pending {
		p.run()
	}
}
