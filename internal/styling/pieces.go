package styling

import (
	"cmp"
	"slices"
	"time"

	"github.com/charmory/charmory/internal/styling/coach"
	"github.com/charmory/charmory/internal/styling/pick"
)

// ownedPiece is one of a collector's items as the coach and the daily
// pick read it. Its code lists are shared with other pieces: read-only.
type ownedPiece struct {
	coach.Piece           // LastWorn: see pieceSet.coachPiece
	status      string    // the item's status
	moodTags    []string  // the owner's own mood tags
	carrierID   int64     // the carrier whose current loadout holds it; 0: none
	lastOff     time.Time // latest end of a past loadout or journal day it was picked; zero: never
}

// wearable reports whether the item is at hand to wear: stored, already
// on a carrier, or offered for trade (still in the owner's hands). Lost,
// stolen, recycled, lent and for-sale items are never proposed.
func (p *ownedPiece) wearable() bool {
	switch p.status {
	case "stored", "on_carrier", "for_trade":
		return true
	}
	return false
}

// pieceSet is all of a collector's items, by id order, read once per call.
type pieceSet struct {
	list []ownedPiece // by item id
	now  time.Time
}

// get returns the piece of an item of the owner's, or nil.
func (ps *pieceSet) get(id int64) *ownedPiece {
	i, ok := slices.BinarySearchFunc(ps.list, id, func(p ownedPiece, id int64) int { return cmp.Compare(p.ItemID, id) })
	if !ok {
		return nil
	}
	return &ps.list[i]
}

// coachPiece is p for the coach: an item on a current loadout was last
// worn now.
func (ps *pieceSet) coachPiece(p *ownedPiece) coach.Piece {
	c := p.Piece
	c.LastWorn = p.lastOff
	if p.carrierID != 0 {
		c.LastWorn = ps.now
	}
	return c
}

// coachCollection is what the coach may suggest for carrierID: wearable
// items not placed on the draft (placed) and not hanging on another
// carrier's current loadout.
func (ps *pieceSet) coachCollection(carrierID int64, placed map[int64]bool) []coach.Piece {
	out := make([]coach.Piece, 0, len(ps.list))
	for i := range ps.list {
		p := &ps.list[i]
		if !p.wearable() || placed[p.ItemID] || (p.carrierID != 0 && p.carrierID != carrierID) {
			continue
		}
		out = append(out, ps.coachPiece(p))
	}
	return out
}

// candidates are the wearable items for the daily pick. An item on a
// carrier is marked OnCarrier rather than worn now: it is already out,
// which the pick prefers slightly less, whereas a recent LastWorn would
// all but rule it out.
func (ps *pieceSet) candidates() []pick.Candidate {
	out := make([]pick.Candidate, 0, len(ps.list))
	for i := range ps.list {
		p := &ps.list[i]
		if !p.wearable() {
			continue
		}
		out = append(out, pick.Candidate{
			ItemID: p.ItemID, Name: p.Name, Category: p.Category, Themes: p.Themes, Colours: p.Colours,
			Families: p.Families, MoodTags: p.moodTags, LastWorn: p.lastOff, OnCarrier: p.carrierID != 0,
		})
	}
	return out
}

func pieceHas(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}
