package collection

// Conditions of an item, best first.
var Conditions = []string{"mint", "boxed", "opened", "worn", "damaged"}

// Sources an item came from.
var Sources = []string{"shop", "drop", "blind_box", "trade", "gift", "secondhand"}

// Statuses an item can have.
var Statuses = []string{"on_carrier", "stored", "for_trade", "for_sale", "lent", "lost", "stolen", "recycled"}

// Visibilities of an item. "followers" shows the item to the owner only
// until following exists; it never shows more than asked.
var Visibilities = []string{"private", "followers", "public"}

// Attachments: how an item hangs. Clips, carabiners and straps come off
// without tools, which school and workplace rules may require.
var Attachments = []string{"clip", "carabiner", "strap", "split_ring", "chain", "sewn"}

// RemovableAttachments are the attachments that come off without tools.
var RemovableAttachments = []string{"clip", "carabiner", "strap"}

// Moods a collector can tie to an item and ask the daily pick for.
var Moods = []string{"happy", "calm", "cozy", "brave", "nostalgic", "focused"}

// BudgetSellerKinds split spending by who was paid: major brands versus
// independent creators, museums and secondhand sellers.
var BudgetSellerKinds = []string{"brand", "independent", "museum", "secondhand", "other"}

// MakerKinds split a collection by who made each piece.
var MakerKinds = []string{"ip_brand", "luxury", "retailer", "independent", "museum", "one_off"}

// Budget levels of a month.
const (
	LevelNone = "none" // no allowance set
	LevelOK   = "ok"
	LevelWarn = "warn" // 80% or more spent
	LevelOver = "over" // 100% or more spent
)

func contains(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// CareRule is a recurring care task that a material family asks for.
type CareRule struct {
	Task      string
	Family    string // catalog care family: metal, soft, knit, bead, plastic, leather, natural
	EveryDays int
}

// CareRules: polish metal, spot-clean plush, store beaded pieces flat and
// out of sunlight, and so on; one task per care family.
var CareRules = []CareRule{
	{Task: "polish_metal", Family: "metal", EveryDays: 90},
	{Task: "spot_clean", Family: "soft", EveryDays: 60},
	{Task: "reshape_knit", Family: "knit", EveryDays: 90},
	{Task: "store_beads_flat", Family: "bead", EveryDays: 180},
	{Task: "wipe_plastic", Family: "plastic", EveryDays: 120},
	{Task: "condition_leather", Family: "leather", EveryDays: 180},
	{Task: "keep_natural_dry", Family: "natural", EveryDays: 120},
}
