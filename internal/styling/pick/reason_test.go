package pick

import (
	"slices"
	"testing"
)

func TestReasons(t *testing.T) {
	tests := []struct {
		name   string
		req    Request
		code   string
		args   []string
		reason string
	}{
		{"OwnTagAndSeason", Request{Mood: "cozy", Now: january, Candidates: []Candidate{
			{ItemID: 1, MoodTags: []string{"cozy"}, Families: []string{"knit"}, LastWorn: daysAgo(january, 5)},
		}}, "tag_season", []string{"@mood.cozy", "@material_family.knit", "@season.winter"},
			"Your own 'cozy' pick; knit suits winter"},
		{"TwoTraitsAndWeeksOfRest", Request{Mood: "happy", Now: july, Candidates: []Candidate{
			{ItemID: 1, Themes: []string{"kawaii"}, Colours: []string{"pink"}, LastWorn: daysAgo(july, 21)},
		}}, "mood_pair_rest_weeks", []string{"@theme.kawaii", "@colour.pink", "@mood.happy", "3"},
			"Kawaii and pink for a happy day; not worn for 3 weeks"},
		{"StrongestTraitsNamedFirst", Request{Mood: "cozy", Now: july, Candidates: []Candidate{
			{ItemID: 1, Category: "crochet", Colours: []string{"brown"}, Families: []string{"knit"}, Themes: []string{"food"}, LastWorn: daysAgo(july, 1)},
		}}, "mood_pair", []string{"@theme.food", "@category.crochet", "@mood.cozy"},
			"Food and crochet for a cozy day"},
		{"OneTraitNeverWorn", Request{Mood: "calm", Now: january, Candidates: []Candidate{
			{ItemID: 1, Themes: []string{"nature"}},
		}}, "mood_one_never_worn", []string{"@theme.nature", "@mood.calm"},
			"Nature for a calm day; never worn yet"},
		{"OneTraitAndDaysOfRest", Request{Mood: "focused", Now: july, Candidates: []Candidate{
			{ItemID: 1, Category: "functional", LastWorn: daysAgo(july, 9)},
		}}, "mood_one_rest_days", []string{"@category.functional", "@mood.focused", "9"},
			"Functional for a focused day; not worn for 9 days"},
		{"RestBeatsWeakerSeason", Request{Now: july, Candidates: []Candidate{
			{ItemID: 1, Colours: []string{"yellow"}, LastWorn: daysAgo(july, 30)},
		}}, "rest_weeks", []string{"4"}, "Not worn for 4 weeks"},
		{"SeasonAlone", Request{Now: january, Hemisphere: "north", Candidates: []Candidate{
			{ItemID: 1, Families: []string{"metal", "knit"}, LastWorn: daysAgo(january, 1)},
		}}, "season", []string{"@material_family.knit", "@season.winter"}, "Knit suits winter"},
		{"SouthernSeason", Request{Now: january, Hemisphere: "south", Candidates: []Candidate{
			{ItemID: 1, Themes: []string{"travel"}, LastWorn: daysAgo(january, 1)},
		}}, "season", []string{"@theme.travel", "@season.summer"}, "Travel suits summer"},
		{"RestDaysAlone", Request{Now: july, Candidates: []Candidate{
			{ItemID: 1, LastWorn: daysAgo(july, 5)},
		}}, "rest_days", []string{"5"}, "Not worn for 5 days"},
		{"NeverWornAlone", Request{Now: july, Candidates: []Candidate{{ItemID: 1}}},
			"never_worn", nil, "Never worn yet"},
		{"NothingStandsOut", Request{Mood: "brave", Now: july, Candidates: []Candidate{
			{ItemID: 1, Themes: []string{"kawaii"}, LastWorn: daysAgo(july, 1)},
		}}, "fresh", nil, "The best fit in your collection today"},
		{"WordsFromCodes", Request{Mood: "brave", Now: july, Candidates: []Candidate{
			{ItemID: 1, Category: "metal_enamel", LastWorn: daysAgo(july, 1)},
		}}, "mood_one", []string{"@category.metal_enamel", "@mood.brave"}, "Metal enamel for a brave day"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			best, _ := Pick(tt.req)
			if best.Code != tt.code || !slices.Equal(best.Args, tt.args) || best.Reason != tt.reason {
				t.Fatalf("got %q %q %q\nwant %q %q %q", best.Code, best.Args, best.Reason, tt.code, tt.args, tt.reason)
			}
			if _, ok := formats[best.Code]; !ok {
				t.Fatalf("code %q has no format", best.Code)
			}
		})
	}
}
