package demo

import (
	"encoding/json"
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
	tables := map[string][]string{}
	for _, s := range ds.Studios {
		tables["studios"] = append(tables["studios"], s.Slug)
	}
	for _, s := range ds.IPs {
		tables["ips"] = append(tables["ips"], s.Slug)
	}
	for _, s := range ds.Series {
		tables["series"] = append(tables["series"], s.Slug)
	}
	for _, s := range ds.Sellers {
		tables["sellers"] = append(tables["sellers"], s.Slug)
	}
	for table, slugs := range tables {
		seen := map[string]bool{}
		for _, s := range slugs {
			if s != slugify(s) || len(s) > 80 {
				t.Errorf("%s slug %q is not a clean slug", table, s)
			}
			if seen[s] {
				t.Errorf("%s slug %q is used twice", table, s)
			}
			seen[s] = true
		}
	}
}

func countBy[T any](xs []T, key func(T) string) map[string]int {
	m := map[string]int{}
	for _, x := range xs {
		m[key(x)]++
	}
	return m
}

func TestAppendChangesIsJSON(t *testing.T) {
	changes := []catalog.Change{{Field: "name", New: "Quote \" back\\slash\ttab 麻薯 <b>"}, {Field: "story", Old: "a\nb", New: ""}}
	var back []catalog.Change
	if err := json.Unmarshal(appendChanges(nil, changes), &back); err != nil || !reflect.DeepEqual(back, changes) {
		t.Fatalf("round trip = %+v, %v", back, err)
	}
}
