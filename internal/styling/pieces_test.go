package styling

import (
	"reflect"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
)

func TestPiecesMapItems(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		cs := f.charms(t, 2)
		plain := f.mustItem(t, f.A, cs[0].ID)
		own := f.mustItem(t, f.A, cs[1].ID, func(in *collection.ItemInput) {
			in.Title, in.Materials, in.Attachment, in.MoodTags = "Nickname", []string{"leather"}, "clip", []string{"cozy", "calm"}
		})
		oneOff := f.mustItem(t, f.A, 0, func(in *collection.ItemInput) {
			in.Title, in.Category = "Lip balm case", "functional"
			in.Materials = []string{"wool_yarn", "brass", "acrylic_yarn"}
		})
		ps, err := f.S.pieces(ctxBG, f.A, "")
		if err != nil {
			t.Fatal(err)
		}
		t.Run("CatalogItemTakesTheCharmsFacts", func(t *testing.T) {
			p := ps.get(plain.ID)
			c := cs[0]
			if p.Name != c.Name || p.Category != c.Category || p.WeightG != c.WeightG {
				t.Errorf("got %q %q %dg, want %q %q %dg", p.Name, p.Category, p.WeightG, c.Name, c.Category, c.WeightG)
			}
			if !reflect.DeepEqual(p.Materials, adviceNil(c.Materials)) || !reflect.DeepEqual(p.Colours, adviceNil(c.Colours)) ||
				!reflect.DeepEqual(p.Themes, adviceNil(c.Themes)) {
				t.Errorf("got %v %v %v, want the charm's %v %v %v", p.Materials, p.Colours, p.Themes, c.Materials, c.Colours, c.Themes)
			}
			if len(p.Materials) > 0 && len(p.Families) == 0 {
				t.Errorf("materials %v have no families", p.Materials)
			}
		})
		t.Run("ItemsOwnTitleMaterialsAttachmentAndMoodsWin", func(t *testing.T) {
			p := ps.get(own.ID)
			if p.Name != "Nickname" || !reflect.DeepEqual(p.Materials, []string{"leather"}) || !reflect.DeepEqual(p.Families, []string{"leather"}) {
				t.Errorf("got %q %v %v", p.Name, p.Materials, p.Families)
			}
			if p.Attachment != "clip" || !reflect.DeepEqual(p.moodTags, []string{"cozy", "calm"}) {
				t.Errorf("attachment %q moods %v", p.Attachment, p.moodTags)
			}
			if !reflect.DeepEqual(p.Colours, adviceNil(cs[1].Colours)) {
				t.Errorf("colours %v, want the charm's %v", p.Colours, cs[1].Colours)
			}
		})
		t.Run("FamiliesAreDistinctInMaterialOrder", func(t *testing.T) {
			p := ps.get(oneOff.ID)
			if !reflect.DeepEqual(p.Families, []string{"knit", "metal"}) || !p.Functional || p.Category != "functional" {
				t.Errorf("families %v functional %v category %q", p.Families, p.Functional, p.Category)
			}
		})
	})
}

func adviceNil(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}

func TestPiecesLastWorn(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		cs := f.charms(t, 5)
		var ids []int64
		for _, c := range cs {
			ids = append(ids, f.mustItem(t, f.A, c.ID).ID)
		}
		bag := adviceInsertCarrier(t, f, f.A, "backpack", "School bag")
		tote := adviceInsertCarrier(t, f, f.A, "tote", "Tote")
		ended10 := adviceAgo(f, 10)
		adviceInsertLoadout(t, f, f.A, bag, adviceAgo(f, 40), adviceEnd(adviceAgo(f, 20)),
			PlacementInput{ItemID: ids[0], Point: "zip_pull_left"}, PlacementInput{ItemID: ids[1], Point: "top_handle"})
		adviceInsertLoadout(t, f, f.A, bag, adviceAgo(f, 20), adviceEnd(ended10),
			PlacementInput{ItemID: ids[1], Point: "top_handle"})
		adviceInsertLoadout(t, f, f.A, bag, ended10, nil, PlacementInput{ItemID: ids[2], Point: "top_handle"})
		adviceInsertLoadout(t, f, f.A, tote, adviceAgo(f, 5), nil, PlacementInput{ItemID: ids[3], Point: "handle_left"})
		adviceJournalDay(t, f, f.A, "2026-06-12", ids[0])
		adviceJournalDay(t, f, f.A, "2026-05-01", ids[1])
		adviceJournalDay(t, f, f.A, "2026-06-15", ids[4])

		ps, err := f.S.pieces(ctxBG, f.A, "")
		if err != nil {
			t.Fatal(err)
		}
		day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
		tests := []struct {
			name    string
			id      int64
			worn    time.Time // as the coach reads it
			carrier int64
		}{
			{"JournalDayLaterThanJourney", ids[0], day("2026-06-12"), 0},
			{"JourneyEndLaterThanJournal", ids[1], ended10, 0},
			{"OnCurrentLoadoutIsWornNow", ids[2], f.Now, bag},
			{"OnAnotherCurrentLoadout", ids[3], f.Now, tote},
			{"PickedToday", ids[4], day("2026-06-15"), 0},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				p := ps.get(tt.id)
				if got := ps.coachPiece(p).LastWorn; !got.Equal(tt.worn) {
					t.Errorf("last worn %v, want %v", got, tt.worn)
				}
				if p.carrierID != tt.carrier {
					t.Errorf("carrier %d, want %d", p.carrierID, tt.carrier)
				}
			})
		}
		t.Run("SkippedDayDoesNotCount", func(t *testing.T) {
			ps, err := f.S.pieces(ctxBG, f.A, "2026-06-15")
			if err != nil {
				t.Fatal(err)
			}
			if got := ps.get(ids[4]).lastOff; !got.IsZero() {
				t.Errorf("last worn %v, want never", got)
			}
		})
		t.Run("CandidatesMarkCarriedItemsWithoutWearingThemNow", func(t *testing.T) {
			for _, c := range ps.candidates() {
				if c.ItemID == ids[2] && (!c.OnCarrier || !c.LastWorn.IsZero()) {
					t.Errorf("carried item: on carrier %v, last worn %v", c.OnCarrier, c.LastWorn)
				}
				if c.ItemID == ids[1] && (c.OnCarrier || !c.LastWorn.Equal(ended10)) {
					t.Errorf("stored item: on carrier %v, last worn %v", c.OnCarrier, c.LastWorn)
				}
			}
		})
	})
}

func TestPiecesWearable(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		c := f.charms(t, 1)[0]
		want := map[int64]bool{}
		for _, st := range collection.Statuses {
			it := f.mustItem(t, f.A, c.ID, func(in *collection.ItemInput) { in.Status = st })
			want[it.ID] = st == "stored" || st == "on_carrier" || st == "for_trade"
		}
		f.mustItem(t, f.B, c.ID) // someone else's: never a candidate
		ps, err := f.S.pieces(ctxBG, f.A, "")
		if err != nil {
			t.Fatal(err)
		}
		got := map[int64]bool{}
		for _, cand := range ps.candidates() {
			got[cand.ItemID] = true
		}
		for id, w := range want {
			if got[id] != w {
				t.Errorf("item %d (%s): candidate %v, want %v", id, ps.get(id).status, got[id], w)
			}
		}
		if len(got) != 3 {
			t.Errorf("%d candidates, want 3 (stored, on_carrier, for_trade)", len(got))
		}
	})
}
