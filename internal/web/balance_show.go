package web

import (
	"html/template"
	"net/http"
	"strings"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/i18n"
	"github.com/charmory/charmory/internal/web/chart"
)

// BalancePage is /collection/balance: how the collection is spread by
// category, material, theme, region and maker, as charts, with a short
// reading of what stands out.
type BalancePage struct {
	insightBase
	Balance    *collection.Balance
	Readings   []string
	Categories template.HTML
	Makers     template.HTML
	Materials  template.HTML
	Themes     template.HTML
	Regions    template.HTML
}

// balanceBars bounds the bars of one breakdown; the rest are rare.
const balanceBars = 10

// balanceShow answers GET /collection/balance.
func (s *Server) balanceShow(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "balanceShow")
	if err != nil {
		return err
	}
	bal, err := s.deps.Collection.Balance(r.Context(), u.ID, u.ID)
	if err != nil {
		return err
	}
	p := &BalancePage{insightBase: s.insightBaseOf(r, "balance.title"), Balance: bal}
	if bal.Items > 0 {
		p.Readings = p.readings(bal)
		p.Categories = chart.DonutChart{ID: "balance-categories", Title: p.T("balance.categories"),
			Center: p.T("balance.items_n", bal.Items), Slices: p.shareSlices("category", bal.Categories)}.SVG()
		p.Makers = p.donut("balance-makers", "balance.makers", "maker", bal.Makers)
		p.Materials = p.bars("balance-materials", "balance.materials", "material", topShares(bal.Materials, balanceBars))
		p.Themes = p.bars("balance-themes", "balance.themes", "theme", topShares(bal.Themes, balanceBars))
		p.Regions = p.bars("balance-regions", "balance.regions", "region", bal.Regions)
	}
	return s.render(w, r, http.StatusOK, "balance", p)
}

// topShares is the first n shares.
func topShares(shares []collection.Share, n int) []collection.Share {
	return shares[:min(len(shares), n)]
}

// contrasts names, for a category that dominates a collection, two
// categories whose texture and look would balance it.
var contrasts = map[string][2]string{
	"plush":        {"metal_enamel", "beaded"},
	"metal_enamel": {"plush", "crochet"},
	"beaded":       {"leather", "plush"},
	"acrylic":      {"crochet", "metal_enamel"},
	"functional":   {"plush", "beaded"},
	"crochet":      {"metal_enamel", "acrylic"},
	"leather":      {"beaded", "plush"},
	"cultural":     {"acrylic", "plush"},
	"luxury_mini":  {"crochet", "beaded"},
}

// Thresholds of the balance readings, in percent.
const (
	dominantCategory = 50 // one category is half the collection or more
	dominantRegion   = 80
	bigBrandsShare   = 60 // big brands make this much or more …
	fewIndependents  = 20 // … and independent artists less than this
	readingMinItems  = 5  // below this, shares say little
)

// readings says in words what stands out in the balance: a dominant
// category with what would add texture, big brands crowding out
// independent artists, a single region; or that nothing does.
func (p *BalancePage) readings(b *collection.Balance) []string {
	var out []string
	if len(b.Categories) > 0 && b.Categories[0].Percent >= dominantCategory {
		top := b.Categories[0]
		if c, ok := contrasts[top.Key]; ok {
			out = append(out, p.T("balance.reading_category", top.Percent, p.word("category", top.Key),
				p.word("category", c[0]), p.word("category", c[1])))
		}
	}
	if b.Items >= readingMinItems {
		brands, indie := 0, 0
		for _, sh := range b.Makers {
			switch sh.Key {
			case "ip_brand", "luxury", "retailer":
				brands += sh.Percent
			case "independent":
				indie = sh.Percent
			}
		}
		if brands >= bigBrandsShare && indie < fewIndependents {
			out = append(out, p.T("balance.reading_makers", brands))
		}
		if len(b.Regions) > 0 && b.Regions[0].Percent >= dominantRegion {
			out = append(out, p.T("balance.reading_region", b.Regions[0].Percent, p.Label("region", b.Regions[0].Key)))
		}
	}
	if len(out) == 0 {
		out = append(out, p.T("balance.reading_even"))
	}
	return out
}

// word is a vocabulary label as it reads inside an English sentence
// (lower case); Chinese has no case.
func (p *BalancePage) word(kind, code string) string {
	if p.Lang == i18n.English {
		return strings.ToLower(p.Label(kind, code))
	}
	return p.Label(kind, code)
}
