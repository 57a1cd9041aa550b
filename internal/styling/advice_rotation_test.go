package styling

import (
	"testing"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/styling/coach"
)

// dueNames lists the carriers due with their ages.
func dueNames(due []RotationDue) map[string]int {
	out := map[string]int{}
	for _, d := range due {
		out[d.Carrier.Name] = d.DaysOld
	}
	return out
}

func TestRotationsDueAfterTheRotationPeriod(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d) // 2026-06-15, summer in the north
		ids := adviceItems(t, f, f.A, 5)
		bag := adviceInsertCarrier(t, f, f.A, "backpack", "Bag")
		tote := adviceInsertCarrier(t, f, f.A, "tote", "Tote")
		empty := adviceInsertCarrier(t, f, f.A, "lanyard", "Empty lanyard")
		adviceInsertCarrier(t, f, f.A, "keyring", "Never used")
		adviceInsertLoadout(t, f, f.A, bag, f.Now, nil,
			PlacementInput{ItemID: ids[0], Point: "zip_pull_left"}, PlacementInput{ItemID: ids[1], Point: "top_handle"})
		adviceInsertLoadout(t, f, f.A, tote, adviceAgo(f, 5), nil, PlacementInput{ItemID: ids[2], Point: "handle_left"})
		adviceInsertLoadout(t, f, f.A, empty, adviceAgo(f, 5), nil)

		due, err := f.S.RotationsDue(ctxBG, f.A)
		if err != nil {
			t.Fatal(err)
		}
		if len(due) != 0 {
			t.Fatalf("due right away: %v", dueNames(due))
		}

		f.Now = f.Now.AddDate(0, 0, 29) // the bag has hung 29 days, the tote 34
		due, err = f.S.RotationsDue(ctxBG, f.A)
		if err != nil {
			t.Fatal(err)
		}
		if got := dueNames(due); len(got) != 1 || got["Tote"] != 34 {
			t.Fatalf("due %v, want only the tote at 34 days", got)
		}

		f.Now = f.Now.AddDate(0, 0, 1) // 30 days: the bag is due too
		due, err = f.S.RotationsDue(ctxBG, f.A)
		if err != nil {
			t.Fatal(err)
		}
		if len(due) != 2 || due[0].Carrier.Name != "Tote" || due[1].Carrier.Name != "Bag" || due[1].DaysOld != 30 {
			t.Fatalf("due %v, want the tote (oldest) then the bag at 30 days", dueNames(due))
		}
		t.Run("CarriesTheLoadoutWithItems", func(t *testing.T) {
			b := due[1]
			if b.Season != "summer" || b.Carrier.Current == nil || !b.Carrier.LastRotated.Equal(b.Carrier.Current.StartedAt) {
				t.Fatalf("season %q current %v last rotated %v", b.Season, b.Carrier.Current, b.Carrier.LastRotated)
			}
			ps := b.Carrier.Current.Placements
			if len(ps) != 2 || ps[0].Item == nil || ps[1].Item == nil || ps[0].Item.Name == "" {
				t.Fatalf("placements %+v, want two with their items", ps)
			}
			if ps[0].Point != "zip_pull_left" || ps[0].Item.ID != ids[0] || ps[1].Point != "top_handle" {
				t.Errorf("placements %+v, want the carrier's point order", ps)
			}
		})
		t.Run("ProposesARotation", func(t *testing.T) {
			for _, d := range due {
				checkReport(t, &d.Proposal, []int64{ids[3], ids[4]})
				if !hasRule(d.Proposal, "rotation") {
					t.Errorf("%s: proposal %+v has no rotation finding", d.Carrier.Name, d.Proposal)
				}
			}
		})
		t.Run("OtherOwnersSeeNone", func(t *testing.T) {
			due, err := f.S.RotationsDue(ctxBG, f.B)
			if err != nil || len(due) != 0 {
				t.Fatalf("B: %v, %v", dueNames(due), err)
			}
		})
	})
}

// hasRule reports whether a report has a finding of rule.
func hasRule(r coach.Report, rule string) bool {
	for _, f := range r.Findings {
		if f.Rule == rule {
			return true
		}
	}
	return false
}

func TestRotationsDueAcrossASeason(t *testing.T) {
	tests := []struct {
		name       string
		hemisphere string
		started    string
		now        string
		due        bool
		season     string
	}{
		{"NorthSummerToAutumn", "north", "2026-08-28", "2026-09-02", true, "autumn"},
		{"NorthSameSeason", "north", "2026-09-01", "2026-09-02", false, ""},
		{"SouthWinterToSpring", "south", "2026-08-28", "2026-09-02", true, "spring"},
		{"SouthSameSeason", "south", "2026-12-02", "2026-12-20", false, ""},
	}
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		ids := adviceItems(t, f, f.A, 1)
		adviceSetSettings(t, f, f.A, Settings{Style: "balanced", RotationDays: 60, Hemisphere: "north"})
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				adviceExec(t, f, `DELETE FROM carriers WHERE owner_id = $1`, f.A)
				adviceExec(t, f, `UPDATE styling_settings SET hemisphere = $1 WHERE user_id = $2`, tt.hemisphere, f.A)
				started, _ := time.Parse(time.DateOnly, tt.started)
				f.Now, _ = time.Parse(time.DateOnly, tt.now)
				bag := adviceInsertCarrier(t, f, f.A, "backpack", "Bag")
				adviceInsertLoadout(t, f, f.A, bag, started, nil, PlacementInput{ItemID: ids[0], Point: "top_handle"})
				due, err := f.S.RotationsDue(ctxBG, f.A)
				if err != nil {
					t.Fatal(err)
				}
				if (len(due) == 1) != tt.due {
					t.Fatalf("due %v, want %v", dueNames(due), tt.due)
				}
				if tt.due && due[0].Season != tt.season {
					t.Errorf("season %q, want %q", due[0].Season, tt.season)
				}
			})
		}
	})
}
