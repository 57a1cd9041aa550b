package demo

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmory/charmory/internal/catalog"
)

// Large data sets grow the cast with the catalog: about one studio per
// 2,000 charms, one series per 600 and one seller per 10,000, generated
// from name parts in the same style as the hand-written ones.

func (ds *Dataset) addExtraStudios(r rng, n int) {
	used := map[string]int{}
	for _, s := range ds.Studios {
		used[s.Slug]++
	}
	for k := 0; k < n; k++ {
		region := catalog.Regions[r.weighted(regionWeights)]
		c := pick(r, citiesIn(region))
		kind := catalog.StudioKinds[r.weighted([]int{25, 45, 10, 3, 12})]
		if kind == "luxury" && region == "southeast_asia" {
			kind = "independent"
		}
		name, zh := studioName(r, kind, c)
		st := catalog.Studio{
			Slug: uniqueSlug(used, ds.slug(slugify(name))), Name: name, Kind: kind, Region: region,
			Country: c.country, City: c.name, Verified: r.chance(0.7),
		}
		if c.hasZH {
			st.NameZH = zh
		}
		p := studioPlan{code: skuCode(name, k), currency: c.currency, weight: 10, themes: pickDistinct(r, regionThemes[region], 2),
			palette: regionPalette[region], eco: 0.08}
		cats := "plush:40 acrylic:25 metal_enamel:20 functional:15"
		switch kind {
		case "independent":
			cats, p.eco = pick(r, specialtyCats), 0.25
			st.Founded = r.between(2008, 2024)
		case "museum":
			cats, p.artefacts = "cultural:70 metal_enamel:15 acrylic:15", genericArtefact
			st.Founded = r.between(1900, 1995)
		case "luxury":
			cats, p.palette = "luxury_mini:100", luxe
			st.Founded = r.between(1850, 1960)
		case "retailer":
			cats = "plush:25 acrylic:25 beaded:15 functional:20 metal_enamel:10 crochet:5"
			st.Founded = r.between(2000, 2022)
		default:
			st.Founded = r.between(2012, 2024)
		}
		if region == "europe" {
			p.eco += 0.15
		}
		p.cats, p.catW = parseCats(cats)
		st.Description = fmt.Sprintf("%s %s from %s.", article(kindNoun[kind]), kindNoun[kind], c.name)
		st.Website = "https://" + strings.TrimSuffix(st.Slug, "-"+ds.Tag) + ".example"
		ds.addStudio(st, p)
		if kind == "ip_brand" {
			for j := r.between(1, 2); j > 0; j-- {
				ds.addExtraIP(r, len(ds.Studios)-1, used)
			}
		}
	}
}

var kindNoun = map[string]string{
	"ip_brand": "character brand", "independent": "independent charm maker", "museum": "museum with a shop of heritage charms",
	"luxury": "leather-goods house making miniature bag charms", "retailer": "retail chain with its own line of charms",
}

func article(s string) string {
	if strings.ContainsAny(s[:1], "aeiouAEIOU") {
		return "An"
	}
	return "A"
}

func (ds *Dataset) addExtraIP(r rng, studio int, used map[string]int) {
	food, animal := pick(r, charFoods), pick(r, charAnimals)
	name := food.en + " " + animal.en
	ip := catalog.IP{Slug: uniqueSlug(used, ds.slug(slugify(name))), Name: name,
		Description: fmt.Sprintf("%s %s who smells faintly of %s.", article(animal.en), strings.ToLower(animal.en), strings.ToLower(food.en))}
	if ds.Studios[studio].NameZH != "" {
		ip.NameZH = food.zh + animal.zh
	}
	ds.addIP(studio, ip, ipPlan{themes: []string{"kawaii"}, palette: ds.studios[studio].palette})
}

func studioName(r rng, kind string, c city) (en, zh string) {
	adj, noun := pick(r, nameAdjectives), pick(r, nameNouns)
	zhp := pick(r, zhPrefixes)
	switch kind {
	case "ip_brand":
		return adj + " " + noun + " " + pick(r, brandSuffixes), zhp + pick(r, zhBrand)
	case "retailer":
		return noun + " " + pick(r, retailSuffixes), zhp + pick(r, zhRetail)
	case "museum":
		sub := pick(r, museumSubjects)
		return c.name + " Museum of " + sub.en, c.zh + sub.zh + "博物馆"
	case "luxury":
		return fmt.Sprintf(pick(r, houseForms), pick(r, houseNames)), zhp + "坊"
	}
	return adj + " " + noun + " " + pick(r, indieSuffixes), zhp + pick(r, zhIndie)
}

func citiesIn(region string) []city {
	var out []city
	for _, c := range cities {
		if c.region == region {
			out = append(out, c)
		}
	}
	return out
}

// slugify lowercases s and joins its letters and digits with hyphens.
func slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		case r == '&':
			dash = true
			if b.Len() > 0 {
				b.WriteString("-and")
			}
		default:
			dash = true
		}
	}
	if out := b.String(); len(out) <= 70 {
		return out
	}
	return strings.TrimRight(b.String()[:70], "-")
}

// uniqueSlug returns s, or s with a number when s is taken, and marks it used.
func uniqueSlug(used map[string]int, s string) string {
	base := s
	for n := 2; used[s] > 0; n++ {
		s = base + "-" + strconv.Itoa(n)
	}
	used[s]++
	return s
}

// skuCode makes a SKU prefix from a name's initials and a number.
func skuCode(name string, k int) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if r := w[0]; r >= 'A' && r <= 'Z' {
			b.WriteByte(r)
		}
	}
	return b.String() + strconv.Itoa(k+1)
}
