package demo

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmory/charmory/internal/catalog"
)

// colourNames gives each colour code its English and Chinese name, for
// colourway variants.
var colourNames = map[string]struct{ en, zh string }{
	"pink": {"Pink", "粉色"}, "red": {"Red", "红色"}, "orange": {"Orange", "橙色"}, "yellow": {"Yellow", "黄色"},
	"green": {"Green", "绿色"}, "mint": {"Mint", "薄荷绿"}, "blue": {"Blue", "蓝色"}, "navy": {"Navy", "藏青"},
	"lavender": {"Lavender", "薰衣草紫"}, "purple": {"Purple", "紫色"}, "brown": {"Brown", "棕色"}, "beige": {"Beige", "米色"},
	"black": {"Black", "黑色"}, "white": {"White", "白色"}, "grey": {"Grey", "灰色"}, "gold": {"Gold", "金色"},
	"silver": {"Silver", "银色"}, "rainbow": {"Rainbow", "彩虹"},
}

// edition draws a limited edition size, as often as studios of the kind
// make them; 0 is an open edition.
func (g *charmGen) edition(kind string) int {
	r := g.r
	switch {
	case kind == "luxury" && r.chance(0.6):
		return r.between(2, 40) * 50
	case kind == "museum" && r.chance(0.15):
		return r.between(2, 20) * 500
	case kind == "ip_brand" && r.chance(0.10):
		return r.between(5, 50) * 100
	case kind == "independent" && r.chance(0.20):
		return r.between(3, 30) * 10
	case kind == "retailer" && r.chance(0.03):
		return r.between(10, 50) * 100
	}
	return 0
}

// nfc decides whether a piece carries an NFC authenticity tag: premium
// pieces mostly, some official photocard holders and smart functional charms.
func (g *charmGen) nfc(kind string, c *catalog.Charm, item string) bool {
	r, cny := g.r, cnyOf(c.ListPrice, c.Currency)
	switch {
	case kind == "luxury":
		return r.chance(0.5)
	case kind == "ip_brand" && (c.Category == "metal_enamel" || c.Category == "functional") && cny >= 10000:
		return r.chance(0.4)
	case kind == "ip_brand" && strings.HasPrefix(item, "Photocard"):
		return r.chance(0.15)
	case kind == "museum" && c.Category == "cultural" && cny >= 8000:
		return r.chance(0.15)
	case c.Category == "functional":
		return r.chance(0.06)
	}
	return r.chance(0.01)
}

var careTexts = map[string]string{
	"soft":    "Spot-clean with a damp cloth and mild soap; air-dry away from direct sun.",
	"knit":    "Hand-wash cold and reshape while damp; do not tumble-dry.",
	"metal":   "Wipe with a soft dry cloth; keep away from perfume and salt water.",
	"plastic": "Wipe clean; alcohol-based cleaners cloud acrylic.",
	"bead":    "Keep away from water and do not pull on the thread; store flat.",
	"leather": "Wipe with a dry cloth and condition twice a year; keep out of the rain.",
	"natural": "Keep dry; wood and ceramic can crack if soaked or dropped.",
}

// care writes explicit care text for a few pieces; most leave it empty so
// that it is derived from the materials.
func (g *charmGen) care(c *catalog.Charm) string {
	if c.Category == "luxury_mini" && g.r.chance(0.6) {
		return "Store in its dust bag and box; wipe with a dry cloth and keep away from perfume, water and cosmetics."
	}
	if fams := c.CareFamilies(); len(fams) > 0 && g.r.chance(0.03) {
		return careTexts[fams[0]]
	}
	return ""
}

var descTemplates = map[string][]string{
	"plush":        {"%s as a palm-sized plush with embroidered eyes and a sturdy clasp.", "Soft, squeezable %s plush made to ride on a backpack strap.", "A plush %s with a short loop, just right for a zip pull or a belt loop."},
	"metal_enamel": {"%s in hard enamel with polished metal lines.", "A small, weighty %s charm that will outlast the bag it hangs on.", "%s, die-struck and filled with enamel by hand."},
	"beaded":       {"%s strung by hand from glass and seed beads.", "Hand-beaded %s on strong nylon thread with a lobster clasp.", "Bright little %s beadwork for a phone, a zip or a shoelace."},
	"acrylic":      {"%s printed on clear acrylic with a glossy finish.", "Double-sided acrylic %s, light enough to hang three on one strap.", "%s on crystal-clear acrylic, printed on both sides."},
	"functional":   {"%s that earns its place on the bag: pretty and useful.", "A practical %s with a secure clasp, sized to slip into a pocket.", "%s: keeps small things at hand and looks good doing it."},
	"crochet":      {"%s crocheted by hand in soft yarn, one stitch at a time.", "Hand-crocheted %s, stuffed firm so it keeps its shape.", "A little crochet %s; each one comes out slightly different."},
	"leather":      {"%s cut and saddle-stitched by hand; the leather darkens with use.", "%s in full-grain leather with solid brass hardware.", "Hand-finished %s with burnished edges."},
	"cultural":     {"%s, made with the museum's curators so the proportions stay true to the original.", "A faithful small-scale %s from the museum's collection.", "%s: a piece of heritage to carry every day."},
	"luxury_mini":  {"%s, hand-stitched in the house workshop and finished with polished hardware.", "A miniature %s made with the same leathers and hardware as the house's full-size bags.", "%s in a numbered presentation box."},
}

// describe writes one or two sentences: what the piece is, then the most
// notable fact about it (NFC, edition, rarity, eco material).
func (g *charmGen) describe(d *draft, c *catalog.Charm) string {
	subject := d.subject
	if c.Category == "functional" {
		subject += " " + d.item.en
	}
	s := fmt.Sprintf(pick(g.r, descTemplates[c.Category]), subject)
	if r, size := utf8.DecodeRuneInString(s); r != utf8.RuneError {
		s = string(unicode.ToUpper(r)) + s[size:]
	}
	switch {
	case c.NFC:
		s += " An NFC tag inside lets you check it is genuine with one tap."
	case c.Rarity == "secret":
		s += fmt.Sprintf(" The secret figure of the %s.", g.ds.Series[d.series].Name)
	case c.Rarity == "chase":
		s += fmt.Sprintf(" The chase figure of the %s.", g.ds.Series[d.series].Name)
	case c.EditionSize > 0:
		s += fmt.Sprintf(" Limited edition of %d.", c.EditionSize)
	case len(c.Eco) > 0:
		s += " " + ecoSentences[c.Eco[0]]
	case d.series >= 0:
		s += fmt.Sprintf(" Part of the %s.", g.ds.Series[d.series].Name)
	}
	return s
}

var ecoSentences = map[string]string{
	"recycled_metal":   "Cast from recycled metal.",
	"organic_fabric":   "Made with organic cotton.",
	"biodegradable":    "Made from natural materials that biodegrade.",
	"recycled_plastic": "Made from recycled plastic.",
}
