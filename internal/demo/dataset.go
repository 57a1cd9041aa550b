package demo

import (
	"fmt"
	"strings"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/money"
)

// StandardCharms is the number of charms in the standard data set.
const StandardCharms = 640

// MinCharms is the smallest data set: enough for every series' figures.
const MinCharms = 200

// Dataset is a generated demo data set. Ids are local: 1-based and dense in
// slice order (charms in the order Charms yields them); the loader shifts
// them past the rows already in the database.
type Dataset struct {
	Seed    int64
	Tag     string // suffix that keeps slugs and external ids unique when appending
	Total   int    // number of charms Charms yields
	Studios []catalog.Studio
	IPs     []catalog.IP
	Series  []catalog.Series
	Sellers []catalog.Seller
	Rates   money.Rates

	studios []studioPlan // parallel to Studios
	ips     []ipPlan     // parallel to IPs
	series  []seriesPlan // parallel to Series
}

// studioPlan is what the charm generator knows about a studio.
type studioPlan struct {
	code, currency  string
	weight          int
	cats            []string
	catW            []int
	themes, palette []string
	eco             float64
	ips             []int // indexes into IPs
	artefacts       []artefact
}

type ipPlan struct {
	studio          int
	themes, palette []string
	chars           []term
}

type seriesPlan struct {
	studio, ip int // indexes; ip -1 for none
	set        *figureSet
	category   string
	pieces     int
	boxCNY     int64 // CNY minor units; 0 for standard series
}

// Generate builds the data set of seed with charms charms (0: the standard
// set). A non-empty tag is appended to every slug and external id so the
// set can be loaded next to another one. The same arguments always give the
// same data set.
func Generate(seed int64, charms int, tag string) (*Dataset, error) {
	if charms == 0 {
		charms = StandardCharms
	}
	if charms < MinCharms {
		return nil, fmt.Errorf("a demo data set has at least %d charms, not %d", MinCharms, charms)
	}
	ds := &Dataset{Seed: seed, Tag: tag, Total: charms, Rates: money.Rates{}}
	for k, v := range Rates {
		ds.Rates[k] = v
	}
	ds.addBaseStudios()
	ds.addExtraStudios(newRNG(seed, streamStudios), max(0, charms/2000-len(baseStudios)))
	ds.addBaseSeries()
	ds.addExtraSeries(newRNG(seed, streamSeries), max(0, (charms-StandardCharms)/600))
	ds.addBaseSellers()
	ds.addExtraSellers(newRNG(seed, streamSellers), max(0, charms/10000-len(baseSellers)))
	return ds, nil
}

// FigureCount is the number of charms that belong to series.
func (ds *Dataset) FigureCount() int {
	n := 0
	for _, sp := range ds.series {
		n += sp.pieces
		if sp.boxCNY > 0 {
			n += 2 // chase and secret
		}
	}
	return n
}

// slug returns s with the data set's tag.
func (ds *Dataset) slug(s string) string {
	if ds.Tag == "" {
		return s
	}
	return s + "-" + ds.Tag
}

// externalID is the stable id of the n-th charm (1-based).
func (ds *Dataset) externalID(n int) string {
	if ds.Tag == "" {
		return fmt.Sprintf("demo-%07d", n)
	}
	return fmt.Sprintf("demo-%s-%07d", ds.Tag, n)
}

// parseCats reads "plush:40 acrylic:20" into categories and weights.
func parseCats(s string) ([]string, []int) {
	var cats []string
	var ws []int
	for _, f := range strings.Fields(s) {
		name, w, _ := strings.Cut(f, ":")
		n := 0
		fmt.Sscanf(w, "%d", &n)
		cats, ws = append(cats, name), append(ws, n)
	}
	return cats, ws
}

func (ds *Dataset) studioIndex(slug string) int {
	for i, s := range ds.Studios {
		if s.Slug == ds.slug(slug) {
			return i
		}
	}
	panic("demo: unknown studio " + slug) // the tables are checked by tests
}

func (ds *Dataset) ipIndex(slug string) int {
	if slug == "" {
		return -1
	}
	for i, ip := range ds.IPs {
		if ip.Slug == ds.slug(slug) {
			return i
		}
	}
	panic("demo: unknown IP " + slug)
}
