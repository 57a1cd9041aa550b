package web

import (
	"context"
	"net/http"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/errs"
)

// CharmPage is /charms/{id}: every attribute of a charm, how to care for
// it, its series and where to buy it genuine.
type CharmPage struct {
	Base
	Charm    *catalog.Charm
	Studio   *catalog.Studio
	Series   *catalog.Series // nil outside a series
	Siblings []catalog.Charm // the rest of its series
	Care     []string        // care paragraphs in the visitor's language
	Sellers  []catalog.Seller
	Heritage bool // a cultural piece: its story leads the page
}

// maxSellersShown bounds the "where to buy" list on a charm page; the
// seller directory has the rest.
const maxSellersShown = 8

// charmShow answers GET /charms/{id}; an unknown or malformed id is 404.
func (s *Server) charmShow(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	c, err := s.deps.Catalog.Charm(ctx, id)
	if err != nil {
		return errs.Wrap("charm page", err)
	}
	b := s.base(r, "catalog.charm.title", c.Name)
	b.Title = b.Local(c.Name, c.NameZH)
	p := &CharmPage{Base: b, Charm: c, Care: charmCare(&b, c)}
	p.Heritage = c.Story != "" && (c.Category == "cultural" || catalog.In(c.Themes, "heritage"))
	if p.Studio, err = s.deps.Catalog.StudioByID(ctx, c.StudioID); err != nil {
		return errs.Wrap("charm page studio", err)
	}
	if c.SeriesID != 0 {
		if p.Series, p.Siblings, err = s.charmSeries(ctx, c); err != nil {
			return err
		}
	}
	sellers, err := s.deps.Catalog.Sellers(ctx, catalog.SellerFilter{StudioID: c.StudioID, Limit: maxSellersShown})
	if err != nil {
		return errs.Wrap("charm page sellers", err)
	}
	p.Sellers = sellers.Items
	return s.render(w, r, http.StatusOK, "charm_show", p)
}

// charmSeries returns the charm's series and its other figures.
func (s *Server) charmSeries(ctx context.Context, c *catalog.Charm) (*catalog.Series, []catalog.Charm, error) {
	sr, err := s.deps.Catalog.Series(ctx, c.SeriesSlug)
	if err != nil {
		return nil, nil, errs.Wrap("charm page series", err)
	}
	all, err := s.deps.Catalog.SeriesCharms(ctx, c.SeriesID)
	if err != nil {
		return nil, nil, errs.Wrap("charm page series charms", err)
	}
	siblings := make([]catalog.Charm, 0, len(all))
	for _, o := range all {
		if o.ID != c.ID {
			siblings = append(siblings, o)
		}
	}
	return sr, siblings, nil
}

// charmCare is the charm's own care text when it has one, otherwise the
// instructions that follow from its materials.
func charmCare(b *Base, c *catalog.Charm) []string {
	if c.Care != "" {
		return []string{c.Care}
	}
	var out []string
	for _, f := range c.CareFamilies() {
		out = append(out, b.T("care."+f))
	}
	return out
}
