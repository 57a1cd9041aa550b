package api_test

import (
	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/catalog"
)

// system is the actor of seeded data.
var system = catalog.Actor{}

// seedCatalog creates two studios, an IP, a blind-box series with two
// plush figures, two museum charms and two sellers.
func (e *env) seedCatalog() {
	t, ctx := e.t, e.t.Context()
	t.Helper()
	e.popmart = &catalog.Studio{Slug: "pop-mart", Name: "Pop Mart", NameZH: "泡泡玛特", Kind: "ip_brand", Region: "east_asia", Country: "CN", City: "Beijing", Verified: true}
	e.museum = &catalog.Studio{Slug: "palace-museum", Name: "The Palace Museum", NameZH: "故宫博物院", Kind: "museum", Region: "east_asia", Country: "CN", City: "Beijing"}
	for _, st := range []*catalog.Studio{e.popmart, e.museum} {
		if err := e.cat.CreateStudio(ctx, st); err != nil {
			t.Fatalf("create studio %s: %v", st.Slug, err)
		}
	}
	e.labubu = &catalog.IP{Slug: "labubu", Name: "Labubu", NameZH: "拉布布", StudioID: e.popmart.ID}
	if err := e.cat.CreateIP(ctx, e.labubu); err != nil {
		t.Fatalf("create IP: %v", err)
	}
	e.macaron = &catalog.Series{Slug: "exciting-macaron", Name: "Exciting Macaron", StudioID: e.popmart.ID, IPID: e.labubu.ID,
		Kind: "blind_box", ReleaseDate: "2023-10-27", BoxPrice: 9900, Currency: "CNY"}
	if err := e.cat.CreateSeries(ctx, e.macaron); err != nil {
		t.Fatalf("create series: %v", err)
	}
	plush := func(name, rarity, colour string, price int64) *catalog.Charm {
		return &catalog.Charm{Name: name, StudioID: e.popmart.ID, IPID: e.labubu.ID, SeriesID: e.macaron.ID,
			Category: "plush", Materials: []string{"plush_fabric", "pvc"}, Colours: []string{colour}, Themes: []string{"kawaii"},
			ReleaseDate: "2023-10-27", ListPrice: price, Currency: "CNY", Region: "east_asia", Official: true, Rarity: rarity}
	}
	metal := func(name, colour string, price int64) *catalog.Charm {
		return &catalog.Charm{Name: name, StudioID: e.museum.ID, Category: "metal_enamel",
			Materials: []string{"zinc_alloy", "enamel"}, Colours: []string{colour}, Themes: []string{"heritage"},
			ReleaseDate: "2025-02-01", ListPrice: price, Currency: "CNY", Region: "east_asia", Eco: []string{"recycled_metal"},
			Story: "Guardian lions have stood at the palace gates since the Ming dynasty."}
	}
	e.lychee = plush("Lychee Berry", "regular", "pink", 9900)
	e.berry = plush("Sea Salt Coconut", "secret", "blue", 9900)
	e.lion = metal("Guardian Lion Charm", "gold", 6900)
	e.crane = metal("Red-Crowned Crane Charm", "red", 4900)
	for _, c := range []*catalog.Charm{e.lychee, e.berry, e.lion, e.crane} {
		if err := e.cat.SaveCharm(ctx, system, c, "demo"); err != nil {
			t.Fatalf("save charm %s: %v", c.Name, err)
		}
	}
	sellers := []*catalog.Seller{
		{Slug: "pop-mart-nanjing-road", Name: "Pop Mart Nanjing Road", Kind: "official_store", City: "Shanghai", Region: "east_asia", Country: "CN", StudioIDs: []int64{e.popmart.ID}},
		{Slug: "palace-museum-shop", Name: "Palace Museum Shop", Kind: "museum_shop", City: "Beijing", Region: "east_asia", Country: "CN", StudioIDs: []int64{e.museum.ID}},
	}
	for _, sl := range sellers {
		if err := e.cat.CreateSeller(ctx, sl); err != nil {
			t.Fatalf("create seller %s: %v", sl.Slug, err)
		}
	}
}

// seedUsers creates alice and bob (collectors) and mod (a moderator), each
// with a personal token.
func (e *env) seedUsers() {
	e.t.Helper()
	e.alice, e.aliceKey = e.user("alice", account.RoleCollector)
	e.bob, e.bobKey = e.user("bob", account.RoleCollector)
	e.mod, e.modKey = e.user("mod", account.RoleModerator)
}

func (e *env) user(name, role string) (*account.User, string) {
	t, ctx := e.t, e.t.Context()
	t.Helper()
	u, err := e.acc.CreateUser(ctx, account.SignUp{Username: name, Email: name + "@example.com",
		Password: "plum blossom charm 42", DisplayName: name}, role)
	if err != nil {
		t.Fatalf("create user %s: %v", name, err)
	}
	secret, _, err := e.acc.CreateToken(ctx, u.ID, "tests")
	if err != nil {
		t.Fatalf("create token for %s: %v", name, err)
	}
	return u, secret
}
