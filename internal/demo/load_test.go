package demo

import (
	"context"
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
)

var loadTime = time.Date(2026, 5, 1, 9, 30, 0, 0, time.UTC)

func clock() time.Time { return loadTime }

// tableCounts counts the rows of the tables a load writes.
func tableCounts(t *testing.T, d *db.DB) map[string]int {
	t.Helper()
	out := map[string]int{}
	for _, table := range []string{"studios", "ips", "series", "sellers", "seller_studios", "charms", "charm_revisions", "currency_rates", "users", "contributions"} {
		var n int
		if err := d.R.QueryRowContext(context.Background(), `SELECT COUNT(*) FROM `+table).Scan(&n); err != nil {
			t.Fatalf("count %s: %v", table, err)
		}
		out[table] = n
	}
	return out
}

func TestEnsureLoaded(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		if demo, err := IsDemo(ctx, d); err != nil || demo {
			t.Fatalf("IsDemo on an empty database = %v, %v", demo, err)
		}
		loaded, err := EnsureLoaded(ctx, d, Options{Seed: 11, Now: clock})
		if err != nil || !loaded {
			t.Fatalf("first EnsureLoaded = %v, %v", loaded, err)
		}
		ds, charms := mustGenerate(t, 11, 0)
		got := tableCounts(t, d)
		links := 0
		for _, s := range ds.Sellers {
			links += len(s.StudioIDs)
		}
		want := map[string]int{"studios": len(ds.Studios), "ips": len(ds.IPs), "series": len(ds.Series), "sellers": len(ds.Sellers),
			"seller_studios": links, "charms": len(charms), "charm_revisions": len(charms), "currency_rates": len(ds.Rates),
			"users": 2, "contributions": len(newCharmProposals) + len(corrections)}
		for table, n := range want {
			if got[table] != n {
				t.Errorf("%s has %d rows, want %d", table, got[table], n)
			}
		}
		t.Run("MarksDatabaseAsDemo", func(t *testing.T) {
			demo, err := IsDemo(ctx, d)
			badge, _, _ := setting(ctx, d, SettingBadge)
			if err != nil || !demo || badge != "true" {
				t.Fatalf("IsDemo = %v, %v; badge setting %q", demo, err, badge)
			}
		})
		t.Run("SecondCallIsNoOp", func(t *testing.T) {
			again, err := EnsureLoaded(ctx, d, Options{Seed: 11, Now: clock})
			if err != nil || again {
				t.Fatalf("second EnsureLoaded = %v, %v", again, err)
			}
			if after := tableCounts(t, d); !equalCounts(after, got) {
				t.Fatalf("second EnsureLoaded changed the counts: %v, was %v", after, got)
			}
		})
		t.Run("CharmsReadBackAsGenerated", func(t *testing.T) { checkReadBack(t, d, charms) })
		t.Run("ModeratorSeesPendingContributions", func(t *testing.T) { checkModeration(t, d) })
		t.Run("RevisionsMatchTheCatalogs", func(t *testing.T) { checkRevisionFormat(t, d, charms[3]) })
	})
}

func equalCounts(a, b map[string]int) bool {
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return len(a) == len(b)
}

func checkReadBack(t *testing.T, d *db.DB, charms []catalog.Charm) {
	t.Helper()
	ctx := context.Background()
	cat := catalog.NewService(d, clock)
	for _, i := range []int{0, 9, 250, len(charms) - 1} {
		want := charms[i]
		got, err := cat.CharmByExternalID(ctx, want.ExternalID)
		if err != nil {
			t.Fatalf("read %s: %v", want.ExternalID, err)
		}
		want.Version, want.CreatedAt, want.UpdatedAt = 1, loadTime, loadTime
		got.StudioName, got.StudioSlug, got.IPName, got.SeriesName, got.SeriesSlug = "", "", "", "", ""
		if !equalCharms(*got, want) {
			t.Errorf("charm %s reads back as\n%+v\nwant\n%+v", want.ExternalID, *got, want)
		}
		revs, err := cat.Revisions(ctx, got.ID)
		if err != nil || len(revs) != 1 || revs[0].Version != 1 || revs[0].Source != catalog.SourceDemo || len(revs[0].Changes) < 10 {
			t.Errorf("revisions of %s = %+v, %v; want one demo revision", want.ExternalID, revs, err)
		}
	}
}

func equalCharms(a, b catalog.Charm) bool {
	a.CreatedAt, b.CreatedAt = a.CreatedAt.UTC(), b.CreatedAt.UTC()
	a.UpdatedAt, b.UpdatedAt = a.UpdatedAt.UTC(), b.UpdatedAt.UTC()
	return a.Name == b.Name && a.NameZH == b.NameZH && a.ID == b.ID && a.StudioID == b.StudioID && a.IPID == b.IPID &&
		a.SeriesID == b.SeriesID && a.ListPrice == b.ListPrice && a.Currency == b.Currency && a.ReleaseDate == b.ReleaseDate &&
		a.Description == b.Description && a.Story == b.Story && a.Official == b.Official && a.NFC == b.NFC &&
		a.Rarity == b.Rarity && a.SKU == b.SKU && a.EditionSize == b.EditionSize && a.WeightG == b.WeightG &&
		equalCodes(a.Materials, b.Materials) && equalCodes(a.Eco, b.Eco) && equalCodes(a.Themes, b.Themes) &&
		equalCodes(a.Colours, b.Colours) && a.CreatedAt.Equal(b.CreatedAt) && a.Version == b.Version
}

func equalCodes(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func checkModeration(t *testing.T, d *db.DB) {
	t.Helper()
	ctx := context.Background()
	acc := account.NewService(d, clock)
	mod, err := acc.UserByUsername(ctx, ModeratorUser)
	if err != nil || mod.Role != account.RoleModerator {
		t.Fatalf("moderator account = %+v, %v", mod, err)
	}
	if _, err := acc.Login(ctx, DemoUser, Password, "test"); err != nil {
		t.Fatalf("demo user cannot log in with the demo password: %v", err)
	}
	page, err := catalog.NewService(d, clock).Contributions(ctx, catalog.Actor{UserID: mod.ID, Role: mod.Role},
		catalog.ContributionFilter{Status: catalog.StatusPending})
	if err != nil || page.Total != len(newCharmProposals)+len(corrections) {
		t.Fatalf("pending contributions = %+v, %v", page, err)
	}
	for _, c := range page.Items {
		if c.Username != DemoUser || c.Note == "" {
			t.Errorf("contribution %d by %q with note %q", c.ID, c.Username, c.Note)
		}
	}
}

func TestLoad(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		if _, err := Load(ctx, d, Options{Seed: 1, Now: clock}); err != nil {
			t.Fatalf("load: %v", err)
		}
		before := tableCounts(t, d)
		t.Run("RefusesNonEmptyCatalog", func(t *testing.T) {
			_, err := Load(ctx, d, Options{Seed: 1, Now: clock})
			if !errors.Is(err, ErrNotEmpty) || errs.KindOf(err) != errs.Conflict {
				t.Fatalf("second load = %v, want ErrNotEmpty", err)
			}
		})
		t.Run("AppendsWithTaggedSlugs", func(t *testing.T) {
			rep, err := Load(ctx, d, Options{Seed: 2, Charms: MinCharms, Append: true, Now: clock})
			if err != nil {
				t.Fatalf("append: %v", err)
			}
			after := tableCounts(t, d)
			if after["charms"] != before["charms"]+MinCharms || after["charm_revisions"] != after["charms"] ||
				after["studios"] != before["studios"]+rep.Studios || after["users"] != before["users"] {
				t.Fatalf("after append %v, before %v", after, before)
			}
			cat := catalog.NewService(d, clock)
			if _, err := cat.Studio(ctx, "moonbun-toys-s2"); err != nil {
				t.Fatalf("appended studio: %v", err)
			}
			// New rows must get fresh ids after the explicit ids of the load.
			st := &catalog.Studio{Slug: "after-the-demo", Name: "After the Demo", Kind: "independent", Region: "europe"}
			if err := cat.CreateStudio(ctx, st); err != nil || st.ID <= int64(after["studios"]) {
				t.Fatalf("create studio after append: id %d, %v", st.ID, err)
			}
		})
	})
}

func TestIsDemoOnPlainCatalog(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		cat := catalog.NewService(d, clock)
		if err := cat.CreateStudio(ctx, &catalog.Studio{Slug: "real-studio", Name: "Real Studio", Kind: "independent", Region: "europe"}); err != nil {
			t.Fatal(err)
		}
		loaded, err := EnsureLoaded(ctx, d, Options{Seed: 1, Now: clock})
		demo, _ := IsDemo(ctx, d)
		if err != nil || loaded || demo {
			t.Fatalf("EnsureLoaded on a catalog with data = %v, %v; IsDemo %v", loaded, err, demo)
		}
	})
}

// checkRevisionFormat saves a copy of a generated charm through the catalog
// and checks that the catalog records its creation with the same changes
// the loader writes for demo charms.
func checkRevisionFormat(t *testing.T, d *db.DB, c catalog.Charm) {
	t.Helper()
	ctx := context.Background()
	cat := catalog.NewService(d, clock)
	c.ID, c.Version, c.ExternalID = 0, 0, "revision-format-check"
	if err := cat.SaveCharm(ctx, catalog.Actor{}, &c, catalog.SourceAdmin); err != nil {
		t.Fatalf("save: %v", err)
	}
	revs, err := cat.Revisions(ctx, c.ID)
	if err != nil || len(revs) != 1 {
		t.Fatalf("revisions = %+v, %v", revs, err)
	}
	if want := creationChanges(&c); !reflect.DeepEqual(revs[0].Changes, want) {
		t.Fatalf("the catalog records\n%+v\nthe loader writes\n%+v", revs[0].Changes, want)
	}
}
