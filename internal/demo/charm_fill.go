package demo

import (
	"fmt"

	"github.com/charmory/charmory/internal/catalog"
)

// figures designs the pieces of series si: its regular figures in a drawn
// order, then for a blind box its chase and secret figures.
func (g *charmGen) figures(si int) []draft {
	ds, sp, sr := g.ds, g.ds.series[si], g.ds.Series[si]
	regular := sp.set.figures
	prefix, prefixZH := sp.set.en+" ", sp.set.zh
	if sp.ip >= 0 {
		prefix, prefixZH = ds.IPs[sp.ip].Name+" ", ds.IPs[sp.ip].NameZH+"·"
		if sp.set.useChars {
			regular = ds.ips[sp.ip].chars
		}
	}
	item := pick(g.r, items[sp.category])
	price := sr.BoxPrice
	if price == 0 {
		lo, hi := priceBand(sp.category, ds.Studios[sp.studio].Region, false)
		price = shelfPrice(drawCNY(g.r, lo, hi), sr.Currency, lo, hi, false)
	}
	pieces := make([]term, 0, sp.pieces+2)
	rarities := make([]string, 0, sp.pieces+2)
	for _, i := range pickIndexes(g.r, seq(len(regular)), sp.pieces) {
		pieces, rarities = append(pieces, regular[i]), append(rarities, "")
	}
	if sr.Kind == "blind_box" {
		for i := range rarities {
			rarities[i] = "regular"
		}
		pieces, rarities = append(pieces, sp.set.chase, sp.set.secret), append(rarities, "chase", "secret")
	}
	out := make([]draft, 0, len(pieces))
	for i, f := range pieces {
		d := draft{studio: sp.studio, ip: sp.ip, series: si, cat: sp.category, item: item, rarity: rarities[i],
			release: sr.ReleaseDate, price: price, official: sp.ip >= 0 || ds.Studios[sp.studio].Kind == "museum",
			palette: ds.studios[sp.studio].palette, themes: sp.set.themes}
		p, pz := prefix, prefixZH
		if sp.set.useChars && rarities[i] != "chase" && rarities[i] != "secret" {
			p, pz = "", "" // a cast member's name already says which IP it is
		}
		d.subject = p + f.en
		d.name = d.subject + " " + item.en
		if g.hasZH(sp.studio) && f.zh != "" {
			d.nameZH = pz + f.zh + item.zh
		}
		if sp.ip >= 0 {
			d.themes, d.palette = concat(sp.set.themes, ds.ips[sp.ip].themes), ds.ips[sp.ip].palette
		}
		if sp.category == "cultural" {
			d.story = ds.Studios[sp.studio].Story
		}
		out = append(out, d)
	}
	return out
}

func seq(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// finish fills in everything that follows from the design and the studio.
func (g *charmGen) finish(d *draft, n int) catalog.Charm {
	ds, r := g.ds, g.r
	st, sp := ds.Studios[d.studio], ds.studios[d.studio]
	c := catalog.Charm{
		ID: int64(n), ExternalID: ds.externalID(n), StudioID: st.ID, Category: d.cat, Region: st.Region,
		Currency: sp.currency, Official: d.official, Rarity: d.rarity, Story: d.story,
	}
	if d.ip >= 0 {
		c.IPID = ds.IPs[d.ip].ID
	}
	if d.series >= 0 {
		c.SeriesID = ds.Series[d.series].ID
	}
	c.Materials = g.materials(d.item.mats, sp.eco)
	c.Eco = g.eco(c.Materials, sp.eco)
	c.Colours = pickDistinct(r, d.palette, r.between(1, 3))
	c.Themes = mergeThemes(r, d.themes, d.item.themes, sp.themes)
	c.Name, c.NameZH = g.uniqueName(d, c.Colours[0])
	c.WidthMM, c.HeightMM, c.WeightG = r.between(d.item.w[0], d.item.w[1]), r.between(d.item.h[0], d.item.h[1]), r.between(d.item.g[0], d.item.g[1])
	c.ReleaseDate = d.release
	if c.ReleaseDate == "" {
		month := d.month
		if month == 0 {
			month = r.between(1, 12)
		}
		c.ReleaseDate = fmt.Sprintf("%d-%02d-%02d", releaseYear(r, st.Founded), month, r.between(1, 28))
	}
	c.ListPrice = d.price
	if c.ListPrice == 0 {
		premium := r.chance(0.08)
		lo, hi := priceBand(d.cat, st.Region, premium)
		c.ListPrice = shelfPrice(drawCNY(r, lo, hi), c.Currency, lo, hi, d.cat == "luxury_mini")
	}
	if d.series < 0 || ds.Series[d.series].Kind == "standard" {
		c.EditionSize = g.edition(st.Kind)
	}
	c.NFC = g.nfc(st.Kind, &c, d.item.en)
	g.seq[d.studio]++
	c.SKU = fmt.Sprintf("%s-%s%s-%04d", sp.code, catCode[d.cat], c.ReleaseDate[2:4], g.seq[d.studio])
	c.Care = g.care(&c)
	c.Description = g.describe(d, &c)
	return c
}

var catCode = map[string]string{
	"plush": "PL", "metal_enamel": "ME", "beaded": "BD", "acrylic": "AC", "functional": "FN",
	"crochet": "CR", "leather": "LT", "cultural": "CU", "luxury_mini": "LX",
}

// releaseYear draws a year from 2022 to 2026, most in the 2025 boom, and
// never before the studio was founded.
func releaseYear(r rng, founded int) int {
	y := 2022 + r.weighted([]int{8, 14, 22, 34, 22})
	if founded > y {
		y = min(founded, 2026)
	}
	return y
}

func (g *charmGen) materials(mats string, eco float64) []string {
	var out []string
	for _, alts := range g.slots[mats] {
		m := pick(g.r, alts)
		if m == "organic_cotton" && !g.r.chance(eco+0.15) {
			m = "cotton"
		}
		if m != "" && !catalog.In(out, m) {
			out = append(out, m)
		}
	}
	return out
}

// eco derives eco attributes: organic cotton is organic fabric, and with
// the studio's eco chance one material is recycled or biodegradable.
func (g *charmGen) eco(mats []string, chance float64) []string {
	has := map[string]bool{}
	if catalog.In(mats, "organic_cotton") {
		has["organic_fabric"] = true
	}
	if g.r.chance(chance) {
		var options []string
		for _, m := range mats {
			switch catalog.MaterialFamily[m] {
			case "metal":
				options = append(options, "recycled_metal")
			case "plastic":
				options = append(options, "recycled_plastic")
			case "natural", "knit":
				options = append(options, "biodegradable")
			}
			if m == "plush_fabric" {
				options = append(options, "recycled_plastic") // recycled polyester
			}
		}
		if len(options) > 0 {
			has[pick(g.r, options)] = true
		}
	}
	out := []string{}
	for _, e := range catalog.EcoAttributes {
		if has[e] {
			out = append(out, e)
		}
	}
	return out
}

// mergeThemes keeps the first three distinct themes, drawing one of the
// studio's themes when the design brings fewer than two.
func mergeThemes(r rng, design, item, studio []string) []string {
	out := []string{}
	add := func(list []string) {
		for _, th := range list {
			if len(out) < 3 && catalog.In(catalog.Themes, th) && !catalog.In(out, th) {
				out = append(out, th)
			}
		}
	}
	add(design)
	add(item)
	if len(out) < 2 && len(studio) > 0 {
		add([]string{pick(r, studio)})
	}
	add(studio[:min(1, len(studio))])
	return out
}
