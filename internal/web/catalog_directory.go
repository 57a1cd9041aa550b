package web

import (
	"context"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/errs"
)

// maxDirectoryStudios bounds how many studios the seller directory lists
// as filter options; beyond it the studio filter is reached from a studio's
// own page ("where to buy").
const maxDirectoryStudios = 2000

// StudioRef names a studio for a link.
type StudioRef struct {
	Name, Slug string
}

// studioDirectory reads every studio by name, page by page, with a map
// from id to name and slug for labelling the studios sellers carry.
func (s *Server) studioDirectory(ctx context.Context) ([]catalog.Studio, map[int64]*StudioRef, error) {
	var all []catalog.Studio
	cursor := ""
	for len(all) < maxDirectoryStudios {
		page, err := s.deps.Catalog.Studios(ctx, catalog.StudioFilter{Cursor: cursor, Limit: catalog.MaxLimit})
		if err != nil {
			return nil, nil, errs.Wrap("studio directory", err)
		}
		all = append(all, page.Items...)
		if cursor = page.Next; cursor == "" {
			break
		}
	}
	lang := Base{Lang: visitorOf(ctx).Lang}
	refs := make(map[int64]*StudioRef, len(all))
	for _, st := range all {
		refs[st.ID] = &StudioRef{Name: lang.Local(st.Name, st.NameZH), Slug: st.Slug}
	}
	return all, refs, nil
}

func studioBySlug(list []catalog.Studio, slug string) *catalog.Studio {
	for i := range list {
		if list[i].Slug == slug {
			return &list[i]
		}
	}
	return nil
}

// CityGroup is the cities of one region that have sellers.
type CityGroup struct {
	Region string
	Cities []catalog.City
	Total  int
}

// groupCities groups cities by region in the vocabulary's order.
func groupCities(cities []catalog.City) []CityGroup {
	var out []CityGroup
	for _, region := range catalog.Regions {
		g := CityGroup{Region: region}
		for _, c := range cities {
			if c.Region == region {
				g.Cities = append(g.Cities, c)
				g.Total += c.Sellers
			}
		}
		if len(g.Cities) > 0 {
			out = append(out, g)
		}
	}
	return out
}
