package styling

import (
	"slices"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
)

func TestCreateCarrierFillsDefaults(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		tests := []struct {
			name string
			in   CarrierInput
			want Carrier
		}{
			{"KindDefaults", CarrierInput{Kind: "backpack", Name: "  School bag "},
				Carrier{Kind: "backpack", Name: "School bag", Size: "L", WeightLimitG: 400,
					Points: []string{"zip_pull_left", "zip_pull_right", "top_handle", "strap_left", "strap_right", "side_loop"}}},
			{"OwnValuesKept", CarrierInput{Kind: "tote", Name: "Market tote", Size: "l", Colour: "navy", WeightLimitG: 900,
				Points: []string{" Left handle ", "", "Right handle"}},
				Carrier{Kind: "tote", Name: "Market tote", Size: "L", Colour: "navy", WeightLimitG: 900,
					Points: []string{"Left handle", "Right handle"}}},
			{"DressCodeFillsLimits", CarrierInput{Kind: "lanyard", Name: "Badge", DressCode: "workplace"},
				Carrier{Kind: "lanyard", Name: "Badge", Size: "S", WeightLimitG: 60, Points: []string{"badge_clip", "lanyard_ring"},
					DressCode: "workplace", MaxCount: 1, RemovableOnly: true}},
			{"DressCodeWithOwnCountKeepsIt", CarrierInput{Kind: "backpack", Name: "Uniform bag", DressCode: "school", MaxCount: 3},
				Carrier{Kind: "backpack", Name: "Uniform bag", Size: "L", WeightLimitG: 400,
					Points:    []string{"zip_pull_left", "zip_pull_right", "top_handle", "strap_left", "strap_right", "side_loop"},
					DressCode: "school", MaxCount: 3}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				c, err := f.S.CreateCarrier(ctxBG, f.A, tt.in)
				if err != nil {
					t.Fatal(err)
				}
				got := Carrier{Kind: c.Kind, Name: c.Name, Size: c.Size, Colour: c.Colour, WeightLimitG: c.WeightLimitG,
					Points: c.Points, DressCode: c.DressCode, MaxCount: c.MaxCount, RemovableOnly: c.RemovableOnly}
				if !carrierEqual(got, tt.want) {
					t.Errorf("carrier = %+v, want %+v", got, tt.want)
				}
				if c.OwnerID != f.A || c.ID == 0 || !c.CreatedAt.Equal(f.Now) || c.Current != nil || !c.LastRotated.IsZero() {
					t.Errorf("carrier = %+v, want A's, created now, without a loadout", c)
				}
			})
		}
	})
}

func carrierEqual(a, b Carrier) bool {
	return a.Kind == b.Kind && a.Name == b.Name && a.Size == b.Size && a.Colour == b.Colour &&
		a.WeightLimitG == b.WeightLimitG && slices.Equal(a.Points, b.Points) && a.DressCode == b.DressCode &&
		a.MaxCount == b.MaxCount && a.RemovableOnly == b.RemovableOnly
}

func TestCreateCarrierRejectsInvalidInput(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		many := make([]string, MaxPoints+1)
		for i := range many {
			many[i] = "p" + strings.Repeat("x", i)
		}
		tests := []struct {
			name, field string
			in          CarrierInput
		}{
			{"UnknownKind", "kind", CarrierInput{Kind: "suitcase", Name: "Trip"}},
			{"NoName", "name", CarrierInput{Kind: "tote", Name: "   "}},
			{"LongName", "name", CarrierInput{Kind: "tote", Name: strings.Repeat("é", MaxCarrierName+1)}},
			{"NameOnTwoLines", "name", CarrierInput{Kind: "tote", Name: "a\nb"}},
			{"UnknownSize", "size", CarrierInput{Kind: "tote", Name: "T", Size: "XL"}},
			{"UnknownColour", "colour", CarrierInput{Kind: "tote", Name: "T", Colour: "chartreuse"}},
			{"NegativeWeight", "weight_limit_g", CarrierInput{Kind: "tote", Name: "T", WeightLimitG: -1}},
			{"HeavyWeight", "weight_limit_g", CarrierInput{Kind: "tote", Name: "T", WeightLimitG: MaxWeightLimitG + 1}},
			{"TooManyPoints", "points", CarrierInput{Kind: "tote", Name: "T", Points: many}},
			{"DuplicatePointIgnoringCase", "points", CarrierInput{Kind: "tote", Name: "T", Points: []string{"Zip", "zip"}}},
			{"LongPoint", "points", CarrierInput{Kind: "tote", Name: "T", Points: []string{strings.Repeat("p", MaxPointName+1)}}},
			{"PointWithNewline", "points", CarrierInput{Kind: "tote", Name: "T", Points: []string{"left\nright"}}},
			{"UnknownDressCode", "dress_code", CarrierInput{Kind: "tote", Name: "T", DressCode: "gala"}},
			{"NegativeMaxCount", "max_count", CarrierInput{Kind: "tote", Name: "T", MaxCount: -1}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				_, err := f.S.CreateCarrier(ctxBG, f.A, tt.in)
				wantFieldError(t, err, tt.field)
			})
		}
		t.Run("NothingStored", func(t *testing.T) {
			if cs, err := f.S.Carriers(ctxBG, f.A); err != nil || len(cs) != 0 {
				t.Errorf("carriers = %+v, %v; want none", cs, err)
			}
		})
		t.Run("BoundariesAccepted", func(t *testing.T) {
			in := CarrierInput{Kind: "tote", Name: strings.Repeat("é", MaxCarrierName), WeightLimitG: MaxWeightLimitG,
				Points: many[:MaxPoints], MaxCount: MaxCarrierCount}
			if _, err := f.S.CreateCarrier(ctxBG, f.A, in); err != nil {
				t.Errorf("create at the limits: %v", err)
			}
		})
	})
}

func TestCarriersListsByNameWithCurrentLoadouts(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		tote := f.storeCarrier(t, f.A, "tote", "zebra tote")
		bag := f.storeCarrier(t, f.A, "backpack", "Apple backpack")
		keys := f.storeCarrier(t, f.A, "keyring", "Keys")
		f.storeCarrier(t, f.B, "tote", "Bob's tote")
		items := f.storeItems(t, f.A, "Bunny", "Star", "Moon")
		f.storeSave(t, f.A, bag, items[:2], "strap_left", "zip_pull_left")
		f.Now = f.Now.AddDate(0, 0, 3)
		f.storeSave(t, f.A, tote, items[2:], "handle_left")

		cs, err := f.S.Carriers(ctxBG, f.A)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, c := range cs {
			names = append(names, c.Name)
		}
		if want := []string{"Apple backpack", "Keys", "zebra tote"}; !slices.Equal(names, want) {
			t.Fatalf("names = %v, want %v", names, want)
		}
		t.Run("PlacementsInPointOrderWithItems", func(t *testing.T) {
			cur := cs[0].Current
			if cur == nil || !slices.Equal(placedIDs(cur.Placements), []int64{items[1].ID, items[0].ID}) {
				t.Fatalf("backpack loadout = %+v, want Star (zip_pull_left) then Bunny (strap_left)", cur)
			}
			if it := cur.Placements[0].Item; it == nil || it.Name != "Star" || it.Status != "on_carrier" || it.OwnerID != f.A {
				t.Errorf("summary = %+v", it)
			}
			if !cs[0].LastRotated.Equal(f.Now.AddDate(0, 0, -3)) || !cs[2].LastRotated.Equal(f.Now) {
				t.Errorf("last rotated = %v, %v", cs[0].LastRotated, cs[2].LastRotated)
			}
		})
		t.Run("NoLoadoutNoCurrent", func(t *testing.T) {
			if cs[1].ID != keys.ID || cs[1].Current != nil || !cs[1].LastRotated.IsZero() {
				t.Errorf("keys = %+v, want no current loadout", cs[1])
			}
		})
		t.Run("CarrierMatchesList", func(t *testing.T) {
			c, err := f.S.Carrier(ctxBG, f.A, tote.ID)
			if err != nil || c.Current == nil || !slices.Equal(placedIDs(c.Current.Placements), []int64{items[2].ID}) {
				t.Errorf("tote = %+v, %v", c, err)
			}
		})
	})
}

func TestUpdateCarrier(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		bag := f.storeCarrier(t, f.A, "tote", "Tote")
		items := f.storeItems(t, f.A, "Bunny")
		f.storeSave(t, f.A, bag, items, "handle_left")
		f.Now = f.Now.AddDate(0, 0, 1)

		t.Run("RefusesRemovingAPointInUse", func(t *testing.T) {
			_, err := f.S.UpdateCarrier(ctxBG, f.A, bag.ID, CarrierInput{Kind: "tote", Name: "Tote", Points: []string{"handle_right"}})
			wantFieldError(t, err, "points")
			if !strings.Contains(errs.FieldsOf(err)[0].Message, "handle_left") {
				t.Errorf("message %q does not name the point", errs.FieldsOf(err)[0].Message)
			}
			if c, _ := f.S.Carrier(ctxBG, f.A, bag.ID); !slices.Equal(c.Points, bag.Points) {
				t.Errorf("points = %v, want unchanged %v", c.Points, bag.Points)
			}
		})
		t.Run("ChangesFieldsKeepingPointsInUse", func(t *testing.T) {
			c, err := f.S.UpdateCarrier(ctxBG, f.A, bag.ID, CarrierInput{Kind: "tote", Name: "Beach tote", Colour: "mint",
				Points: []string{"handle_left", "Key loop"}, DressCode: "school"})
			if err != nil {
				t.Fatal(err)
			}
			want := Carrier{Kind: "tote", Name: "Beach tote", Size: "M", Colour: "mint", WeightLimitG: 250,
				Points: []string{"handle_left", "Key loop"}, DressCode: "school", MaxCount: 2, RemovableOnly: true}
			if !carrierEqual(*c, want) || !c.UpdatedAt.Equal(f.Now) || !c.CreatedAt.Equal(bag.CreatedAt) {
				t.Errorf("carrier = %+v, want %+v updated now", c, want)
			}
			if c.Current == nil || len(c.Current.Placements) != 1 {
				t.Errorf("current loadout lost: %+v", c.Current)
			}
		})
		t.Run("KindChangeTakesNewDefaultsWhenFree", func(t *testing.T) {
			empty := f.storeCarrier(t, f.A, "tote", "Spare")
			c, err := f.S.UpdateCarrier(ctxBG, f.A, empty.ID, CarrierInput{Kind: "glasses", Name: "Sunglasses"})
			if err != nil || c.Size != "S" || c.WeightLimitG != 10 || !slices.Equal(c.Points, []string{"temple_tip_left", "temple_tip_right"}) {
				t.Errorf("carrier = %+v, %v; want the glasses defaults", c, err)
			}
		})
		t.Run("Invalid", func(t *testing.T) {
			_, err := f.S.UpdateCarrier(ctxBG, f.A, bag.ID, CarrierInput{Kind: "tote", Name: ""})
			wantFieldError(t, err, "name")
		})
		t.Run("Missing", func(t *testing.T) {
			_, err := f.S.UpdateCarrier(ctxBG, f.A, bag.ID+1000, CarrierInput{Kind: "tote", Name: "X"})
			if !errs.Is(err, errs.NotFound) {
				t.Errorf("err = %v, want NotFound", err)
			}
		})
	})
}

func TestDeleteCarrierStoresItsItems(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		bag := f.storeCarrier(t, f.A, "backpack", "Bag")
		other := f.storeCarrier(t, f.A, "tote", "Tote")
		items := f.storeItems(t, f.A, "Bunny", "Star", "Moon", "Sun")
		old := f.storeSave(t, f.A, bag, items[:1], "top_handle")
		f.storeSave(t, f.A, bag, items[1:3], "top_handle", "side_loop")
		f.storeSave(t, f.A, other, items[3:], "handle_left")
		if err := f.Col.SetStatus(ctxBG, f.A, items[2].ID, "lent", "to Mia"); err != nil {
			t.Fatal(err)
		}
		f.Now = f.Now.AddDate(0, 0, 1)
		if err := f.S.DeleteCarrier(ctxBG, f.A, bag.ID); err != nil {
			t.Fatal(err)
		}
		for i, want := range []string{"stored", "stored", "lent", "on_carrier"} {
			if got := f.statusOf(t, f.A, items[i].ID); got != want {
				t.Errorf("%s is %s, want %s", items[i].Title, got, want)
			}
		}
		h, err := f.Col.StatusHistory(ctxBG, f.A, items[1].ID)
		if err != nil || h[0].Status != "stored" || !h[0].ChangedAt.Equal(f.Now) || h[0].Note != "Bag" {
			t.Errorf("history = %+v, %v; want stored now, noting the carrier", h, err)
		}
		if _, err := f.S.Carrier(ctxBG, f.A, bag.ID); !errs.Is(err, errs.NotFound) {
			t.Errorf("carrier after delete: %v", err)
		}
		if _, err := f.S.Loadout(ctxBG, f.A, old.ID); !errs.Is(err, errs.NotFound) {
			t.Errorf("journey after delete: %v", err)
		}
		if f.activeCount(t, items[1].ID) != 0 || f.activeCount(t, items[3].ID) != 1 {
			t.Error("active placements not cleared with the carrier, or cleared elsewhere")
		}
		if err := f.S.DeleteCarrier(ctxBG, f.A, bag.ID); !errs.Is(err, errs.NotFound) {
			t.Errorf("second delete: %v, want NotFound", err)
		}
	})
}
