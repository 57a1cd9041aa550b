package search

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// The synthetic catalog: the vocabularies of the market reports, skewed
// the way real catalogs are (a few studios and themes hold most charms).

var (
	genCategories = []string{"plush", "metal_enamel", "beaded", "acrylic", "functional", "crochet", "leather", "cultural", "luxury_mini"}
	genMaterials  = map[string][]string{
		"plush":        {"plush_fabric", "cotton", "organic_cotton", "silk"},
		"metal_enamel": {"zinc_alloy", "brass", "stainless_steel", "sterling_silver", "enamel"},
		"beaded":       {"glass_beads", "seed_beads", "wood_beads", "pearl"},
		"acrylic":      {"acrylic", "resin", "pvc"},
		"functional":   {"silicone", "pvc", "stainless_steel", "zinc_alloy"},
		"crochet":      {"wool_yarn", "acrylic_yarn", "cotton"},
		"leather":      {"leather", "vegan_leather", "brass"},
		"cultural":     {"silk", "ceramic", "wood", "brass", "enamel"},
		"luxury_mini":  {"leather", "sterling_silver", "brass", "enamel"},
	}
	genPriceCNY = map[string][2]int64{
		"plush": {3000, 15000}, "metal_enamel": {4000, 20000}, "beaded": {2500, 8000},
		"acrylic": {1500, 10000}, "functional": {5000, 18000}, "crochet": {3000, 12000},
		"leather": {6000, 30000}, "cultural": {3900, 16000}, "luxury_mini": {180000, 950000},
	}
	genThemes  = []string{"anime", "kpop", "gaming", "music", "travel", "y2k", "heritage", "kawaii", "nature", "food", "animals", "sports", "minimalist", "vintage", "fantasy", "zodiac", "seasonal", "city"}
	genColours = []string{"pink", "red", "orange", "yellow", "green", "mint", "blue", "navy", "lavender", "purple", "brown", "beige", "black", "white", "grey", "gold", "silver", "rainbow"}
	genRegions = []string{"east_asia", "southeast_asia", "north_america", "europe"}
	genEco     = []string{"recycled_metal", "organic_fabric", "biodegradable", "recycled_plastic"}

	genAdjectives = []string{"Sparkly", "Sleepy", "Tiny", "Lucky", "Dreamy", "Fluffy", "Golden", "Midnight", "Sakura", "Pastel", "Retro", "Cosmic", "Happy", "Grumpy", "Royal", "Jade", "Neon", "Velvet", "Misty", "Crystal", "Ocean", "Forest", "Sunny", "Starry", "Vintage", "Imperial", "Little", "Brave", "Shy", "Wild"}
	genSubjects   = []string{"Bunny", "Cat", "Panda", "Dragon", "Fox", "Bear", "Duck", "Frog", "Tiger", "Koi", "Boba", "Dumpling", "Mochi", "Cloud", "Moon", "Star", "Heart", "Cherry", "Strawberry", "Mushroom", "Penguin", "Whale", "Unicorn", "Phoenix", "Crane", "Lion", "Owl", "Hedgehog", "Corgi", "Shiba", "Axolotl", "Lantern", "Fan", "Teapot", "Guitar", "Skateboard", "Camera", "Robot", "Astronaut", "Ghost"}
	genNouns      = []string{"Charm", "Keychain", "Bag Charm", "Pendant", "Plush", "Keyring", "Strap", "Clip", "Dangle", "Mascot", "Figure", "Tag"}
	genSyllables  = []string{"mo", "ki", "ra", "lu", "bu", "ta", "ne", "so", "pi", "ko", "ya", "mi", "zu", "ha", "ri", "no", "sa", "chi", "fu", "ma", "lo", "vi", "da", "ge"}
	genStudioKind = []string{"Studio", "Atelier", "Workshop", "Crafts", "Museum Shop", "Toys", "Design", "Collective"}
	genZH         = []string{"故宫", "猫咪", "毛绒", "挂件", "兔子", "熊猫", "龙", "锦鲤", "奶茶", "饺子", "星星", "月亮", "樱花", "祥云", "灯笼", "扇子", "福", "钥匙扣", "包挂", "徽章", "盲盒", "限定", "可爱", "复古"}
	genWords      = []string{"handmade", "limited", "edition", "collectible", "gift", "soft", "shiny", "enamel", "glitter", "glow", "dark", "hand", "painted", "embroidered", "mini", "blind", "box", "series", "secret", "chase", "official", "licensed", "museum", "heritage", "festival", "lunar", "new", "year", "spring", "summer", "autumn", "winter", "charms", "keychains", "backpack", "accessory"}
)

// genCorpus holds the names of a synthetic catalog's studios, IPs and series.
type genCorpus struct {
	rng     *rand.Rand
	studios []string
	ips     []string
	series  []string
}

func newGenCorpus(seed uint64, studios, ips, series int) *genCorpus {
	g := &genCorpus{rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	g.studios = make([]string, studios+1)
	for i := 1; i <= studios; i++ {
		g.studios[i] = g.word(2+g.rng.IntN(2)) + " " + g.pick(genStudioKind)
	}
	g.ips = make([]string, ips+1)
	for i := 1; i <= ips; i++ {
		g.ips[i] = g.word(2 + g.rng.IntN(2))
	}
	g.series = make([]string, series+1)
	for i := 1; i <= series; i++ {
		g.series[i] = g.pick(genAdjectives) + " " + g.pick(genSubjects) + " Series"
	}
	return g
}

func (g *genCorpus) pick(list []string) string { return list[g.rng.IntN(len(list))] }

// skewed returns a number in [1, n], small numbers far more often.
func (g *genCorpus) skewed(n int) int {
	u := g.rng.Float64()
	return 1 + int(float64(n)*u*u*u)%n
}

// word makes a name from syllables: "Mokira", "Lubuta".
func (g *genCorpus) word(syllables int) string {
	var b strings.Builder
	for i := range syllables {
		s := g.pick(genSyllables)
		if i == 0 {
			s = strings.ToUpper(s[:1]) + s[1:]
		}
		b.WriteString(s)
	}
	return b.String()
}

// some returns up to n distinct values of list, at least one.
func (g *genCorpus) some(list []string, n int) []string {
	k := 1 + g.rng.IntN(n)
	out := make([]string, 0, k)
	for len(out) < k {
		v := g.pick(list)
		if !containsString(out, v) {
			out = append(out, v)
		}
	}
	return out
}

func containsString(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// doc generates the charm with this id.
func (g *genCorpus) doc(id int64) Doc {
	r := g.rng
	cat := g.pick(genCategories)
	name := g.pick(genAdjectives) + " " + g.pick(genSubjects) + " " + g.pick(genNouns)
	zh := g.pick(genZH) + g.pick(genZH) + g.pick(genZH)
	studio := g.skewed(len(g.studios) - 1)
	d := Doc{
		ID:        id,
		Category:  cat,
		Materials: g.some(genMaterials[cat], 2),
		Themes:    g.some(genThemes, 2),
		Colours:   g.some(genColours, 3),
		StudioID:  int64(studio),
		Region:    genRegions[g.skewed(len(genRegions))-1],
		Name:      name,
	}
	if r.IntN(4) == 0 {
		d.Eco = g.some(genEco, 1)
	}
	texts := []string{name, zh, g.studios[studio]}
	if r.IntN(10) < 4 {
		d.IPID = int64(g.skewed(len(g.ips) - 1))
		texts = append(texts, g.ips[d.IPID])
	}
	if r.IntN(10) < 3 {
		d.SeriesID = int64(g.skewed(len(g.series) - 1))
		texts = append(texts, g.series[d.SeriesID])
	}
	desc := make([]string, 4+r.IntN(6))
	for i := range desc {
		desc[i] = g.pick(genWords)
	}
	d.Text = append(texts, strings.Join(desc, " "))
	band := genPriceCNY[cat]
	d.PriceCNY = band[0] + r.Int64N(band[1]-band[0])
	d.PriceBand = genPriceBand(d.PriceCNY)
	d.Year = 2019 + r.IntN(8)
	d.Released = fmt.Sprintf("%04d-%02d-%02d", d.Year, 1+r.IntN(12), 1+r.IntN(28))
	return d
}

func genPriceBand(cny int64) string {
	switch {
	case cny < 3000:
		return "under_30"
	case cny < 6000:
		return "30_60"
	case cny < 10000:
		return "60_100"
	case cny < 20000:
		return "100_200"
	case cny < 50000:
		return "200_500"
	}
	return "500_plus"
}

// genDocs generates n charms with ids 1..n.
func genDocs(seed uint64, n int) []Doc {
	g := newGenCorpus(seed, 50000, 5000, 20000)
	docs := make([]Doc, n)
	for i := range docs {
		docs[i] = g.doc(int64(i + 1))
	}
	return docs
}

// genQuery makes a query of one text term and two facet filters.
func genQuery(r *rand.Rand) Query {
	var text string
	switch r.IntN(4) {
	case 0:
		text = genSubjects[r.IntN(len(genSubjects))]
	case 1:
		text = genAdjectives[r.IntN(len(genAdjectives))]
	case 2:
		text = genNouns[r.IntN(len(genNouns))]
	default:
		text = genZH[r.IntN(len(genZH))]
	}
	facets := []func() (string, string){
		func() (string, string) { return FacetCategory, genCategories[r.IntN(len(genCategories))] },
		func() (string, string) { return FacetTheme, genThemes[r.IntN(len(genThemes))] },
		func() (string, string) { return FacetColour, genColours[r.IntN(len(genColours))] },
		func() (string, string) { return FacetRegion, genRegions[r.IntN(len(genRegions))] },
		func() (string, string) { return FacetYear, fmt.Sprint(2019 + r.IntN(8)) },
	}
	i := r.IntN(len(facets))
	j := (i + 1 + r.IntN(len(facets)-1)) % len(facets)
	f1, v1 := facets[i]()
	f2, v2 := facets[j]()
	return Query{Text: text, Filters: map[string][]string{f1: {v1}, f2: {v2}}}
}
