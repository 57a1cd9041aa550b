package web

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strconv"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/catalog/search"
	"github.com/charmory/charmory/internal/collection"
)

func TestZZShots(t *testing.T) {
	if os.Getenv("ZZSHOTS") == "" {
		t.Skip()
	}
	h := newHarness(t)
	ctx := context.Background()
	a := collSignIn(t, h)
	sr, figures := insightFigures(t, h)
	today := time.Now().UTC().Format(time.DateOnly)
	insightWish(t, h, a.ID, figures[1].ID)
	for _, c := range []int64{figures[0].ID, figures[0].ID, figures[1].ID} {
		collItem(t, h, a.ID, collection.ItemInput{CharmID: c, AcquiredOn: today, Source: "blind_box", PricePaid: 6900})
	}
	res, _ := h.Catalog.Search(ctx, search.Query{Sort: search.SortName, Limit: 40})
	for i := 0; i < 40; i += 5 {
		collItem(t, h, a.ID, collection.ItemInput{CharmID: res.Charms[i].ID, AcquiredOn: today, PricePaid: 3900})
	}
	collItem(t, h, a.ID, collection.ItemInput{Title: "Grandma's bell", Category: "metal_enamel", Materials: []string{"brass"}})
	insightWish(t, h, a.ID, figures[2].ID)
	insightAllowance(t, h, a.ID, 50000, "CNY")
	for i, amt := range []int64{12000, 9000, 15000, 4000} {
		kinds := []string{"independent", "brand", "museum", "secondhand"}
		cats := []string{"plush", "metal_enamel", "beaded", ""}
		if _, err := h.Collection.AddBudgetEntry(ctx, a.ID, collection.BudgetEntryInput{Amount: amt, Currency: "CNY",
			Category: cats[i], SellerKind: kinds[i], Description: "Fair find " + strconv.Itoa(i)}); err != nil {
			t.Fatal(err)
		}
	}
	prev := time.Now().UTC().AddDate(0, -2, 0).Format(time.DateOnly)
	h.Collection.AddBudgetEntry(ctx, a.ID, collection.BudgetEntryInput{SpentOn: prev, Amount: 61000, Currency: "CNY"})
	h.Collection.SnapshotAll(ctx)
	staged := insightStage(t, h, a.ID, "Name,Paid,Qty\n"+figures[0].Name+",59.00,1\nA one-off of my own,,2\nbad,abc,1\n")
	inner := h.Handler
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.AddCookie(a.Cookie)
		if lang := r.URL.Query().Get("_lang"); lang != "" {
			r.Header.Set("Accept-Language", lang)
		}
		inner.ServeHTTP(w, r)
	}))
	defer srv.Close()
	pages := map[string]string{
		"wishlist": "/collection/wishlist?q=" + "bunny", "series": "/collection/series", "series_show": "/collection/series/" + strconv.FormatInt(sr, 10),
		"value": "/collection/value", "budget": "/collection/budget", "balance": "/collection/balance", "import": "/collection/import",
		"import_map": staged, "example": "/collection/import/example", "budget_zh": "/collection/budget?_lang=zh-CN", "public": publicWishlistPath(a.Username),
	}
	for name, p := range pages {
		out := fmt.Sprintf("/tmp/w2/shot_%s.png", name)
		cmd := exec.Command("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=/tmp/w2/chrome",
			"--window-size=1280,2200", "--screenshot="+out, srv.URL+p)
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Logf("%s: %v %s", name, err, b)
		}
	}
}
