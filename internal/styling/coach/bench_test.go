package coach

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/charmory/charmory/internal/catalog"
)

// benchPiece is a varied, reproducible piece drawn from the catalog's
// vocabularies.
func benchPiece(rng *rand.Rand, id int64) Piece {
	fams := []string{"soft", "knit", "metal", "plastic", "bead", "leather", "natural"}
	p := Piece{
		ItemID:     id,
		Name:       "charm " + strconv.FormatInt(id, 10),
		Category:   catalog.Categories[rng.IntN(len(catalog.Categories))],
		Families:   []string{fams[rng.IntN(len(fams))]},
		Colours:    []string{catalog.Colours[rng.IntN(len(catalog.Colours))], catalog.Colours[rng.IntN(len(catalog.Colours))]},
		Themes:     []string{catalog.Themes[rng.IntN(len(catalog.Themes))], catalog.Themes[rng.IntN(len(catalog.Themes))]},
		WeightG:    rng.IntN(60),
		Functional: rng.IntN(10) == 0,
		Attachment: []string{"clip", "carabiner", "strap", "split_ring", "chain", "sewn", ""}[rng.IntN(7)],
	}
	if rng.IntN(4) > 0 {
		p.LastWorn = today.AddDate(0, 0, -rng.IntN(400))
	}
	return p
}

// benchInput is a 12-charm backpack that trips most rules (too many,
// over the weight limit, clashes, rotation due across a season, a school
// dress code) with a 5,000-item collection to draw suggestions from.
func benchInput() Input {
	rng := rand.New(rand.NewPCG(1, 2))
	in := input(nil)
	in.Carrier.Colour, in.Carrier.MaxCount, in.Carrier.RemovableOnly = "pink", 6, true
	in.LastRotated = today.AddDate(0, 0, -100)
	for i := range 12 {
		p := benchPiece(rng, int64(i+1))
		p.Point = in.Carrier.Points[i%len(in.Carrier.Points)]
		in.Placed = append(in.Placed, p)
	}
	for i := range 5000 {
		in.Collection = append(in.Collection, benchPiece(rng, int64(1000+i)))
	}
	return in
}

func BenchmarkEvaluate(b *testing.B) {
	in := benchInput()
	r := Evaluate(in)
	checkReport(b, in, r)
	if len(r.Suggestions) < 5 {
		b.Fatalf("the benchmark loadout should draw several suggestions, got %+v", r.Suggestions)
	}
	b.ReportAllocs()
	for b.Loop() {
		Evaluate(in)
	}
}
