package pick

import (
	"strings"
	"time"
)

// seasons in the order the north meets them from December; the south is
// two seasons (six months) later.
var seasons = [4]string{"winter", "spring", "summer", "autumn"}

// Season is spring, summer, autumn or winter for t in a hemisphere
// ("north" or "south").
// Meteorological seasons by t's month as given (pass a local time): in
// the north March–May is spring, June–August summer, September–November
// autumn and December–February winter; the south is shifted six months.
// Any hemisphere other than "south" counts as north.
func Season(t time.Time, hemisphere string) string {
	i := int(t.Month()) % 12 / 3
	if strings.EqualFold(strings.TrimSpace(hemisphere), "south") {
		i = (i + 2) % 4
	}
	return seasons[i]
}

// traits are catalog codes (themes, colours, material families,
// categories) that suit a mood or a season.
type traits struct {
	themes, colours, families, categories []string
}

// moodTraits: what suits each mood. Warm colours for happy and cozy days,
// cool and quiet ones for calm and focused days; soft and knit textures
// for cozy, metal and leather for brave and focused ones.
var moodTraits = map[string]traits{
	"happy": {
		themes:     []string{"kawaii", "food", "animals", "music", "kpop"},
		colours:    []string{"pink", "yellow", "orange", "rainbow", "red"},
		families:   []string{"plastic", "bead"},
		categories: []string{"plush", "acrylic"},
	},
	"calm": {
		themes:     []string{"nature", "minimalist"},
		colours:    []string{"mint", "blue", "lavender", "white", "beige", "green", "grey"},
		families:   []string{"natural", "soft"},
		categories: []string{"crochet"},
	},
	"cozy": {
		themes:     []string{"food", "seasonal", "animals"},
		colours:    []string{"brown", "beige", "red", "orange", "white"},
		families:   []string{"soft", "knit"},
		categories: []string{"plush", "crochet"},
	},
	"brave": {
		themes:     []string{"fantasy", "gaming", "sports", "anime", "zodiac"},
		colours:    []string{"red", "black", "gold", "purple", "navy"},
		families:   []string{"metal", "leather"},
		categories: []string{"metal_enamel"},
	},
	"nostalgic": {
		themes:     []string{"heritage", "y2k", "vintage", "travel", "city"},
		colours:    []string{"beige", "brown", "gold", "lavender"},
		families:   []string{"natural", "leather", "bead"},
		categories: []string{"cultural"},
	},
	"focused": {
		themes:     []string{"minimalist", "city"},
		colours:    []string{"navy", "grey", "black", "white", "silver"},
		families:   []string{"metal", "leather"},
		categories: []string{"functional"},
	},
}

// seasonTraits: what suits each season. Winter wants knit and soft
// textures and seasonal themes; summer beads, plastic and bright colours.
var seasonTraits = map[string]traits{
	"spring": {
		themes:   []string{"nature"},
		colours:  []string{"pink", "mint", "green", "lavender", "yellow"},
		families: []string{"bead", "natural"},
	},
	"summer": {
		themes:   []string{"travel", "sports"},
		colours:  []string{"yellow", "orange", "blue", "mint", "rainbow", "white"},
		families: []string{"bead", "plastic"},
	},
	"autumn": {
		themes:   []string{"vintage", "heritage"},
		colours:  []string{"brown", "orange", "beige", "red", "gold"},
		families: []string{"leather", "knit", "natural"},
	},
	"winter": {
		themes:   []string{"seasonal"},
		colours:  []string{"white", "red", "navy", "silver"},
		families: []string{"knit", "soft"},
	},
}
