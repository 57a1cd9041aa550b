package api_test

import (
	"net/http"
	"slices"
	"testing"

	"github.com/charmory/charmory/internal/api"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
)

// page is a collection response as a client reads it.
type page[T any] struct {
	Items []T    `json:"items"`
	Total int    `json:"total"`
	Next  string `json:"next"`
}

func TestDirectory(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newEnv(t, d)

		t.Run("Studios", func(t *testing.T) {
			var all, museums page[api.Studio]
			e.do(http.MethodGet, "/api/v1/studios", "", nil).decode(t, http.StatusOK, &all)
			if all.Total != 2 || len(all.Items) != 2 {
				t.Errorf("studios %+v, want 2", all)
			}
			e.do(http.MethodGet, "/api/v1/studios?kind=museum", "", nil).decode(t, http.StatusOK, &museums)
			if len(museums.Items) != 1 || museums.Items[0].Slug != "palace-museum" || museums.Items[0].CharmCount != 2 {
				t.Errorf("museums %+v, want the palace museum with 2 charms", museums)
			}
			var st api.Studio
			e.do(http.MethodGet, "/api/v1/studios/pop-mart", "", nil).decode(t, http.StatusOK, &st)
			if st.Name != "Pop Mart" || st.NameZH != "泡泡玛特" || !st.Verified {
				t.Errorf("studio %+v", st)
			}
			e.do(http.MethodGet, "/api/v1/studios/nobody", "", nil).problem(t, http.StatusNotFound)
			e.do(http.MethodGet, "/api/v1/studios?region=moon", "", nil).problem(t, http.StatusUnprocessableEntity)
		})

		t.Run("SeriesWithCharms", func(t *testing.T) {
			var list page[api.Series]
			e.do(http.MethodGet, "/api/v1/series?studio=pop-mart&kind=blind_box", "", nil).decode(t, http.StatusOK, &list)
			if len(list.Items) != 1 || list.Items[0].BoxPrice == nil || list.Items[0].BoxPrice.Display != "¥99.00" {
				t.Errorf("series %+v", list)
			}
			var sr api.SeriesDetail
			e.do(http.MethodGet, "/api/v1/series/exciting-macaron", "", nil).decode(t, http.StatusOK, &sr)
			if sr.Studio.Slug != "pop-mart" || sr.CharmCount != 2 {
				t.Errorf("series studio %+v, %d charms", sr.Studio, sr.CharmCount)
			}
			if got := names(sr.Charms); !slices.Equal(got, []string{"Lychee Berry", "Sea Salt Coconut"}) {
				t.Errorf("series charms %v, want the regular figure, then the secret one", got)
			}
			p := e.do(http.MethodGet, "/api/v1/series?studio=nobody", "", nil).problem(t, http.StatusUnprocessableEntity)
			if !slices.Equal(p.locations(), []string{"query.studio"}) {
				t.Errorf("locations %v", p.locations())
			}
		})

		t.Run("IPsPage", func(t *testing.T) {
			var ips page[api.IP]
			e.do(http.MethodGet, "/api/v1/ips", "", nil).decode(t, http.StatusOK, &ips)
			if ips.Total != 1 || ips.Items[0].Slug != "labubu" || ips.Next != "" {
				t.Errorf("ips %+v", ips)
			}
		})

		t.Run("SellersAndCities", func(t *testing.T) {
			var sellers page[api.Seller]
			e.do(http.MethodGet, "/api/v1/sellers?city=Beijing", "", nil).decode(t, http.StatusOK, &sellers)
			if len(sellers.Items) != 1 || sellers.Items[0].Slug != "palace-museum-shop" {
				t.Errorf("Beijing sellers %+v", sellers)
			}
			e.do(http.MethodGet, "/api/v1/sellers?studio=pop-mart", "", nil).decode(t, http.StatusOK, &sellers)
			if len(sellers.Items) != 1 || sellers.Items[0].Slug != "pop-mart-nanjing-road" {
				t.Errorf("Pop Mart sellers %+v", sellers)
			}
			var sl api.SellerDetail
			e.do(http.MethodGet, "/api/v1/sellers/pop-mart-nanjing-road", "", nil).decode(t, http.StatusOK, &sl)
			if len(sl.Studios) != 1 || sl.Studios[0].Slug != "pop-mart" {
				t.Errorf("seller studios %+v", sl.Studios)
			}
			var cities page[api.City]
			e.do(http.MethodGet, "/api/v1/cities?limit=1", "", nil).decode(t, http.StatusOK, &cities)
			if cities.Total != 2 || len(cities.Items) != 1 || cities.Next == "" {
				t.Fatalf("cities %+v, want 1 of 2 and a cursor", cities)
			}
			var rest page[api.City]
			e.do(http.MethodGet, "/api/v1/cities?limit=1&cursor="+cities.Next, "", nil).decode(t, http.StatusOK, &rest)
			if len(rest.Items) != 1 || rest.Items[0].Name == cities.Items[0].Name || rest.Next != "" {
				t.Errorf("second page %+v after %+v", rest, cities)
			}
		})
	})
}
