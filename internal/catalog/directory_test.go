package catalog

import (
	"reflect"
	"testing"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
)

// walk reads every page of a list through its cursors.
func walk[T any](t *testing.T, page func(cursor string) (*Page[T], error)) (items []T, total int) {
	t.Helper()
	cursor := ""
	for range 100 {
		p, err := page(cursor)
		if err != nil {
			t.Fatalf("page after %q: %v", cursor, err)
		}
		items, total = append(items, p.Items...), p.Total
		if p.Next == "" {
			return items, total
		}
		cursor = p.Next
	}
	t.Fatal("cursor never ended")
	return nil, 0
}

func TestStudios(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d) // "Pop Mart"
		palace := &Studio{Slug: "palace-museum", Name: "Palace Museum", Kind: "museum", Region: "east_asia", Founded: 1925}
		if err := f.s.CreateStudio(ctxBG, palace); err != nil {
			t.Fatal(err)
		}
		for _, st := range []*Studio{
			{Slug: "aurora-beads", Name: "Aurora Beads", Kind: "independent", Region: "europe"},
			{Slug: "knot-and-co", Name: "Knot & Co", Kind: "independent", Region: "north_america"},
		} {
			if err := f.s.CreateStudio(ctxBG, st); err != nil {
				t.Fatal(err)
			}
		}
		f.mustSave(t, f.admin, f.sampleCharm("st-1", "One"))
		f.mustSave(t, f.admin, f.sampleCharm("st-2", "Two"))

		t.Run("PagesByNameWithCharmCounts", func(t *testing.T) {
			items, total := walk(t, func(c string) (*Page[Studio], error) {
				return f.s.Studios(ctxBG, StudioFilter{Cursor: c, Limit: 1})
			})
			var names []string
			for _, st := range items {
				names = append(names, st.Name)
			}
			if want := []string{"Aurora Beads", "Knot & Co", "Palace Museum", "Pop Mart"}; total != 4 || !reflect.DeepEqual(names, want) {
				t.Fatalf("walked %v (total %d)", names, total)
			}
			if items[3].CharmCount != 2 || items[0].CharmCount != 0 {
				t.Fatalf("counts %+v", items)
			}
		})
		t.Run("FiltersByKindAndRegion", func(t *testing.T) {
			p, err := f.s.Studios(ctxBG, StudioFilter{Kind: "independent", Region: "europe"})
			if err != nil || p.Total != 1 || p.Items[0].Slug != "aurora-beads" || p.Next != "" {
				t.Fatalf("got %+v %v", p, err)
			}
			_, err = f.s.Studios(ctxBG, StudioFilter{Kind: "wizard", Cursor: "!!"})
			wantKind(t, err, errs.Invalid)
		})
		t.Run("BySlugAndID", func(t *testing.T) {
			st, err := f.s.Studio(ctxBG, "pop-mart")
			if err != nil || st.CharmCount != 2 || st.ID != f.studio.ID {
				t.Fatalf("got %+v %v", st, err)
			}
			st, err = f.s.StudioByID(ctxBG, palace.ID)
			if err != nil || st.Founded != 1925 || st.Kind != "museum" || st.CreatedAt.IsZero() {
				t.Fatalf("got %+v %v", st, err)
			}
			_, err = f.s.Studio(ctxBG, "nobody")
			wantKind(t, err, errs.NotFound)
		})
		t.Run("CreateValidatesAndRejectsTakenSlug", func(t *testing.T) {
			wantFields(t, f.s.CreateStudio(ctxBG, &Studio{Slug: "Bad Slug", Kind: "guild", Region: "mars", Website: "ftp://x"}),
				"slug", "name", "kind", "region", "website")
			err := f.s.CreateStudio(ctxBG, &Studio{Slug: "pop-mart", Name: "Copy", Kind: "ip_brand", Region: "east_asia"})
			wantKind(t, err, errs.Conflict)
			if fe := errs.FieldsOf(err); len(fe) != 1 || fe[0].Field != "slug" {
				t.Fatalf("fields %v", fe)
			}
		})
	})
}

func TestIPsAndSeries(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d) // IP "Labubu", series "Exciting Macaron" (2023-10-27)
		if err := f.s.CreateIP(ctxBG, &IP{Slug: "crybaby", Name: "Crybaby"}); err != nil {
			t.Fatal(err)
		}
		for _, sr := range []*Series{
			{Slug: "have-a-seat", Name: "Have a Seat", StudioID: f.studio.ID, Kind: "blind_box", ReleaseDate: "2024-07-01"},
			{Slug: "classic-line", Name: "Classic Line", StudioID: f.studio.ID},
		} {
			if err := f.s.CreateSeries(ctxBG, sr); err != nil {
				t.Fatal(err)
			}
		}
		f.mustSave(t, f.admin, f.sampleCharm("sr-1", "Fig"))

		t.Run("IPsByName", func(t *testing.T) {
			ips, err := f.s.IPs(ctxBG)
			if err != nil || len(ips) != 2 || ips[0].Slug != "crybaby" || ips[1].StudioID != f.studio.ID {
				t.Fatalf("got %+v %v", ips, err)
			}
			ip, err := f.s.IP(ctxBG, "labubu")
			if err != nil || ip.ID != f.ip.ID {
				t.Fatalf("got %+v %v", ip, err)
			}
			_, err = f.s.IP(ctxBG, "none")
			wantKind(t, err, errs.NotFound)
			wantFields(t, f.s.CreateIP(ctxBG, &IP{Slug: "x", Name: "X", StudioID: 4040}), "studio_id")
		})
		t.Run("SeriesNewestFirst", func(t *testing.T) {
			items, total := walk(t, func(c string) (*Page[Series], error) {
				return f.s.SeriesList(ctxBG, SeriesFilter{StudioID: f.studio.ID, Cursor: c, Limit: 2})
			})
			var slugs []string
			for _, sr := range items {
				slugs = append(slugs, sr.Slug)
			}
			if want := []string{"have-a-seat", "exciting-macaron", "classic-line"}; total != 3 || !reflect.DeepEqual(slugs, want) {
				t.Fatalf("walked %v (total %d)", slugs, total)
			}
			p, err := f.s.SeriesList(ctxBG, SeriesFilter{Kind: "standard"})
			if err != nil || p.Total != 1 || p.Items[0].Slug != "classic-line" {
				t.Fatalf("standard: %+v %v", p, err)
			}
		})
		t.Run("SeriesBySlugWithCounts", func(t *testing.T) {
			sr, err := f.s.Series(ctxBG, "exciting-macaron")
			if err != nil || sr.CharmCount != 1 || sr.StudioName != "Pop Mart" || sr.IPID != f.ip.ID || sr.BoxPrice != 9900 || sr.Currency != "CNY" {
				t.Fatalf("got %+v %v", sr, err)
			}
		})
		t.Run("CreateSeriesValidates", func(t *testing.T) {
			wantFields(t, f.s.CreateSeries(ctxBG, &Series{Slug: "ok-slug", Name: "N", Kind: "mystery", ReleaseDate: "2024-13-01", BoxPrice: -1}),
				"studio_id", "kind", "release_date", "box_price")
			wantFields(t, f.s.CreateSeries(ctxBG, &Series{Slug: "ok-slug", Name: "N", StudioID: f.studio.ID, IPID: 777}), "ip_id")
		})
	})
}

func TestSellers(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		museum := mustStudio(t, f.s, "palace-museum", "Palace Museum")
		for _, sl := range []*Seller{
			{Slug: "pm-taikoo", Name: "Pop Mart Taikoo Li", Kind: "official_store", City: "Chengdu", Region: "east_asia", Country: "CN", StudioIDs: []int64{f.studio.ID}},
			{Slug: "grain-ss", Name: "Grain Store Sanlitun", Kind: "grain_store", City: "Beijing", Region: "east_asia", Country: "CN", StudioIDs: []int64{f.studio.ID, museum.ID, f.studio.ID}},
			{Slug: "palace-shop", Name: "Palace Museum Shop", Kind: "museum_shop", City: "Beijing", Region: "east_asia", Country: "CN", StudioIDs: []int64{museum.ID}},
			{Slug: "pm-online", Name: "Pop Mart Online", Kind: "online_shop", Region: "southeast_asia"},
			{Slug: "pm-london", Name: "Pop Mart Oxford Street", Kind: "official_store", City: "London", Region: "europe", Country: "GB", StudioIDs: []int64{f.studio.ID}},
		} {
			if err := f.s.CreateSeller(ctxBG, sl); err != nil {
				t.Fatalf("create %s: %v", sl.Slug, err)
			}
		}

		t.Run("PagesByCityThenName", func(t *testing.T) {
			items, total := walk(t, func(c string) (*Page[Seller], error) {
				return f.s.Sellers(ctxBG, SellerFilter{Cursor: c, Limit: 2})
			})
			var slugs []string
			for _, sl := range items {
				slugs = append(slugs, sl.Slug)
			}
			if want := []string{"pm-online", "grain-ss", "palace-shop", "pm-taikoo", "pm-london"}; total != 5 || !reflect.DeepEqual(slugs, want) {
				t.Fatalf("walked %v (total %d)", slugs, total)
			}
			if !reflect.DeepEqual(items[1].StudioIDs, []int64{f.studio.ID, museum.ID}) || len(items[0].StudioIDs) != 0 {
				t.Fatalf("studio ids %v / %v", items[1].StudioIDs, items[0].StudioIDs)
			}
		})
		t.Run("Filters", func(t *testing.T) {
			for name, tt := range map[string]struct {
				f    SellerFilter
				want []string
			}{
				"City":   {SellerFilter{City: "Beijing"}, []string{"grain-ss", "palace-shop"}},
				"Region": {SellerFilter{Region: "europe"}, []string{"pm-london"}},
				"Kind":   {SellerFilter{Kind: "official_store"}, []string{"pm-taikoo", "pm-london"}},
				"Studio": {SellerFilter{StudioID: museum.ID}, []string{"grain-ss", "palace-shop"}},
				"All":    {SellerFilter{City: "Beijing", StudioID: f.studio.ID, Kind: "grain_store", Region: "east_asia"}, []string{"grain-ss"}},
			} {
				t.Run(name, func(t *testing.T) {
					p, err := f.s.Sellers(ctxBG, tt.f)
					if err != nil {
						t.Fatal(err)
					}
					var got []string
					for _, sl := range p.Items {
						got = append(got, sl.Slug)
					}
					if !reflect.DeepEqual(got, tt.want) || p.Total != len(tt.want) {
						t.Fatalf("got %v (total %d), want %v", got, p.Total, tt.want)
					}
				})
			}
			_, err := f.s.Sellers(ctxBG, SellerFilter{Region: "moon"})
			wantFields(t, err, "region")
			_, err = f.s.Sellers(ctxBG, SellerFilter{Cursor: encodeCursor(3, "only-one-key")})
			wantFields(t, err, "cursor")
		})
		t.Run("SellerBySlugHasStudios", func(t *testing.T) {
			sl, err := f.s.Seller(ctxBG, "palace-shop")
			if err != nil || !reflect.DeepEqual(sl.StudioIDs, []int64{museum.ID}) || sl.City != "Beijing" {
				t.Fatalf("got %+v %v", sl, err)
			}
			_, err = f.s.Seller(ctxBG, "nope")
			wantKind(t, err, errs.NotFound)
		})
		t.Run("CitiesGroupSellers", func(t *testing.T) {
			cities, err := f.s.SellerCities(ctxBG)
			if err != nil {
				t.Fatal(err)
			}
			want := []City{
				{Name: "Beijing", Region: "east_asia", Country: "CN", Sellers: 2},
				{Name: "Chengdu", Region: "east_asia", Country: "CN", Sellers: 1},
				{Name: "London", Region: "europe", Country: "GB", Sellers: 1},
			}
			if !reflect.DeepEqual(cities, want) {
				t.Fatalf("cities %+v", cities)
			}
		})
		t.Run("CreateValidates", func(t *testing.T) {
			wantFields(t, f.s.CreateSeller(ctxBG, &Seller{Slug: "x", Name: "X", Kind: "kiosk", Region: "east_asia"}), "kind")
			wantFields(t, f.s.CreateSeller(ctxBG, &Seller{Slug: "x", Name: "X", Kind: "pop_up", Region: "east_asia", StudioIDs: []int64{999}}), "studio_ids")
			wantKind(t, f.s.CreateSeller(ctxBG, &Seller{Slug: "pm-online", Name: "X", Kind: "pop_up", Region: "east_asia"}), errs.Conflict)
		})
	})
}

func TestStatsAndRates(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		f.mustSave(t, f.admin, f.sampleCharm("stat-1", "One"))
		if _, err := f.s.Submit(ctxBG, f.alice, 0, f.sampleCharm("", "Pending"), ""); err != nil {
			t.Fatal(err)
		}
		t.Run("StatsCount", func(t *testing.T) {
			st, err := f.s.Stats(ctxBG)
			if err != nil || *st != (Stats{Charms: 1, Studios: 1, Series: 1, Sellers: 0, PendingContributions: 1}) {
				t.Fatalf("stats %+v %v", st, err)
			}
		})
		t.Run("RatesDefaultThenUpsert", func(t *testing.T) {
			r, err := f.s.Rates(ctxBG)
			if err != nil || r["USD"] != 0.14 || r["CNY"] != 1 || len(r) != len(defaultRates) {
				t.Fatalf("rates %v %v", r, err)
			}
			for _, v := range []float64{0.138, 0.141} {
				if err := f.s.SetRate(ctxBG, "usd", v); err != nil {
					t.Fatal(err)
				}
			}
			if r, _ := f.s.Rates(ctxBG); r["USD"] != 0.141 {
				t.Fatalf("USD %v after upsert", r["USD"])
			}
		})
		t.Run("SetRateValidates", func(t *testing.T) {
			wantFields(t, f.s.SetRate(ctxBG, "XAU", 1), "currency")
			wantFields(t, f.s.SetRate(ctxBG, "CNY", 1), "currency")
			wantFields(t, f.s.SetRate(ctxBG, "JPY", 0), "units_per_cny")
			wantFields(t, f.s.SetRate(ctxBG, "JPY", -3), "units_per_cny")
		})
	})
}

func TestStudioNamesListsEveryStudioWithoutCounts(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		s := NewService(d, nil)
		a := mustStudio(t, s, "alder-lane", "Alder Lane")
		b := mustStudio(t, s, "birch-row", "Birch Row")
		got, err := s.StudioNames(ctxBG)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 || got[0].ID != a.ID || got[1].ID != b.ID || got[1].Slug != "birch-row" || got[1].Name != "Birch Row" {
			t.Fatalf("studio names %+v", got)
		}
	})
}
