package demo

import (
	"reflect"
	"slices"
	"testing"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/money"
)

// mustGenerate generates a data set and collects its charms.
func mustGenerate(t testing.TB, seed int64, charms int) (*Dataset, []catalog.Charm) {
	t.Helper()
	ds, err := Generate(seed, charms, "")
	if err != nil {
		t.Fatalf("generate: %v", err)
	}
	return ds, slices.Collect(ds.Charms())
}

func TestGenerate(t *testing.T) {
	t.Run("SameSeedSameDataSet", func(t *testing.T) {
		a, ac := mustGenerate(t, 7, 0)
		b, bc := mustGenerate(t, 7, 0)
		if !reflect.DeepEqual(a, b) || !reflect.DeepEqual(ac, bc) {
			t.Fatal("two data sets of seed 7 differ")
		}
		if again := slices.Collect(a.Charms()); !reflect.DeepEqual(again, ac) {
			t.Fatal("a second pass over the charms yields different charms")
		}
	})
	t.Run("DifferentSeedDifferentCharms", func(t *testing.T) {
		_, ac := mustGenerate(t, 7, 0)
		_, bc := mustGenerate(t, 8, 0)
		same := 0
		for i := range ac {
			if ac[i].Name == bc[i].Name && ac[i].ListPrice == bc[i].ListPrice && ac[i].WeightG == bc[i].WeightG {
				same++
			}
		}
		if same > len(ac)/10 {
			t.Fatalf("%d of %d charms are the same under seeds 7 and 8", same, len(ac))
		}
	})
	t.Run("RejectsTinySets", func(t *testing.T) {
		if _, err := Generate(1, MinCharms-1, ""); err == nil {
			t.Fatal("a set below MinCharms was generated")
		}
	})
	t.Run("TagMakesSlugsAndIDsDistinct", func(t *testing.T) {
		ds, err := Generate(3, 0, "s3")
		if err != nil {
			t.Fatal(err)
		}
		c := slices.Collect(ds.Charms())
		if ds.Studios[0].Slug != "moonbun-toys-s3" || c[0].ExternalID != "demo-s3-0000001" {
			t.Fatalf("tagged slug %q, external id %q", ds.Studios[0].Slug, c[0].ExternalID)
		}
	})
}

func TestStandardSetCoverage(t *testing.T) {
	for _, seed := range []int64{20260, 1, 99} {
		ds, charms := mustGenerate(t, seed, 0)
		checkCast(t, ds)
		checkCharms(t, ds, charms)
		checkSeries(t, ds, charms)
	}
}

func checkCast(t *testing.T, ds *Dataset) {
	t.Helper()
	if len(ds.Studios) < 40 {
		t.Errorf("%d studios, want 40+", len(ds.Studios))
	}
	kinds, regions := countBy(ds.Studios, func(s catalog.Studio) string { return s.Kind }), countBy(ds.Studios, func(s catalog.Studio) string { return s.Region })
	for _, k := range catalog.StudioKinds {
		if kinds[k] < 3 {
			t.Errorf("%d studios of kind %s, want 3+", kinds[k], k)
		}
	}
	for _, r := range catalog.Regions {
		if regions[r] == 0 {
			t.Errorf("no studio in %s", r)
		}
	}
	for _, s := range ds.Studios {
		if s.Region == "east_asia" && s.NameZH == "" {
			t.Errorf("East Asian studio %s has no Chinese name", s.Slug)
		}
		if s.Kind == "museum" && s.Story == "" {
			t.Errorf("museum %s has no heritage story", s.Slug)
		}
	}
	if len(ds.Sellers) < 30 {
		t.Errorf("%d sellers, want 30+", len(ds.Sellers))
	}
	sellerCities := countBy(ds.Sellers, func(s catalog.Seller) string { return s.City })
	sellerRegions := countBy(ds.Sellers, func(s catalog.Seller) string { return s.Region })
	if len(sellerCities) < 8 || len(sellerRegions) != len(catalog.Regions) {
		t.Errorf("sellers in %d cities and %d regions, want 8+ and all %d", len(sellerCities), len(sellerRegions), len(catalog.Regions))
	}
	for _, s := range ds.Sellers {
		if len(s.StudioIDs) == 0 || !catalog.In(catalog.SellerKinds, s.Kind) || (s.Address == "" && s.Website == "") {
			t.Errorf("seller %s: %d studios, kind %q, no address or website", s.Slug, len(s.StudioIDs), s.Kind)
		}
	}
	checkSlugs(t, ds)
	for _, c := range money.Codes[1:] {
		if ds.Rates[c] <= 0 {
			t.Errorf("no demo rate for %s", c)
		}
	}
}

func checkSlugs(t *testing.T, ds *Dataset) {
	t.Helper()
	var slugs []string
	for _, s := range ds.Studios {
		slugs = append(slugs, s.Slug)
	}
	for _, s := range ds.IPs {
		slugs = append(slugs, s.Slug)
	}
	for _, s := range ds.Series {
		slugs = append(slugs, s.Slug)
	}
	for _, s := range ds.Sellers {
		slugs = append(slugs, s.Slug)
	}
	seen := map[string]bool{}
	for _, s := range slugs {
		if s != slugify(s) || len(s) > 80 {
			t.Errorf("slug %q is not a clean slug", s)
		}
		if seen[s] && !slices.Contains(sharedSlugs, s) {
			t.Errorf("slug %q is used twice", s)
		}
		seen[s] = true
	}
}

// sharedSlugs are slugs a studio and its own IP may share (different tables).
var sharedSlugs = []string{}

func countBy[T any](xs []T, key func(T) string) map[string]int {
	m := map[string]int{}
	for _, x := range xs {
		m[key(x)]++
	}
	return m
}
