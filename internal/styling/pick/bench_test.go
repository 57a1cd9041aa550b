package pick

import (
	"fmt"
	"testing"
	"time"
)

// benchCandidates makes n varied candidates from the catalog codes the
// traits use, deterministically.
func benchCandidates(n int, now time.Time) []Candidate {
	cats := []string{"plush", "metal_enamel", "beaded", "acrylic", "functional", "crochet", "leather", "cultural"}
	themes := []string{"kawaii", "food", "nature", "minimalist", "fantasy", "heritage", "y2k", "seasonal", "gaming", "city"}
	colours := []string{"pink", "brown", "mint", "navy", "red", "beige", "yellow", "grey", "gold", "white"}
	families := []string{"soft", "knit", "metal", "plastic", "bead", "leather", "natural"}
	cs := make([]Candidate, n)
	for i := range cs {
		c := Candidate{
			ItemID:   int64(i*7919%n + 1),
			Name:     fmt.Sprintf("Charm %d", i),
			Category: cats[i%len(cats)],
			Themes:   []string{themes[i%len(themes)], themes[(i/3)%len(themes)]},
			Colours:  []string{colours[i%len(colours)], colours[(i/7)%len(colours)]},
			Families: []string{families[i%len(families)]},
		}
		if i%5 == 0 {
			c.MoodTags = []string{Moods[i%len(Moods)]}
		}
		if i%4 != 0 {
			c.LastWorn = daysAgo(now, float64(i%45))
		}
		c.OnCarrier = i%11 == 0
		cs[i] = c
	}
	return cs
}

func BenchmarkPick5000(b *testing.B) {
	r := Request{Mood: "cozy", Now: january, Hemisphere: "north", Candidates: benchCandidates(5000, january)}
	b.ReportAllocs()
	for b.Loop() {
		if best, _ := Pick(r); best == nil {
			b.Fatal("no pick")
		}
	}
}

func BenchmarkMoodOf(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		MoodOf("a bit gloomy today, 下雨了，want comfort")
	}
}
