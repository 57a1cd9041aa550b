package styling

import (
	"testing"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
)

func TestShareByTokenOnly(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		bag := f.storeCarrier(t, f.A, "crossbody", "Evening bag")
		charm := f.charms(t, 1)[0].ID
		item := f.mustItem(t, f.A, charm, func(in *collection.ItemInput) {
			in.Title, in.PricePaid, in.Memory = "Lucky cat", 12_800, "from grandma"
		})
		l := f.storeSave(t, f.A, bag, []*collection.Item{item}, "strap_ring")
		f.Now = f.Now.AddDate(0, 0, 7)
		f.storeSave(t, f.A, bag, nil) // the shared loadout is now part of the journey

		token, err := f.S.Share(ctxBG, f.A, l.ID)
		if err != nil {
			t.Fatal(err)
		}
		t.Run("TokenIsLongAndURLSafe", func(t *testing.T) {
			if len(token) != 22 {
				t.Errorf("token %q has %d characters, want 22", token, len(token))
			}
			for _, r := range token {
				if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
					t.Errorf("token %q is not URL-safe", token)
				}
			}
		})
		t.Run("SharingAgainKeepsTheLink", func(t *testing.T) {
			if again, err := f.S.Share(ctxBG, f.A, l.ID); err != nil || again != token {
				t.Errorf("share again = %q, %v; want %q", again, err, token)
			}
		})
		t.Run("AnyoneReadsItWithoutPrivateFields", func(t *testing.T) {
			got, c, err := f.S.Shared(ctxBG, token)
			if err != nil {
				t.Fatal(err)
			}
			if got.ID != l.ID || got.ShareToken != token || got.EndedAt == nil || len(got.Placements) != 1 {
				t.Fatalf("shared = %+v", got)
			}
			it := got.Placements[0].Item
			if it.Name != "Lucky cat" || it.PricePaid != 0 || it.Currency != "" || it.AcquiredOn != "" {
				t.Errorf("shared item = %+v, want its name without price or purchase date", it)
			}
			if c.ID != bag.ID || c.Kind != "crossbody" || c.Current != nil {
				t.Errorf("shared carrier = %+v, want the bag without its current loadout", c)
			}
		})
		for name, tok := range map[string]string{"Empty": "", "Unknown": newShareToken(), "Prefix": token[:10], "Long": token + token + token} {
			t.Run("NotFound/"+name, func(t *testing.T) {
				if _, _, err := f.S.Shared(ctxBG, tok); !errs.Is(err, errs.NotFound) {
					t.Errorf("err = %v, want NotFound", err)
				}
			})
		}
		t.Run("UnshareEndsTheLink", func(t *testing.T) {
			if err := f.S.Unshare(ctxBG, f.A, l.ID); err != nil {
				t.Fatal(err)
			}
			if _, _, err := f.S.Shared(ctxBG, token); !errs.Is(err, errs.NotFound) {
				t.Errorf("old link after unshare: %v", err)
			}
			fresh, err := f.S.Share(ctxBG, f.A, l.ID)
			if err != nil || fresh == token {
				t.Errorf("share after unshare = %q, %v; want a new token", fresh, err)
			}
		})
		t.Run("MissingLoadout", func(t *testing.T) {
			if _, err := f.S.Share(ctxBG, f.A, l.ID+1000); !errs.Is(err, errs.NotFound) {
				t.Errorf("share: %v", err)
			}
			if err := f.S.Unshare(ctxBG, f.A, l.ID+1000); !errs.Is(err, errs.NotFound) {
				t.Errorf("unshare: %v", err)
			}
		})
	})
}
