package pick

import (
	"slices"
	"testing"
	"time"
)

// july and january are noon on days whose northern seasons are summer and
// winter.
var (
	july    = time.Date(2026, time.July, 15, 12, 0, 0, 0, time.UTC)
	january = time.Date(2026, time.January, 15, 12, 0, 0, 0, time.UTC)
)

func daysAgo(now time.Time, d float64) time.Time {
	return now.Add(-time.Duration(d * float64(24*time.Hour)))
}

func ids(best, backup *Choice) [2]int64 {
	var got [2]int64
	if best != nil {
		got[0] = best.ItemID
	}
	if backup != nil {
		got[1] = backup.ItemID
	}
	return got
}

func TestPickOrdering(t *testing.T) {
	tests := []struct {
		name string
		req  Request
		want [2]int64 // best, backup (0: none)
	}{
		{"MoodTagBeatsEveryOtherMoodMatch", Request{Mood: "cozy", Now: july, Candidates: []Candidate{
			{ItemID: 1, Category: "plush", Themes: []string{"food", "seasonal"}, Colours: []string{"brown", "beige"}, Families: []string{"knit"}},
			{ItemID: 2, Category: "acrylic", MoodTags: []string{"cozy"}},
		}}, [2]int64{2, 1}},
		{"MoodThemeBeatsNoMatch", Request{Mood: "happy", Now: july, Candidates: []Candidate{
			{ItemID: 1, Category: "leather", Themes: []string{"city"}},
			{ItemID: 2, Category: "leather", Themes: []string{"kawaii"}},
		}}, [2]int64{2, 1}},
		{"OtherMoodsTagDoesNotCount", Request{Mood: "calm", Now: july, Candidates: []Candidate{
			{ItemID: 1, Category: "leather", MoodTags: []string{"brave"}},
			{ItemID: 2, Category: "leather", Themes: []string{"nature"}},
		}}, [2]int64{2, 1}},
		{"FreeTextMoodIsMapped", Request{Mood: "big exam today, 好紧张", Now: july, Candidates: []Candidate{
			{ItemID: 1, Category: "plush", Themes: []string{"kawaii"}},
			{ItemID: 2, Category: "metal_enamel", Themes: []string{"fantasy"}},
		}}, [2]int64{2, 1}},
		{"WornYesterdayLosesToWornLastWeek", Request{Mood: "happy", Now: july, Candidates: []Candidate{
			{ItemID: 1, Themes: []string{"kawaii"}, LastWorn: daysAgo(july, 1)},
			{ItemID: 2, Themes: []string{"kawaii"}, LastWorn: daysAgo(july, 7)},
		}}, [2]int64{2, 1}},
		{"WornRecentlyLosesEvenItsMoodTag", Request{Mood: "happy", Now: july, Candidates: []Candidate{
			{ItemID: 1, MoodTags: []string{"happy"}, LastWorn: daysAgo(july, 0.5)},
			{ItemID: 2, Themes: []string{"kawaii"}, Colours: []string{"pink"}, LastWorn: daysAgo(july, 3)},
		}}, [2]int64{2, 1}},
		{"FortySevenHoursIsRecent", Request{Now: july, Candidates: []Candidate{
			{ItemID: 1, LastWorn: july.Add(-47 * time.Hour)},
			{ItemID: 2, LastWorn: july.Add(-49 * time.Hour)},
		}}, [2]int64{2, 1}},
		{"WornInTheFutureCountsAsRecent", Request{Now: july, Candidates: []Candidate{
			{ItemID: 1, LastWorn: july.Add(time.Hour)},
			{ItemID: 2, LastWorn: daysAgo(july, 4)},
		}}, [2]int64{2, 1}},
		{"LongerRestWins", Request{Now: july, Candidates: []Candidate{
			{ItemID: 1, LastWorn: daysAgo(july, 6)},
			{ItemID: 2, LastWorn: daysAgo(july, 20)},
		}}, [2]int64{2, 1}},
		{"NeverWornBeatsLongRest", Request{Now: july, Candidates: []Candidate{
			{ItemID: 1, LastWorn: daysAgo(july, 400)},
			{ItemID: 2},
		}}, [2]int64{2, 1}},
		{"OnCarrierSlightlyLessPreferred", Request{Mood: "calm", Now: july, Candidates: []Candidate{
			{ItemID: 1, Themes: []string{"nature"}, OnCarrier: true},
			{ItemID: 2, Themes: []string{"nature"}},
		}}, [2]int64{2, 1}},
		{"OnCarrierStillWinsOnMood", Request{Mood: "calm", Now: july, Candidates: []Candidate{
			{ItemID: 1, Themes: []string{"nature"}, OnCarrier: true},
			{ItemID: 2, Themes: []string{"gaming"}},
		}}, [2]int64{1, 2}},
		{"WinterFavoursKnitInTheNorth", Request{Now: january, Hemisphere: "north", Candidates: []Candidate{
			{ItemID: 1, Families: []string{"bead"}},
			{ItemID: 2, Families: []string{"knit"}},
		}}, [2]int64{2, 1}},
		{"JanuaryIsSummerInTheSouth", Request{Now: january, Hemisphere: "south", Candidates: []Candidate{
			{ItemID: 1, Families: []string{"bead"}},
			{ItemID: 2, Families: []string{"knit"}},
		}}, [2]int64{1, 2}},
		{"BackupDiffersInCategory", Request{Mood: "happy", Now: july, Candidates: []Candidate{
			{ItemID: 1, Category: "plush", Themes: []string{"kawaii", "food"}},
			{ItemID: 2, Category: "plush", Themes: []string{"kawaii"}},
			{ItemID: 3, Category: "beaded", Themes: []string{"kawaii"}},
		}}, [2]int64{1, 3}},
		{"BackupDiffersInMainTheme", Request{Mood: "happy", Now: july, Candidates: []Candidate{
			{ItemID: 1, Category: "plush", Themes: []string{"kawaii", "food"}},
			{ItemID: 2, Category: "plush", Themes: []string{"kawaii", "animals"}},
			{ItemID: 3, Category: "plush", Themes: []string{"food"}},
		}}, [2]int64{1, 3}},
		{"BackupFallsBackToRunnerUp", Request{Mood: "happy", Now: july, Candidates: []Candidate{
			{ItemID: 1, Category: "plush", Themes: []string{"kawaii", "food"}},
			{ItemID: 2, Category: "plush", Themes: []string{"kawaii"}},
			{ItemID: 3, Category: "plush", Themes: []string{"kawaii"}, LastWorn: daysAgo(july, 1)},
		}}, [2]int64{1, 2}},
		{"TiesBreakByItemID", Request{Mood: "happy", Now: july, Candidates: []Candidate{
			{ItemID: 7, Category: "leather"}, {ItemID: 3, Category: "beaded"}, {ItemID: 5, Category: "cultural"},
		}}, [2]int64{3, 5}},
		{"BackupIsNeverTheSameItem", Request{Now: july, Candidates: []Candidate{
			{ItemID: 4, Category: "plush"}, {ItemID: 4, Category: "beaded"},
		}}, [2]int64{4, 0}},
		{"OneCandidateHasNoBackup", Request{Now: july, Candidates: []Candidate{{ItemID: 9}}}, [2]int64{9, 0}},
		{"UnknownMoodStillPicks", Request{Mood: "purple elephant", Now: july, Candidates: []Candidate{
			{ItemID: 1, LastWorn: daysAgo(july, 3)}, {ItemID: 2},
		}}, [2]int64{2, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ids(Pick(tt.req)); got != tt.want {
				t.Fatalf("Pick = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestPickWithoutCandidatesIsNil(t *testing.T) {
	best, backup := Pick(Request{Mood: "happy", Now: july})
	if best != nil || backup != nil {
		t.Fatalf("Pick(no candidates) = %v, %v", best, backup)
	}
}

// The answer does not depend on the order candidates come in.
func TestPickIsDeterministic(t *testing.T) {
	cs := benchCandidates(200, july)
	want := ids(Pick(Request{Mood: "cozy", Now: july, Candidates: cs}))
	rev := slices.Clone(cs)
	slices.Reverse(rev)
	for i := range 5 {
		if got := ids(Pick(Request{Mood: "cozy", Now: july, Candidates: rev})); got != want {
			t.Fatalf("run %d on reversed input: %v, want %v", i, got, want)
		}
	}
}
