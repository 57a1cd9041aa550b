package demo

import (
	"fmt"

	"github.com/charmory/charmory/internal/catalog"
)

// blindBoxCats are the categories blind boxes are made in.
var blindBoxCats = map[string]bool{"plush": true, "acrylic": true, "metal_enamel": true, "cultural": true, "beaded": true}

func (ds *Dataset) addExtraSeries(r rng, n int) {
	used, names := map[string]int{}, map[string]int{}
	for _, s := range ds.Series {
		used[s.Slug]++
		names[s.Name]++
	}
	var makers, weights []int
	for i, s := range ds.Studios {
		if s.Kind != "luxury" {
			makers, weights = append(makers, i), append(weights, ds.studios[i].weight)
		}
	}
	for k := 0; k < n; k++ {
		si := makers[r.weighted(weights)]
		sp := ds.studios[si]
		ip := -1
		if len(sp.ips) > 0 {
			ip = pick(r, sp.ips)
		}
		set := figureSetByKey("museum-night") // museums show their collections
		if ds.Studios[si].Kind != "museum" {
			set = &figureSets[r.intn(len(figureSets))]
			for set.key == "museum-night" || set.useChars && (ip < 0 || len(ds.ips[ip].chars) < 4) {
				set = &figureSets[r.intn(len(figureSets))]
			}
		}
		cat := sp.cats[r.weighted(sp.catW)]
		blind := blindBoxCats[cat] && r.chance(0.65)
		pieces, box := r.between(4, 8), int64(0)
		if blind {
			lo, hi := priceBand(cat, ds.Studios[si].Region, false)
			pieces, box = r.between(6, 12), drawCNY(r, lo, hi)
		}
		release := fmt.Sprintf("%d-%02d-%02d", releaseYear(r, ds.Studios[si].Founded), r.between(1, 12), r.between(1, 28))
		prefix := ds.Studios[si].Name
		if ip >= 0 {
			prefix = ds.IPs[ip].Name
		}
		slug := uniqueSlug(used, ds.slug(slugify(prefix+" "+set.en)))
		ds.addSeries(slug, si, ip, set, cat, blind, release, pieces, box)
		last := &ds.Series[len(ds.Series)-1]
		names[last.Name]++
		if v := names[last.Name]; v > 1 { // a later volume of the same line
			last.Name += fmt.Sprintf(" Vol. %d", v)
			if last.NameZH != "" {
				last.NameZH += fmt.Sprintf(" 第%d弹", v)
			}
		}
	}
}

func (ds *Dataset) addExtraSellers(r rng, n int) {
	used := map[string]int{}
	for _, s := range ds.Sellers {
		used[s.Slug]++
	}
	byKind := map[string][]int{}
	for i, s := range ds.Studios {
		byKind[s.Kind] = append(byKind[s.Kind], i)
	}
	for k := 0; k < n; k++ {
		c := cities[r.intn(len(cities))]
		kind := catalog.SellerKinds[r.weighted([]int{25, 10, 30, 20, 10, 5})]
		sl := catalog.Seller{Kind: kind, City: c.name, Region: c.region, Country: c.country, Verified: r.chance(0.8)}
		var studios []int
		switch kind {
		case "official_store", "pop_up":
			si := r.intn(len(ds.Studios))
			for ds.Studios[si].Kind == "museum" {
				si = r.intn(len(ds.Studios))
			}
			studios = []int{si}
			label := map[string]string{"official_store": " Store, ", "pop_up": " Pop-up, "}[kind]
			sl.Name = ds.Studios[si].Name + label + c.name
		case "museum_shop":
			si := pick(r, byKind["museum"])
			studios, sl.Name = []int{si}, ds.Studios[si].Name+" Shop"
		case "department_store":
			studios = pickIndexes(r, append(append([]int{}, byKind["luxury"]...), byKind["retailer"]...), r.between(3, 6))
			sl.Name = pick(r, houseNames) + "'s"
		default: // grain stores and online shops carry many brands and makers
			pool := append(append([]int{}, byKind["ip_brand"]...), byKind["independent"]...)
			studios = pickIndexes(r, pool, r.between(3, 8))
			sl.Name = pick(r, nameAdjectives) + " " + pick(r, nameNouns) + map[string]string{"grain_store": " Grain House", "online_shop": " Online"}[kind]
			if c.hasZH && kind == "grain_store" {
				sl.NameZH = pick(r, zhPrefixes) + "谷子店"
			}
		}
		if kind == "online_shop" {
			sl.Website = "https://" + slugify(sl.Name) + ".example"
		} else {
			sl.Address = fmt.Sprintf(pick(r, c.streets), r.between(2, 400))
		}
		sl.Slug = uniqueSlug(used, ds.slug(slugify(sl.Name)))
		for _, si := range studios {
			sl.StudioIDs = append(sl.StudioIDs, ds.Studios[si].ID)
		}
		ds.addSeller(sl)
	}
}

// pickIndexes draws up to n distinct elements of xs.
func pickIndexes(r rng, xs []int, n int) []int {
	xs = append([]int{}, xs...)
	n = min(n, len(xs))
	for i := 0; i < n; i++ {
		j := i + r.intn(len(xs)-i)
		xs[i], xs[j] = xs[j], xs[i]
	}
	return xs[:n]
}
