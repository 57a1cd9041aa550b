package demo

import (
	"fmt"
	"iter"
	"strings"

	"github.com/charmory/charmory/internal/catalog"
)

// draft is a charm being designed: what it shows and how it is named,
// before the generator fills in materials, sizes, prices and text.
type draft struct {
	studio, ip, series int // indexes; ip and series -1 for none
	cat                string
	item               itemType
	subject            string // what the piece shows, for its description
	name, nameZH       string
	themes, palette    []string
	month              int
	story              string
	official           bool
	rarity             string
	release            string
	price              int64 // fixed shelf price (series pieces); 0: drawn
}

// charmGen draws the charms of a data set in order from one stream.
type charmGen struct {
	ds       *Dataset
	r        rng
	seq      []int                 // per-studio SKU counters
	seen     map[uint64]struct{}   // studio+name pairs already used
	studioW  []int                 // studio weights for free charms
	licensed []int                 // IPs retailers carry under licence
	slots    map[string][][]string // parsed itemType.mats
}

func newCharmGen(ds *Dataset) *charmGen {
	g := &charmGen{ds: ds, r: newRNG(ds.Seed, streamCharms), seq: make([]int, len(ds.Studios)),
		seen: make(map[uint64]struct{}, ds.Total), slots: map[string][][]string{}}
	for i, sp := range ds.studios {
		g.studioW = append(g.studioW, sp.weight)
		if ds.Studios[i].Kind == "ip_brand" {
			g.licensed = append(g.licensed, sp.ips...)
		}
	}
	for _, list := range items {
		for _, it := range list {
			g.slots[it.mats] = parseSlots(it.mats)
		}
	}
	return g
}

// Charms yields the data set's charms in id order: the figures of every
// series first, then the free pieces. Each call starts again from the
// seed, so every pass yields the same charms.
func (ds *Dataset) Charms() iter.Seq[catalog.Charm] {
	return func(yield func(catalog.Charm) bool) {
		g := newCharmGen(ds)
		n := 0
		for si := range ds.series {
			for _, d := range g.figures(si) {
				if n >= ds.Total {
					return
				}
				n++
				if !yield(g.finish(&d, n)) {
					return
				}
			}
		}
		for k := 0; n < ds.Total; k++ {
			d := g.free(k)
			n++
			if !yield(g.finish(&d, n)) {
				return
			}
		}
	}
}

// free designs the k-th charm outside series. The first two rounds give
// every studio a piece in each of its two main categories; then studios are
// drawn by weight.
func (g *charmGen) free(k int) draft {
	ds, n := g.ds, len(g.ds.Studios)
	var si int
	var cat string
	if k < 2*n {
		si = k % n
		sp := ds.studios[si]
		cat = sp.cats[(k/n)%len(sp.cats)]
	} else {
		si = g.r.weighted(g.studioW)
		sp := ds.studios[si]
		cat = sp.cats[g.r.weighted(sp.catW)]
	}
	d := g.base(si, cat)
	sp := ds.studios[si]
	switch kind := ds.Studios[si].Kind; {
	case kind == "museum" && len(sp.ips) > 0 && g.r.chance(0.25):
		g.ipDesign(&d, pick(g.r, sp.ips))
		d.story = ds.Studios[si].Story // the mascot's pieces tell the museum's story
	case kind == "museum" && len(sp.artefacts) > 0:
		g.artefactDesign(&d, pick(g.r, sp.artefacts))
	case kind == "luxury":
		g.luxuryDesign(&d)
	case kind == "ip_brand" && len(sp.ips) > 0:
		g.ipDesign(&d, pick(g.r, sp.ips))
	case kind == "retailer" && len(g.licensed) > 0 && g.r.chance(0.3):
		g.ipDesign(&d, pick(g.r, g.licensed))
	default:
		g.ownDesign(&d)
	}
	return d
}

func (g *charmGen) base(si int, cat string) draft {
	return draft{studio: si, ip: -1, series: -1, cat: cat, item: pick(g.r, items[cat]), palette: g.ds.studios[si].palette}
}

// hasZH reports whether a studio names its pieces in Chinese too.
func (g *charmGen) hasZH(si int) bool { return g.ds.Studios[si].NameZH != "" }

func (g *charmGen) ipDesign(d *draft, ip int) {
	p, info := g.ds.ips[ip], g.ds.IPs[ip]
	char := term{en: info.Name, zh: info.NameZH}
	if len(p.chars) > 0 && g.r.chance(0.8) {
		char = pick(g.r, p.chars)
	}
	m := pick(g.r, motifs)
	d.ip, d.subject, d.official, d.month = ip, char.en, true, m.month
	d.name = char.en + " " + m.en + " " + d.item.en
	if g.hasZH(d.studio) && char.zh != "" {
		d.nameZH = char.zh + "·" + m.zh + d.item.zh
	}
	d.themes = concat(p.themes, m.themes)
	d.palette = p.palette
}

func (g *charmGen) artefactDesign(d *draft, a artefact) {
	d.subject, d.official, d.story = a.en, true, a.story
	d.name = a.en + " " + d.item.en
	if g.hasZH(d.studio) {
		d.nameZH = a.zh + d.item.zh
	}
	d.themes = concat([]string{"heritage"}, a.themes)
}

func (g *charmGen) luxuryDesign(d *draft) {
	st, line := g.ds.Studios[d.studio], pick(g.r, luxuryLines)
	d.subject, d.official = line.en+" "+d.item.en, true
	d.name = st.Name + " " + line.en + " " + d.item.en
	if st.NameZH != "" {
		d.nameZH = st.NameZH + "·" + line.zh + d.item.zh
	}
	d.themes = line.themes
}

func (g *charmGen) ownDesign(d *draft) {
	o := pick(g.r, objects)
	en, zh, themes := o.en, o.zh, o.themes
	if g.r.chance(0.5) {
		desc := pick(g.r, descriptors)
		en, zh, themes = desc.en+" "+en, desc.zh+zh, concat(themes, desc.themes)
	}
	d.subject, d.themes = en, themes
	d.name = en + " " + d.item.en
	if g.hasZH(d.studio) {
		d.nameZH = zh + d.item.zh
	}
}

// uniqueName keeps names unique within a studio: a repeat becomes a
// colourway, and failing that a numbered variant.
func (g *charmGen) uniqueName(d *draft, colour string) (string, string) {
	name, zh := d.name, d.nameZH
	if g.claim(d.studio, name) {
		return name, zh
	}
	name = fmt.Sprintf("%s (%s)", d.name, colourNames[colour].en)
	if zh != "" {
		zh = fmt.Sprintf("%s（%s）", d.nameZH, colourNames[colour].zh)
	}
	for n := 2; !g.claim(d.studio, name); n++ {
		name = fmt.Sprintf("%s No. %d", d.name, n)
		if zh != "" {
			zh = fmt.Sprintf("%s %d号", d.nameZH, n)
		}
	}
	return name, zh
}

func (g *charmGen) claim(studio int, name string) bool {
	// FNV-1a over the studio index and the name, inline: this runs once
	// per charm, a million times for a large catalog.
	k := uint64(14695981039346656037) ^ uint64(studio)
	k *= 1099511628211
	for i := 0; i < len(name); i++ {
		k ^= uint64(name[i])
		k *= 1099511628211
	}
	if _, ok := g.seen[k]; ok {
		return false
	}
	g.seen[k] = struct{}{}
	return true
}

// parseSlots reads an itemType's material slots.
func parseSlots(s string) [][]string {
	var out [][]string
	for _, slot := range strings.Split(s, ";") {
		slot = strings.TrimSpace(slot)
		opt := strings.HasSuffix(slot, "?")
		alts := strings.Split(strings.TrimSuffix(slot, "?"), "|")
		if opt {
			alts = append([]string{""}, alts...) // "" means the slot is left out
		}
		out = append(out, alts)
	}
	return out
}

func concat(lists ...[]string) []string {
	var out []string
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}
