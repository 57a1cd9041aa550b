package coach

import (
	"slices"
	"testing"
	"time"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 9, 0, 0, 0, time.UTC) }

func TestSeason(t *testing.T) {
	tests := []struct {
		t            time.Time
		north, south string
	}{
		{day(2026, 2, 28), "winter", "summer"},
		{day(2026, 3, 1), "spring", "autumn"},
		{day(2026, 5, 31), "spring", "autumn"},
		{day(2026, 6, 1), "summer", "winter"},
		{day(2026, 8, 31), "summer", "winter"},
		{day(2026, 9, 1), "autumn", "spring"},
		{day(2026, 11, 30), "autumn", "spring"},
		{day(2026, 12, 1), "winter", "summer"},
		{day(2027, 1, 1), "winter", "summer"},
		// The UTC date decides: 23:30 on 31 May in UTC-2 is 1 June in UTC.
		{time.Date(2026, 5, 31, 23, 30, 0, 0, time.FixedZone("", -2*3600)), "summer", "winter"},
	}
	for _, tt := range tests {
		if got := season(tt.t, "north"); got != tt.north {
			t.Errorf("north %s = %s, want %s", tt.t, got, tt.north)
		}
		if got := season(tt.t, "south"); got != tt.south {
			t.Errorf("south %s = %s, want %s", tt.t, got, tt.south)
		}
		if got := season(tt.t, ""); got != tt.north {
			t.Errorf("no hemisphere %s = %s, want the north's %s", tt.t, got, tt.north)
		}
	}
}

func TestRotationRule(t *testing.T) {
	now := day(2026, 7, 31) // midsummer: thirty days back is still summer
	tests := []struct {
		name        string
		lastRotated time.Time
		period      int
		hemisphere  string
		want        []string
	}{
		{"NewLoadoutSaysNothing", time.Time{}, 30, "north", nil},
		{"DayBeforeDueSaysNothing", now.AddDate(0, 0, -29), 30, "north", nil},
		{"ExactlyRotationDaysIsDue", now.AddDate(0, 0, -30), 30, "north", []string{"rotation_due"}},
		{"CountsCalendarDays", time.Date(2026, 7, 1, 23, 59, 0, 0, time.UTC), 30, "north", []string{"rotation_due"}},
		{"NoPeriodNeverDue", now.AddDate(0, 0, -200), 0, "south", []string{"rotation_season"}},
		{"FutureDateSaysNothing", now.AddDate(0, 0, 3), 30, "north", nil},
		{"SeasonTurnedNorth", day(2026, 5, 31), 90, "north", []string{"rotation_season"}},
		{"SameSeasonNorth", day(2026, 6, 1), 90, "north", nil},
		{"SeasonTurnedSouth", day(2026, 5, 31), 90, "south", []string{"rotation_season"}},
		{"DueAndSeasonTurned", day(2026, 3, 1), 30, "north", []string{"rotation_due", "rotation_season"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := input(plain(3))
			in.Now, in.LastRotated, in.RotationDays, in.Hemisphere = now, tt.lastRotated, tt.period, tt.hemisphere
			r := Evaluate(in)
			checkReport(t, in, r)
			got := codes(ofRule(r, ruleRotation))
			slices.Sort(got)
			if !slices.Equal(got, append([]string{}, tt.want...)) {
				t.Errorf("rotation findings = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestRotationSwapsForPiecesRestedLongest(t *testing.T) {
	in := input(plain(6),
		pc(10, "worn last week", worn(today.AddDate(0, 0, -7)), theme("music"), fam("knit")),
		pc(11, "worn in spring", worn(today.AddDate(0, 0, -90))),
		pc(12, "never worn", theme("nature")),
	)
	in.LastRotated, in.Style = today.AddDate(0, 0, -40), "maximalist"
	r := Evaluate(in)
	checkReport(t, in, r)
	s := suggested(r, ruleRotation)
	// Six pieces: rotate a third, two swaps, never worn first.
	if len(s) != 2 {
		t.Fatalf("rotation suggestions %+v, want two swaps", s)
	}
	if s[0].In != 12 || s[0].Code != "swap_rotation_unworn" {
		t.Errorf("first swap %+v, want the never-worn piece", s[0])
	}
	if s[1].In != 11 || s[1].Code != "swap_rotation" || s[1].Args[2] != "90" {
		t.Errorf("second swap %+v, want the piece worn 90 days ago", s[1])
	}
}

func TestRotationWelcomesTheSeason(t *testing.T) {
	collection := []Piece{
		pc(10, "sunflower", theme("nature")),
		pc(11, "ice cream", theme("food")),
		pc(12, "summer fan", theme("seasonal")),
	}
	t.Run("AddsWhenThereIsRoom", func(t *testing.T) {
		in := input(plain(3), collection...)
		in.LastRotated = day(2026, 5, 20)
		s := suggested(Evaluate(in), ruleRotation)
		if len(s) != 1 || s[0].Kind != "add" || s[0].In != 12 || s[0].Args[1] != "@season.summer" {
			t.Errorf("suggestions %+v, want the seasonal fan added for summer", s)
		}
	})
	t.Run("SwapsWhenFull", func(t *testing.T) {
		in := input(plain(5), collection...)
		in.LastRotated = day(2026, 5, 20)
		s := suggested(Evaluate(in), ruleRotation)
		if len(s) != 1 || s[0].Kind != "swap" || s[0].In != 12 {
			t.Errorf("suggestions %+v, want the seasonal fan swapped in", s)
		}
	})
	t.Run("SouthernWinterWantsHeritage", func(t *testing.T) {
		in := input(plain(3), pc(10, "sunflower", theme("nature")), pc(13, "lantern", theme("heritage")))
		in.LastRotated, in.Hemisphere = day(2026, 5, 20), "south"
		s := suggested(Evaluate(in), ruleRotation)
		if len(s) != 1 || s[0].In != 13 || s[0].Message != "Add lantern to welcome winter." {
			t.Errorf("suggestions %+v, want the lantern for winter", s)
		}
	})
}
