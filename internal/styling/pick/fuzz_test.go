package pick

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func FuzzMoodOf(f *testing.F) {
	for _, s := range []string{"", "happy", "not very happy", "明天要面试，好紧张！", "不太开心", "ＨＡＰＰＹ", "don't", "\xff\xfe", "不"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		mood, ok := MoodOf(text)
		if ok != (mood != "") || ok && !slices.Contains(Moods, mood) {
			t.Fatalf("MoodOf(%q) = %q, %v", text, mood, ok)
		}
		if again, _ := MoodOf(text); again != mood {
			t.Fatalf("MoodOf(%q) not deterministic: %q then %q", text, mood, again)
		}
	})
}

// FuzzPick builds candidates from fuzzed codes and times and checks Pick
// never panics, answers with candidates it was given, and has a message
// for every reason.
func FuzzPick(f *testing.F) {
	f.Add("cozy", "north", int64(0), int64(86400*3), "knit,soft", "kawaii", "pink", "cozy", uint8(5))
	f.Add("面试", "south", int64(-1<<62), int64(1<<62), "", ",,", "x", "", uint8(1))
	f.Fuzz(func(t *testing.T, mood, hemi string, now, worn int64, fams, themes, colours, tags string, n uint8) {
		at := time.Unix(now, 0).UTC()
		var cs []Candidate
		for i := range int(n % 16) {
			c := Candidate{
				ItemID: int64(i % 5), Category: themes, Themes: strings.Split(themes, ","),
				Colours: strings.Split(colours, ","), Families: strings.Split(fams, ","),
				MoodTags: strings.Split(tags, ","), OnCarrier: i%3 == 0,
			}
			if i%2 == 1 {
				c.LastWorn = time.Unix(worn*int64(i), 0)
			}
			cs = append(cs, c)
		}
		best, backup := Pick(Request{Mood: mood, Now: at, Hemisphere: hemi, Candidates: cs})
		if len(cs) == 0 {
			if best != nil || backup != nil {
				t.Fatal("a pick from nothing")
			}
			return
		}
		for _, ch := range []*Choice{best, backup} {
			if ch == nil {
				continue
			}
			if _, ok := formats[ch.Code]; !ok || ch.Reason == "" || strings.Contains(ch.Reason, "%!") {
				t.Fatalf("bad reason %+v", ch)
			}
		}
		if best == nil || backup != nil && backup.ItemID == best.ItemID {
			t.Fatalf("best %+v backup %+v", best, backup)
		}
	})
}
