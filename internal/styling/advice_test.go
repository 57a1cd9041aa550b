package styling

import (
	"reflect"
	"sort"
	"testing"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/styling/coach"
)

// coachIDs lists the item ids of pieces, sorted.
func coachIDs(ps []coach.Piece) []int64 {
	out := []int64{}
	for _, p := range ps {
		out = append(out, p.ItemID)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// coachPoints maps placed pieces to their points.
func coachPoints(ps []coach.Piece) map[int64]string {
	out := map[int64]string{}
	for _, p := range ps {
		out[p.ItemID] = p.Point
	}
	return out
}

// adviceItems adds n items of A's, one catalog charm each.
func adviceItems(t testing.TB, f *fixture, owner int64, n int) []int64 {
	t.Helper()
	var ids []int64
	for _, c := range f.charms(t, n) {
		ids = append(ids, f.mustItem(t, owner, c.ID).ID)
	}
	return ids
}

// checkReport holds for every coach report: a score in range and
// suggestions that bring in only pieces the coach was offered.
func checkReport(t *testing.T, r *coach.Report, offered []int64) {
	t.Helper()
	if r.Score < 0 || r.Score > 100 {
		t.Errorf("score %d out of range", r.Score)
	}
	for _, s := range r.Suggestions {
		if s.In != 0 && !containsID(offered, s.In) {
			t.Errorf("suggestion %+v brings in item %d, not one of %v", s, s.In, offered)
		}
	}
}

func containsID(ids []int64, id int64) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

func TestCoach(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		ids := adviceItems(t, f, f.A, 6)
		if err := f.Col.SetStatus(ctxBG, f.A, ids[3], "lost", ""); err != nil {
			t.Fatal(err)
		}
		bag := adviceInsertCarrier(t, f, f.A, "backpack", "School bag", func(c *Carrier) { c.Colour = "navy" })
		tote := adviceInsertCarrier(t, f, f.A, "tote", "Tote")
		started := adviceAgo(f, 12)
		adviceInsertLoadout(t, f, f.A, bag, started, nil,
			PlacementInput{ItemID: ids[0], Point: "zip_pull_left"}, PlacementInput{ItemID: ids[1], Point: "top_handle"})
		adviceInsertLoadout(t, f, f.A, tote, adviceAgo(f, 3), nil, PlacementInput{ItemID: ids[2], Point: "handle_left"})
		adviceSetSettings(t, f, f.A, Settings{Style: "maximalist", RotationDays: 14, Hemisphere: "south"})

		t.Run("ReadsTheCurrentLoadoutAndSettings", func(t *testing.T) {
			in, err := f.S.adviceCoachInput(ctxBG, f.A, bag, nil)
			if err != nil {
				t.Fatal(err)
			}
			if want := map[int64]string{ids[0]: "zip_pull_left", ids[1]: "top_handle"}; !reflect.DeepEqual(coachPoints(in.Placed), want) {
				t.Errorf("placed %v, want %v", coachPoints(in.Placed), want)
			}
			if !in.LastRotated.Equal(started) || !in.Now.Equal(f.Now) {
				t.Errorf("last rotated %v now %v, want %v %v", in.LastRotated, in.Now, started, f.Now)
			}
			if in.Style != "maximalist" || in.RotationDays != 14 || in.Hemisphere != "south" {
				t.Errorf("settings %q %d %q", in.Style, in.RotationDays, in.Hemisphere)
			}
			if in.Carrier.Kind != "backpack" || in.Carrier.Colour != "navy" || len(in.Carrier.Points) != 6 {
				t.Errorf("carrier %+v", in.Carrier)
			}
			// Not the placed ones, not the tote's, not the lost one.
			if got, want := coachIDs(in.Collection), []int64{ids[4], ids[5]}; !reflect.DeepEqual(got, want) {
				t.Errorf("collection %v, want %v", got, want)
			}
		})
		t.Run("ReadsADraftInstead", func(t *testing.T) {
			draft := &LoadoutInput{Placements: []PlacementInput{{ItemID: ids[4], Point: "side_loop"}, {ItemID: ids[0], Point: "strap_left"}}}
			in, err := f.S.adviceCoachInput(ctxBG, f.A, bag, draft)
			if err != nil {
				t.Fatal(err)
			}
			if want := map[int64]string{ids[4]: "side_loop", ids[0]: "strap_left"}; !reflect.DeepEqual(coachPoints(in.Placed), want) {
				t.Errorf("placed %v, want %v", coachPoints(in.Placed), want)
			}
			// The piece the draft takes off this bag can come back.
			if got, want := coachIDs(in.Collection), []int64{ids[1], ids[5]}; !reflect.DeepEqual(got, want) {
				t.Errorf("collection %v, want %v", got, want)
			}
			r, err := f.S.Coach(ctxBG, f.A, bag, draft)
			if err != nil {
				t.Fatal(err)
			}
			checkReport(t, r, []int64{ids[1], ids[5]})
		})
		t.Run("ReportsOnTheCurrentLoadout", func(t *testing.T) {
			r, err := f.S.Coach(ctxBG, f.A, bag, nil)
			if err != nil {
				t.Fatal(err)
			}
			checkReport(t, r, []int64{ids[4], ids[5]})
		})
		t.Run("EmptyCarrierUsesDefaults", func(t *testing.T) {
			lanyard := adviceInsertCarrier(t, f, f.B, "lanyard", "Badge")
			bIDs := adviceItems(t, f, f.B, 2)
			in, err := f.S.adviceCoachInput(ctxBG, f.B, lanyard, nil)
			if err != nil {
				t.Fatal(err)
			}
			if len(in.Placed) != 0 || !in.LastRotated.IsZero() {
				t.Errorf("placed %v last rotated %v, want nothing", in.Placed, in.LastRotated)
			}
			if in.Style != "balanced" || in.RotationDays != 30 || in.Hemisphere != "north" {
				t.Errorf("settings %q %d %q, want the defaults", in.Style, in.RotationDays, in.Hemisphere)
			}
			if got := coachIDs(in.Collection); !reflect.DeepEqual(got, bIDs) {
				t.Errorf("B's collection %v, want only B's items %v", got, bIDs)
			}
		})
	})
}

func TestCoachRefuses(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		ids := adviceItems(t, f, f.A, 3)
		if err := f.Col.SetStatus(ctxBG, f.A, ids[2], "lent", ""); err != nil {
			t.Fatal(err)
		}
		theirs := adviceItems(t, f, f.B, 1)[0]
		bag := adviceInsertCarrier(t, f, f.A, "backpack", "School bag")
		bBag := adviceInsertCarrier(t, f, f.B, "tote", "B's tote")
		adviceInsertLoadout(t, f, f.A, bag, adviceAgo(f, 2), nil, PlacementInput{ItemID: ids[0], Point: "top_handle"})
		draft := func(ps ...PlacementInput) *LoadoutInput { return &LoadoutInput{Placements: ps} }
		tests := []struct {
			name    string
			owner   int64
			carrier int64
			draft   *LoadoutInput
			kind    errs.Kind
		}{
			{"UnknownPoint", f.A, bag, draft(PlacementInput{ItemID: ids[0], Point: "handle_left"}), errs.Invalid},
			{"SomeoneElsesItem", f.A, bag, draft(PlacementInput{ItemID: theirs, Point: "top_handle"}), errs.Invalid},
			{"MissingItem", f.A, bag, draft(PlacementInput{ItemID: 999999, Point: "top_handle"}), errs.Invalid},
			{"ItemNotAtHand", f.A, bag, draft(PlacementInput{ItemID: ids[2], Point: "top_handle"}), errs.Invalid},
			{"ItemPlacedTwice", f.A, bag, draft(PlacementInput{ItemID: ids[1], Point: "top_handle"}, PlacementInput{ItemID: ids[1], Point: "side_loop"}), errs.Invalid},
			{"OtherOwnersCarrier", f.B, bag, nil, errs.NotFound},
			{"OtherOwnersCarrierWithDraft", f.B, bag, draft(PlacementInput{ItemID: theirs, Point: "top_handle"}), errs.NotFound},
			{"OwnCarrierWithOthersItem", f.B, bBag, draft(PlacementInput{ItemID: ids[1], Point: "handle_left"}), errs.Invalid},
			{"MissingCarrier", f.A, 999999, nil, errs.NotFound},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				r, err := f.S.Coach(ctxBG, tt.owner, tt.carrier, tt.draft)
				if !errs.Is(err, tt.kind) || r != nil {
					t.Fatalf("got %v, %v; want %v", r, err, tt.kind)
				}
				if tt.kind == errs.Invalid && len(errs.FieldsOf(err)) != 1 {
					t.Errorf("fields %v, want one", errs.FieldsOf(err))
				}
			})
		}
	})
}

// Items on other carriers never come up as suggestions even when the
// owner has nothing else.
func TestCoachCollectionExcludesOtherCarriers(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		ids := adviceItems(t, f, f.A, 2)
		forTrade := f.mustItem(t, f.A, f.charms(t, 1)[0].ID, func(in *collection.ItemInput) { in.Status = "for_trade" })
		bag := adviceInsertCarrier(t, f, f.A, "backpack", "Bag")
		tote := adviceInsertCarrier(t, f, f.A, "tote", "Tote")
		adviceInsertLoadout(t, f, f.A, tote, adviceAgo(f, 1), nil, PlacementInput{ItemID: ids[0], Point: "handle_left"})
		in, err := f.S.adviceCoachInput(ctxBG, f.A, bag, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := coachIDs(in.Collection), []int64{ids[1], forTrade.ID}; !reflect.DeepEqual(got, want) {
			t.Errorf("collection %v, want %v", got, want)
		}
	})
}
