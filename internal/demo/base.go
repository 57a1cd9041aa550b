package demo

import (
	"fmt"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/money"
)

// addBaseStudios adds the hand-written studios and their IPs.
func (ds *Dataset) addBaseStudios() {
	for _, s := range baseStudios {
		cats, ws := parseCats(s.cats)
		ds.addStudio(catalog.Studio{
			Slug: ds.slug(s.slug), Name: s.name, NameZH: s.nameZH, Kind: s.kind,
			Region: s.region, Country: s.country, City: s.city, Founded: s.founded,
			Description: s.desc, Story: s.story, Website: "https://" + s.slug + ".example", Verified: true,
		}, studioPlan{
			code: s.code, currency: s.currency, weight: s.weight, cats: cats, catW: ws,
			themes: s.themes, palette: s.palette, eco: s.eco, artefacts: artefacts[s.slug],
		})
	}
	for _, ip := range baseIPs {
		ds.addIP(ds.studioIndex(ip.studio), catalog.IP{Slug: ds.slug(ip.slug), Name: ip.name, NameZH: ip.nameZH, Description: ip.desc},
			ipPlan{themes: ip.themes, palette: ip.palette, chars: ip.chars})
	}
}

func (ds *Dataset) addStudio(s catalog.Studio, p studioPlan) {
	s.ID = int64(len(ds.Studios) + 1)
	ds.Studios = append(ds.Studios, s)
	ds.studios = append(ds.studios, p)
}

func (ds *Dataset) addIP(studio int, ip catalog.IP, p ipPlan) {
	ip.ID = int64(len(ds.IPs) + 1)
	ip.StudioID = ds.Studios[studio].ID
	p.studio = studio
	ds.IPs = append(ds.IPs, ip)
	ds.ips = append(ds.ips, p)
	ds.studios[studio].ips = append(ds.studios[studio].ips, len(ds.IPs)-1)
}

// addBaseSeries adds the hand-written series.
func (ds *Dataset) addBaseSeries() {
	for _, s := range baseSeries {
		si, ii := ds.studioIndex(s.studio), ds.ipIndex(s.ip)
		ds.addSeries(s.slug, si, ii, figureSetByKey(s.set), s.category, s.kind == "blind_box", s.release, s.pieces, s.boxCNY*100)
	}
}

// addSeries adds a series; box is the blind-box price in CNY minor units.
func (ds *Dataset) addSeries(slug string, studio, ip int, set *figureSet, category string, blind bool, release string, pieces int, box int64) {
	st := ds.Studios[studio]
	prefix, prefixZH := st.Name, st.NameZH
	var ipID int64
	if ip >= 0 {
		prefix, prefixZH, ipID = ds.IPs[ip].Name, ds.IPs[ip].NameZH, ds.IPs[ip].ID
		if set.useChars {
			pieces = min(pieces, len(ds.ips[ip].chars))
		}
	}
	sr := catalog.Series{
		Slug: ds.slug(slug), StudioID: st.ID, IPID: ipID, Kind: "standard", ReleaseDate: release,
		Currency: ds.studios[studio].currency,
	}
	noun := categoryNoun[category]
	if blind {
		lo, hi := priceBand(category, st.Region, false)
		sr.Kind, sr.BoxPrice = "blind_box", shelfPrice(box, sr.Currency, lo, hi, false)
		sr.Name = prefix + " " + set.en + " Blind Box"
		sr.Description = fmt.Sprintf("Blind-box series of %d regular figures plus a chase and a secret figure; each box holds one %s at %s.",
			pieces, noun, money.Format(sr.BoxPrice, sr.Currency))
		if prefixZH != "" {
			sr.NameZH = prefixZH + set.zh + "系列盲盒"
		}
	} else {
		sr.Name = prefix + " " + set.en + " Collection"
		sr.Description = fmt.Sprintf("A set of %d %ss released together.", pieces, noun)
		if prefixZH != "" {
			sr.NameZH = prefixZH + set.zh + "系列"
		}
	}
	sr.ID = int64(len(ds.Series) + 1)
	ds.Series = append(ds.Series, sr)
	ds.series = append(ds.series, seriesPlan{studio: studio, ip: ip, set: set, category: category, pieces: pieces, boxCNY: box})
}

// categoryNoun names a category's pieces in a sentence.
var categoryNoun = map[string]string{
	"plush": "plush charm", "metal_enamel": "enamel charm", "beaded": "beaded charm",
	"acrylic": "acrylic charm", "functional": "functional charm", "crochet": "crochet charm",
	"leather": "leather charm", "cultural": "museum charm", "luxury_mini": "luxury mini",
}

// addBaseSellers adds the hand-written authorised sellers.
func (ds *Dataset) addBaseSellers() {
	for _, s := range baseSellers {
		c, ok := cityByName(s.city)
		if !ok {
			panic("demo: unknown city " + s.city)
		}
		sl := catalog.Seller{
			Slug: ds.slug(s.slug), Name: s.name, NameZH: s.nameZH, Kind: s.kind, City: c.name,
			Region: c.region, Country: c.country, Address: s.address, Website: s.website, Verified: true,
		}
		for _, st := range s.studios {
			sl.StudioIDs = append(sl.StudioIDs, ds.Studios[ds.studioIndex(st)].ID)
		}
		ds.addSeller(sl)
	}
}

func (ds *Dataset) addSeller(s catalog.Seller) {
	s.ID = int64(len(ds.Sellers) + 1)
	ds.Sellers = append(ds.Sellers, s)
}
