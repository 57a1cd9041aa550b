package styling

// CarrierKind is a kind of carrier with its defaults: size, weight limit
// and named attachment points (codes; pages translate them with the
// "point.<code>" message keys and show names a collector typed as they are).
type CarrierKind struct {
	Kind         string
	Size         string
	WeightLimitG int
	Points       []string
}

// CarrierKinds are the carriers Charmory knows, with sensible defaults.
var CarrierKinds = []CarrierKind{
	{Kind: "backpack", Size: "L", WeightLimitG: 400, Points: []string{"zip_pull_left", "zip_pull_right", "top_handle", "strap_left", "strap_right", "side_loop"}},
	{Kind: "tote", Size: "M", WeightLimitG: 250, Points: []string{"handle_left", "handle_right", "inner_ring"}},
	{Kind: "crossbody", Size: "S", WeightLimitG: 150, Points: []string{"strap_ring", "zip_pull", "front_loop"}},
	{Kind: "belt_loop", Size: "S", WeightLimitG: 120, Points: []string{"loop_left", "loop_right"}},
	{Kind: "shoelaces", Size: "S", WeightLimitG: 30, Points: []string{"left_laces", "right_laces"}},
	{Kind: "glasses", Size: "S", WeightLimitG: 10, Points: []string{"temple_tip_left", "temple_tip_right"}},
	{Kind: "lanyard", Size: "S", WeightLimitG: 60, Points: []string{"badge_clip", "lanyard_ring"}},
	{Kind: "headphone_case", Size: "S", WeightLimitG: 40, Points: []string{"case_loop"}},
	{Kind: "phone_case", Size: "S", WeightLimitG: 40, Points: []string{"strap_hole"}},
	{Kind: "water_bottle", Size: "M", WeightLimitG: 80, Points: []string{"cap_loop", "handle"}},
	{Kind: "keyring", Size: "S", WeightLimitG: 100, Points: []string{"main_ring", "side_clip"}},
}

// Sizes of carriers.
var Sizes = []string{"S", "M", "L"}

// Styles a collector can choose: how many focal points they like.
var Styles = []string{"minimal", "balanced", "maximalist"}

// DressCodes and their default limits: a school allows a couple of
// removable charms, a workplace one discreet one.
var DressCodes = map[string]struct {
	MaxCount      int
	RemovableOnly bool
}{
	"school":    {MaxCount: 2, RemovableOnly: true},
	"workplace": {MaxCount: 1, RemovableOnly: true},
}

// KindOf returns the defaults of a carrier kind; ok is false for an
// unknown kind.
func KindOf(kind string) (CarrierKind, bool) {
	for _, k := range CarrierKinds {
		if k.Kind == kind {
			return k, true
		}
	}
	return CarrierKind{}, false
}
