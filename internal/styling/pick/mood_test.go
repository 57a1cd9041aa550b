package pick

import (
	"strings"
	"testing"
)

func TestMoodOf(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"MoodName", "cozy", "cozy"},
		{"MoodNameAnyCase", "  HAPPY!!! ", "happy"},
		{"BritishSpelling", "feeling cosy", "cozy"},
		{"EnglishKeywords", "a bit gloomy, want comfort", "cozy"},
		{"EnglishEnding", "so relaxing today", "calm"},
		{"EnglishEndingWithE", "celebrating tonight", "happy"},
		{"RainyIsRain", "rainy monday", "cozy"},
		{"MissingIsMiss", "missing my grandma", "nostalgic"},
		{"ExamIsBrave", "Exam tomorrow...", "brave"},
		{"DeadlineIsFocused", "deadline at 5pm", "focused"},
		{"ChineseLabel", "平静", "calm"},
		{"ChineseKeywords", "想安静一点", "calm"},
		{"ChineseInterview", "明天要面试，好紧张！", "brave"},
		{"ChineseMemories", "想念小时候", "nostalgic"},
		{"ChineseWork", "今天要专心工作", "focused"},
		{"ChineseLongestWordWins", "有点不开心", "cozy"},
		{"MixedLanguages", "exam 好紧张", "brave"},
		{"MixedWithoutSpace", "面试interview加油", "brave"},
		{"FullWidthLetters", "ＨＡＰＰＹ", "happy"},
		{"NameOutweighsKeyword", "tired but cozy", "cozy"},
		{"MoreEvidenceWins", "work, study, but a little tired", "focused"},
		{"TieGoesToFirstMentioned", "interview, then a quiet evening", "brave"},
		{"TieGoesToFirstMentionedChinese", "好累，明天还要考试", "calm"},
		{"NegatedEnglishSkipped", "not tired, a big exam", "brave"},
		{"NegatedAcrossSoftener", "not very happy, miss home", "nostalgic"},
		{"ContractionNegates", "don't feel nervous, just sunny", "happy"},
		{"NegatedChineseSkipped", "不累，想去庆祝", "happy"},
		{"NegatedChineseAcrossSoftener", "不太紧张，有点想念", "nostalgic"},
		{"WordInsideWordIgnored", "testament oldest", ""},
		{"Nothing", "purple elephant", ""},
		{"Empty", "", ""},
		{"OnlyPunctuation", "?!…，。", ""},
		{"OnlyNegated", "not happy", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := MoodOf(tt.text)
			if got != tt.want || ok != (tt.want != "") {
				t.Fatalf("MoodOf(%q) = %q, %v; want %q", tt.text, got, ok, tt.want)
			}
		})
	}
}

func TestMoodOfReadsOnlyTheStartOfLongText(t *testing.T) {
	text := strings.Repeat("x ", maxMoodText) + "happy"
	if got, ok := MoodOf(text); ok {
		t.Fatalf("MoodOf read past the limit: %q", got)
	}
	if got, _ := MoodOf("happy " + text); got != "happy" {
		t.Fatalf("MoodOf(happy …) = %q", got)
	}
}

// Every word in the table maps to its own mood, and to nothing else, so
// no word is shadowed by, or double counted with, another.
func TestEveryMoodWordMapsToItsMood(t *testing.T) {
	seen := map[string]string{}
	for _, row := range moodWords {
		if indexOf(Moods, row.Mood) < 0 {
			t.Fatalf("table row for unknown mood %q", row.Mood)
		}
		for _, w := range append(append([]string{}, row.Names...), row.Words...) {
			if other, dup := seen[w]; dup {
				t.Errorf("%q is listed for %s and %s", w, other, row.Mood)
			}
			seen[w] = row.Mood
			var tl tally
			s := normalise(w)
			scanEnglish(s, &tl)
			scanChinese(s, &tl)
			total := 0
			for _, n := range tl.score {
				total += n
			}
			m := indexOf(Moods, row.Mood)
			if tl.score[m] == 0 || tl.score[m] != total {
				t.Errorf("%q scores %v, want only %s", w, tl.score, row.Mood)
			}
		}
	}
}

func TestTallyHoldsEveryMood(t *testing.T) {
	var tl tally
	if len(tl.score) != len(Moods) || len(moodWords) != len(Moods) {
		t.Fatalf("tally holds %d moods, table %d, Moods %d", len(tl.score), len(moodWords), len(Moods))
	}
}

func TestMoodOfCutsLongTextAtACharacter(t *testing.T) {
	// 999 bytes, then a three-byte character across the limit: it is
	// dropped whole, not read as a broken character.
	text := "\xff " + strings.Repeat("x", maxMoodText-3) + "开心"
	if got := normalise(text); len(got) != maxMoodText-1 || !strings.HasSuffix(got, "x") {
		t.Fatalf("normalise gave %d bytes ending %q", len(got), got[len(got)-4:])
	}
	if got, _ := MoodOf("\xff happy " + text); got != "happy" {
		t.Fatalf("invalid bytes hid the mood: %q", got)
	}
}
