package coach

import (
	"testing"
	"time"
)

// bytesIn reads values from fuzz bytes, zeros once they run out.
type bytesIn struct{ b []byte }

func (r *bytesIn) byte() byte {
	if len(r.b) == 0 {
		return 0
	}
	v := r.b[0]
	r.b = r.b[1:]
	return v
}

func (r *bytesIn) int(n int) int { return int(r.byte()) % n }

// pick returns one of list, or a code no vocabulary knows.
func (r *bytesIn) pick(list []string) string {
	i := r.int(len(list) + 1)
	if i == len(list) {
		return "x" + string(rune('a'+r.int(26)))
	}
	return list[i]
}

func (r *bytesIn) some(list []string) []string {
	out := make([]string, r.int(4))
	for i := range out {
		out[i] = r.pick(list)
	}
	return out
}

// time is a date within a few years of today, or zero.
func (r *bytesIn) time() time.Time {
	if r.int(5) == 0 {
		return time.Time{}
	}
	return today.AddDate(0, 0, 200-int(r.byte())*4-r.int(3)*365)
}

var (
	fuzzKinds   = []string{"backpack", "tote", "crossbody", "glasses", "shoelaces", "keyring", "lanyard", ""}
	fuzzColours = []string{"pink", "red", "orange", "yellow", "green", "mint", "blue", "navy", "lavender", "purple", "black", "white", "gold", "rainbow", ""}
	fuzzThemes  = []string{"music", "kpop", "nature", "animals", "city", "travel", "seasonal", "heritage", "food", "vintage", ""}
	fuzzFams    = []string{"soft", "knit", "metal", "plastic", "bead", "leather", "natural"}
	fuzzAttach  = []string{"clip", "carabiner", "strap", "split_ring", "chain", "sewn", ""}
	fuzzPoints  = []string{"zip_pull_left", "zip_pull_right", "top_handle", ""}
)

// piece reads a piece whose id comes from a small range, so placed and
// collection pieces, and duplicates within each, collide often.
func (r *bytesIn) piece() Piece {
	return Piece{
		ItemID: int64(r.int(40)), Name: r.pick([]string{"bear", "tag", "@colour.pink", ""}),
		Families: r.some(fuzzFams), Colours: r.some(fuzzColours), Themes: r.some(fuzzThemes),
		WeightG: int(r.byte()) - 20, Functional: r.int(4) == 0, Attachment: r.pick(fuzzAttach),
		Point: r.pick(fuzzPoints), LastWorn: r.time(),
	}
}

func fuzzInput(data []byte) Input {
	r := &bytesIn{b: data}
	in := Input{
		Carrier: Carrier{
			Kind: r.pick(fuzzKinds), Size: r.pick([]string{"S", "M", "L"}), Colour: r.pick(fuzzColours),
			WeightLimitG: int(r.byte())*3 - 30, Points: r.some(fuzzPoints),
			MaxCount: r.int(5) - 1, RemovableOnly: r.int(2) == 0,
		},
		Style: r.pick([]string{"minimal", "balanced", "maximalist"}), Now: today,
		LastRotated: r.time(), RotationDays: r.int(60) - 5, Hemisphere: r.pick([]string{"north", "south"}),
	}
	in.Placed = make([]Piece, r.int(14))
	for i := range in.Placed {
		in.Placed[i] = r.piece()
	}
	in.Collection = make([]Piece, r.int(40))
	for i := range in.Collection {
		in.Collection[i] = r.piece()
	}
	return in
}

func FuzzEvaluate(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte("a backpack with a few charms and a big collection to choose from"))
	f.Add([]byte{0, 2, 0, 200, 3, 1, 1, 0, 0, 1, 9, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
	f.Add([]byte{1, 1, 6, 255, 0, 4, 0, 2, 5, 13, 30, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7})
	f.Fuzz(func(t *testing.T, data []byte) {
		in := fuzzInput(data)
		r := Evaluate(in)
		checkReport(t, in, r)
		if again := Evaluate(in); again.Score != r.Score || len(again.Suggestions) != len(r.Suggestions) || len(again.Findings) != len(r.Findings) {
			t.Fatalf("two runs on one input differ: %+v vs %+v", r, again)
		}
	})
}
