package catalog

// Controlled vocabularies. Codes are stored in the database and the API;
// people see them through the message catalog (key "category.<code>" and so
// on), so each list here only holds codes and the facts code needs.

// Categories of charm, as PRODUCT.md section 2 lists them.
var Categories = []string{
	"plush", "metal_enamel", "beaded", "acrylic", "functional",
	"crochet", "leather", "cultural", "luxury_mini",
}

// PriceBandCNY is the usual shop price range of a category in CNY minor
// units, from the market reports; demo data and risk checks use it.
var PriceBandCNY = map[string][2]int64{
	"plush":        {3000, 15000},
	"metal_enamel": {4000, 20000},
	"beaded":       {2500, 8000},
	"acrylic":      {1500, 10000},
	"functional":   {5000, 18000},
	"crochet":      {3000, 12000},
	"leather":      {6000, 30000},
	"cultural":     {3900, 16000},
	"luxury_mini":  {180000, 950000},
}

// Materials a charm can be made of.
var Materials = []string{
	"plush_fabric", "cotton", "organic_cotton", "wool_yarn", "acrylic_yarn",
	"zinc_alloy", "brass", "stainless_steel", "sterling_silver", "enamel",
	"acrylic", "resin", "pvc", "glass_beads", "seed_beads", "wood_beads",
	"pearl", "leather", "vegan_leather", "silicone", "wood", "ceramic", "silk",
}

// MaterialFamily groups materials by texture: a loadout mixes families.
var MaterialFamily = map[string]string{
	"plush_fabric": "soft", "cotton": "soft", "organic_cotton": "soft", "silk": "soft",
	"wool_yarn": "knit", "acrylic_yarn": "knit",
	"zinc_alloy": "metal", "brass": "metal", "stainless_steel": "metal", "sterling_silver": "metal", "enamel": "metal",
	"acrylic": "plastic", "resin": "plastic", "pvc": "plastic", "silicone": "plastic",
	"glass_beads": "bead", "seed_beads": "bead", "wood_beads": "bead", "pearl": "bead",
	"leather": "leather", "vegan_leather": "leather",
	"wood": "natural", "ceramic": "natural",
}

// CareFamily names the care instructions (message key "care.<family>")
// that follow from a material family.
var CareFamily = map[string]string{
	"soft": "soft", "knit": "knit", "metal": "metal", "plastic": "plastic",
	"bead": "bead", "leather": "leather", "natural": "natural",
}

// Colours a charm can have.
var Colours = []string{
	"pink", "red", "orange", "yellow", "green", "mint", "blue", "navy",
	"lavender", "purple", "brown", "beige", "black", "white", "grey",
	"gold", "silver", "rainbow",
}

// Themes of a charm.
var Themes = []string{
	"anime", "kpop", "gaming", "music", "travel", "y2k", "heritage", "kawaii",
	"nature", "food", "animals", "sports", "minimalist", "vintage", "fantasy",
	"zodiac", "seasonal", "city",
}

// Regions of origin (and of studios and sellers).
var Regions = []string{"east_asia", "southeast_asia", "north_america", "europe"}

// EcoAttributes of a charm.
var EcoAttributes = []string{"recycled_metal", "organic_fabric", "biodegradable", "recycled_plastic"}

// StudioKinds: who makes charms.
var StudioKinds = []string{"ip_brand", "independent", "museum", "luxury", "retailer"}

// SellerKinds: where charms are sold genuine.
var SellerKinds = []string{"official_store", "museum_shop", "grain_store", "online_shop", "department_store", "pop_up"}

// Rarities of a figure within a series; empty for charms outside series.
var Rarities = []string{"regular", "chase", "secret"}

// SeriesKinds: a standard line or a blind-box series.
var SeriesKinds = []string{"standard", "blind_box"}

// PriceBands are the facet buckets of list price in CNY minor units; the
// upper bound is exclusive and 0 means no bound.
var PriceBands = []struct {
	Code     string
	Min, Max int64
}{
	{"under_30", 0, 3000},
	{"30_60", 3000, 6000},
	{"60_100", 6000, 10000},
	{"100_200", 10000, 20000},
	{"200_500", 20000, 50000},
	{"500_plus", 50000, 0},
}

// PriceBandOf returns the price band code of an amount in CNY minor units.
func PriceBandOf(cnyMinor int64) string {
	for _, b := range PriceBands {
		if cnyMinor >= b.Min && (b.Max == 0 || cnyMinor < b.Max) {
			return b.Code
		}
	}
	return PriceBands[len(PriceBands)-1].Code
}

// In reports whether code is in list.
func In(list []string, code string) bool {
	for _, c := range list {
		if c == code {
			return true
		}
	}
	return false
}
