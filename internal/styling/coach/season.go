package coach

import "time"

// northSeason is the meteorological season of each month in the northern
// hemisphere: March to May spring, June to August summer, September to
// November autumn, December to February winter.
var northSeason = [12]string{
	"winter", "winter", "spring", "spring", "spring", "summer",
	"summer", "summer", "autumn", "autumn", "autumn", "winter",
}

// season returns spring, summer, autumn or winter for the UTC date of t in
// a hemisphere: "south" is six months from the north; anything else is
// taken as north.
func season(t time.Time, hemisphere string) string {
	m := int(t.UTC().Month()) - 1
	if hemisphere == "south" {
		m = (m + 6) % 12
	}
	return northSeason[m]
}

// seasonThemes are the catalog themes that welcome a season, the first
// preferred: seasonal pieces always, with nature for spring, travel and
// food for summer, vintage for autumn and heritage (festival and new-year
// pieces) for winter.
var seasonThemes = map[string][]string{
	"spring": {"seasonal", "nature"},
	"summer": {"seasonal", "travel", "food"},
	"autumn": {"seasonal", "vintage"},
	"winter": {"seasonal", "heritage"},
}

// daysBetween counts the calendar days (UTC) from a to b; negative when b
// is earlier.
func daysBetween(a, b time.Time) int {
	day := func(t time.Time) time.Time {
		y, m, d := t.UTC().Date()
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	return int((day(b).Unix() - day(a).Unix()) / 86400)
}
