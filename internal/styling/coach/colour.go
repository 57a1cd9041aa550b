package coach

// hue is a catalog colour's place on the colour wheel.
type hue struct {
	deg     int  // angle on the painter's (red-yellow-blue) wheel: complements face each other
	neutral bool // goes with anything: black, white, grey, beige, brown, navy and the metallics
	pastel  bool // a light tint: pastels sit together whatever their hue
	multi   bool // carries every hue (rainbow): never clashes, never blends in
}

// wheel places every catalog colour code (catalog.Colours). It uses the
// painter's wheel, where red faces green, yellow faces purple and blue faces
// orange, as colour advice for clothes does:
//
//	red 0, orange 60, yellow 120, green 180, mint 195 (pastel),
//	blue 240, lavender 285 (pastel), purple 300, pink 345 (pastel);
//	neutral: black, white, grey, beige, brown, navy, gold, silver;
//	rainbow: every hue at once.
//
// Two chromatic colours harmonise when they are analogous (at most 60°
// apart), a triad (110°–130°) or complementary (150° or more); in between
// they clash. Neutrals harmonise with everything, and so do two pastels.
var wheel = map[string]hue{
	"red":      {deg: 0},
	"orange":   {deg: 60},
	"yellow":   {deg: 120},
	"green":    {deg: 180},
	"mint":     {deg: 195, pastel: true},
	"blue":     {deg: 240},
	"lavender": {deg: 285, pastel: true},
	"purple":   {deg: 300},
	"pink":     {deg: 345, pastel: true},
	"black":    {neutral: true},
	"white":    {neutral: true},
	"grey":     {neutral: true},
	"beige":    {neutral: true},
	"brown":    {neutral: true},
	"navy":     {neutral: true},
	"gold":     {neutral: true},
	"silver":   {neutral: true},
	"rainbow":  {multi: true},
}

// nearTone pairs colours that read as one against each other, so a charm
// of one on a carrier of the other disappears like a same-colour one.
var nearTone = map[[2]string]bool{
	{"black", "navy"}: true, {"navy", "black"}: true,
	{"white", "beige"}: true, {"beige", "white"}: true,
	{"grey", "silver"}: true, {"silver", "grey"}: true,
}

// relation is how one colour sits against another.
type relation int8

const (
	relUnknown relation = iota // a colour the wheel does not know
	relHarmony
	relBlend // the same colour or a near tone: no contrast
	relClash
)

// relate says how a charm colour c sits on a carrier colour k.
func relate(c, k string) relation {
	hc, okc := wheel[c]
	hk, okk := wheel[k]
	switch {
	case !okc || !okk:
		return relUnknown
	case hc.multi || hk.multi:
		return relHarmony
	case c == k || nearTone[[2]string{c, k}]:
		return relBlend
	case hc.neutral || hk.neutral, hc.pastel && hk.pastel:
		return relHarmony
	}
	d := hc.deg - hk.deg
	if d < 0 {
		d = -d
	}
	if d > 180 {
		d = 360 - d
	}
	if d <= 60 || (d >= 110 && d <= 130) || d >= 150 {
		return relHarmony
	}
	return relClash
}

// tone is how a whole piece sits on the carrier.
type tone int8

const (
	toneUnknown tone = iota // no known colours, or no carrier colour
	toneHarmony             // at least one colour harmonises
	toneBlend               // every known colour blends in
	toneClash               // nothing harmonises and something clashes
)

// colourCodes are the wheel's colours in a fixed order, so a piece's
// colours are looked up by a switch rather than a map: a large collection
// has many of them.
var colourCodes = [...]string{
	"pink", "red", "orange", "yellow", "green", "mint", "blue", "navy", "lavender",
	"purple", "brown", "beige", "black", "white", "grey", "gold", "silver", "rainbow",
}

// colourIndex returns c's index in colourCodes, or -1.
func colourIndex(c string) int {
	switch c {
	case "pink":
		return 0
	case "red":
		return 1
	case "orange":
		return 2
	case "yellow":
		return 3
	case "green":
		return 4
	case "mint":
		return 5
	case "blue":
		return 6
	case "navy":
		return 7
	case "lavender":
		return 8
	case "purple":
		return 9
	case "brown":
		return 10
	case "beige":
		return 11
	case "black":
		return 12
	case "white":
		return 13
	case "grey":
		return 14
	case "gold":
		return 15
	case "silver":
		return 16
	case "rainbow":
		return 17
	}
	return -1
}

// toneOf reads a piece's colours against the carrier's.
func (e *eval) toneOf(colours []string) tone {
	known, blend, clash, harmony := false, true, false, false
	for _, c := range colours {
		i := colourIndex(c)
		if i < 0 {
			continue
		}
		switch e.rels[i] {
		case relUnknown:
			continue
		case relHarmony:
			harmony, blend = true, false
		case relClash:
			clash, blend = true, false
		}
		known = true
	}
	switch {
	case !known:
		return toneUnknown
	case blend:
		return toneBlend
	case harmony:
		return toneHarmony
	case clash:
		return toneClash
	}
	return toneUnknown
}

// clashing returns the first of colours that clashes with the carrier.
func (e *eval) clashing(colours []string) string {
	for _, c := range colours {
		if i := colourIndex(c); i >= 0 && e.rels[i] == relClash {
			return c
		}
	}
	return ""
}
