package pick

import (
	"testing"
	"time"
)

func TestSeason(t *testing.T) {
	day := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 12, 0, 0, 0, time.UTC) }
	tests := []struct {
		name         string
		at           time.Time
		north, south string
	}{
		{"LastDayOfFebruary", day(time.February, 28), "winter", "summer"},
		{"FirstDayOfMarch", day(time.March, 1), "spring", "autumn"},
		{"LastDayOfMay", day(time.May, 31), "spring", "autumn"},
		{"FirstDayOfJune", day(time.June, 1), "summer", "winter"},
		{"LastDayOfAugust", day(time.August, 31), "summer", "winter"},
		{"FirstDayOfSeptember", day(time.September, 1), "autumn", "spring"},
		{"LastDayOfNovember", day(time.November, 30), "autumn", "spring"},
		{"FirstDayOfDecember", day(time.December, 1), "winter", "summer"},
		{"NewYearsDay", day(time.January, 1), "winter", "summer"},
		{"LastMinuteOfTheYear", time.Date(2025, time.December, 31, 23, 59, 0, 0, time.UTC), "winter", "summer"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Season(tt.at, "north"); got != tt.north {
				t.Errorf("north: %s, want %s", got, tt.north)
			}
			if got := Season(tt.at, "south"); got != tt.south {
				t.Errorf("south: %s, want %s", got, tt.south)
			}
		})
	}
}

func TestSeasonHemisphereSpelling(t *testing.T) {
	july := time.Date(2026, time.July, 15, 0, 0, 0, 0, time.UTC)
	for h, want := range map[string]string{"": "summer", "north": "summer", "North": "summer", " SOUTH ": "winter", "elsewhere": "summer"} {
		if got := Season(july, h); got != want {
			t.Errorf("Season(July, %q) = %s, want %s", h, got, want)
		}
	}
}

// Season uses the month of the time as given, so a local time near
// midnight gives the local season.
func TestSeasonUsesTheGivenLocation(t *testing.T) {
	shanghai := time.FixedZone("CST", 8*3600)
	utc := time.Date(2026, time.February, 28, 20, 0, 0, 0, time.UTC)
	if got := Season(utc, "north"); got != "winter" {
		t.Fatalf("UTC: %s", got)
	}
	if got := Season(utc.In(shanghai), "north"); got != "spring" {
		t.Fatalf("Shanghai: %s", got)
	}
}
