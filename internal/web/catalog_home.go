package web

import (
	"context"
	"html/template"
	"slices"
	"sync"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/catalog/search"
	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/web/illustration"
)

// The sections of the home page.

// CategoryTile is a category with its picture and number of charms.
type CategoryTile struct {
	Code  string
	Label string
	Count int
	Art   template.URL
}

// categoryArt caches the category pictures: they depend only on the
// category and the drawings' version, so they are drawn once per process.
var categoryArt = sync.OnceValue(func() map[string]template.URL {
	out := make(map[string]template.URL, len(catalog.Categories))
	for _, c := range catalog.Categories {
		out[c] = svgDataURI(illustration.Category(c, ""))
	}
	return out
})

// mysteryArt is the secret-figure teaser, drawn once per process.
var mysteryArt = sync.OnceValue(func() template.URL { return svgDataURI(illustration.Mystery("")) })

// categoryTiles lists every category in vocabulary order with its count.
func categoryTiles(b *Base, counts []search.FacetValue) []CategoryTile {
	art := categoryArt()
	out := make([]CategoryTile, 0, len(catalog.Categories))
	for _, c := range catalog.Categories {
		t := CategoryTile{Code: c, Label: b.Label("category", c), Art: art[c]}
		for _, fv := range counts {
			if fv.Value == c {
				t.Count = fv.Count
			}
		}
		out = append(out, t)
	}
	return out
}

// topValues returns the n values with the highest counts.
func topValues(values []search.FacetValue, n int) []search.FacetValue {
	out := append([]search.FacetValue(nil), values...)
	sortFacet("", out)
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// FeaturedSeries is a blind-box series with its figures; the secret ones
// are only counted, so the home page can tease them without spoiling.
type FeaturedSeries struct {
	catalog.Series
	Figures []catalog.Charm // regular and chase figures
	Secret  int
	Mystery template.URL
}

// maxFeaturedFigures bounds the figures shown per featured series.
const maxFeaturedFigures = 4

// featuredSeries returns the newest blind-box series that have figures.
func (s *Server) featuredSeries(ctx context.Context, n int) ([]FeaturedSeries, error) {
	page, err := s.deps.Catalog.SeriesList(ctx, catalog.SeriesFilter{Kind: "blind_box", Limit: n * 2})
	if err != nil {
		return nil, errs.Wrap("featured series", err)
	}
	var out []FeaturedSeries
	for _, sr := range page.Items {
		charms, err := s.deps.Catalog.SeriesCharms(ctx, sr.ID)
		if err != nil {
			return nil, errs.Wrap("featured series figures", err)
		}
		f := FeaturedSeries{Series: sr}
		for _, c := range charms {
			if c.Rarity == "secret" {
				f.Secret++
			} else if len(f.Figures) < maxFeaturedFigures {
				f.Figures = append(f.Figures, c)
			}
		}
		if len(f.Figures) == 0 {
			continue
		}
		if f.Secret > 0 {
			f.Mystery = mysteryArt()
		}
		if out = append(out, f); len(out) == n {
			break
		}
	}
	return out, nil
}

// StudioKindGroup is a few studios of one kind.
type StudioKindGroup struct {
	Kind    string
	Total   int
	Studios []catalog.Studio
}

// studiosByKind returns up to n studios of every kind, so museums and
// independent creators stand next to the big brands.
func (s *Server) studiosByKind(ctx context.Context, n int) ([]StudioKindGroup, error) {
	var out []StudioKindGroup
	for _, kind := range catalog.StudioKinds {
		page, err := s.deps.Catalog.Studios(ctx, catalog.StudioFilter{Kind: kind, Limit: n})
		if err != nil {
			return nil, errs.Wrap("studios by kind", err)
		}
		if len(page.Items) > 0 {
			out = append(out, StudioKindGroup{Kind: kind, Total: page.Total, Studios: page.Items})
		}
	}
	return out, nil
}

// topCities returns the n cities with the most authorised sellers.
func (s *Server) topCities(ctx context.Context, n int) ([]catalog.City, error) {
	cities, err := s.deps.Catalog.SellerCities(ctx)
	if err != nil {
		return nil, errs.Wrap("top cities", err)
	}
	slices.SortStableFunc(cities, func(a, b catalog.City) int { return b.Sellers - a.Sellers })
	if len(cities) > n {
		cities = cities[:n]
	}
	return cities, nil
}
