package coach

// countRanges is the balanced style's right number of charms per carrier
// kind at the kind's usual size, from collectors' guidance: three to five
// on a backpack, fewer on small carriers, one per side on glasses and
// shoelaces (perSide), a keyring up to four.
var countRanges = map[string]struct {
	size    string
	lo, hi  int
	perSide bool
}{
	"backpack":       {"L", 3, 5, false},
	"tote":           {"M", 2, 4, false},
	"crossbody":      {"S", 1, 2, false},
	"belt_loop":      {"S", 1, 2, false},
	"shoelaces":      {"S", 1, 2, true},
	"glasses":        {"S", 1, 2, true},
	"lanyard":        {"S", 1, 2, false},
	"headphone_case": {"S", 1, 2, false},
	"phone_case":     {"S", 1, 2, false},
	"water_bottle":   {"M", 1, 2, false},
	"keyring":        {"S", 1, 4, false},
}

// sizeRanges is the balanced range of a carrier of unknown kind by size.
var sizeRanges = map[string][2]int{"S": {1, 2}, "M": {2, 4}, "L": {3, 5}}

// sizeStep numbers sizes so a bigger or smaller carrier than its kind's
// usual shifts the range by a charm per step.
var sizeStep = map[string]int{"S": 0, "M": 1, "L": 2}

// countRange returns the right number of charms, lo to hi, for a carrier
// and a style: the kind's range shifted by the carrier's size, then down a
// charm for minimal or up one for maximalist; never under one, at most one
// per side where that is the rule, and within a dress code's limit.
func countRange(c Carrier, style string) (lo, hi int) {
	k, known := countRanges[c.Kind]
	switch {
	case known:
		lo, hi = k.lo, k.hi
		if s, ok := sizeStep[c.Size]; ok {
			lo, hi = lo+s-sizeStep[k.size], hi+s-sizeStep[k.size]
		}
	case sizeRanges[c.Size] != [2]int{}:
		lo, hi = sizeRanges[c.Size][0], sizeRanges[c.Size][1]
	default:
		lo, hi = sizeRanges["M"][0], sizeRanges["M"][1]
	}
	switch style {
	case "minimal":
		lo, hi = lo-1, hi-1
	case "maximalist":
		lo, hi = lo+1, hi+1
	}
	lo, hi = max(lo, 1), max(hi, 1)
	if k.perSide {
		hi = min(hi, 2) // two sides
	}
	if c.MaxCount > 0 {
		hi = min(hi, c.MaxCount)
	}
	return min(lo, hi), hi
}
