package pick

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// moodWords is the keyword table MoodOf reads. Names (the mood's code, a
// spelling variant and its Chinese label) weigh 2; other words weigh 1.
// English words match whole words, also with a plain ending (s, es, ed,
// ing, ly, y: "relaxing", "rainy", "missing"); Chinese words match
// anywhere in the text, the longest word first ("不开心" is sad, not
// happy). A word right after a negation ("not", "don't", "不", "没", also
// across one softener such as "very" or "太") does not count.
var moodWords = []struct {
	Mood  string
	Names []string
	Words []string
}{
	{"happy", []string{"happy", "开心"}, []string{
		"joy", "joyful", "sunny", "cheerful", "glad", "excited", "yay", "fun",
		"celebrate", "party", "birthday", "delighted",
		"高兴", "快乐", "愉快", "兴奋", "阳光", "生日", "哈哈", "庆祝"}},
	{"calm", []string{"calm", "平静"}, []string{
		"tired", "quiet", "relax", "peaceful", "peace", "rest", "slow", "chill",
		"sleepy", "gentle", "breathe",
		"放松", "安静", "累", "休息", "慢", "困", "佛系", "宁静"}},
	{"cozy", []string{"cozy", "cosy", "温暖惬意"}, []string{
		"cold", "rain", "comfort", "comfortable", "comfy", "warm", "warmth",
		"snug", "gloomy", "sad", "unhappy", "lonely", "hug", "blanket", "tea",
		"温暖", "舒服", "下雨", "雨天", "冷", "难过", "不开心", "抱抱", "阴天",
		"治愈", "惬意", "孤单"}},
	{"brave", []string{"brave", "勇敢"}, []string{
		"exam", "interview", "nervous", "test", "presentation", "courage",
		"bold", "scared", "anxious", "afraid", "competition", "challenge", "speech",
		"面试", "考试", "紧张", "加油", "比赛", "演讲", "害怕", "答辩", "挑战"}},
	{"nostalgic", []string{"nostalgic", "怀旧"}, []string{
		"miss", "memories", "memory", "old", "remember", "childhood",
		"throwback", "reunion", "hometown", "retro", "nostalgia",
		"想念", "回忆", "思念", "小时候", "老朋友", "家乡", "以前", "童年"}},
	{"focused", []string{"focused", "专注"}, []string{
		"focus", "work", "study", "deadline", "office", "meeting", "project",
		"busy", "productive", "homework", "library", "revise",
		"工作", "学习", "上班", "开会", "作业", "加班", "图书馆", "效率", "复习", "论文"}},
}

// maxMoodText bounds how much of a free-text mood is read: a mood is a
// phrase, and the bound keeps the cost of odd input fixed.
const maxMoodText = 1000

// entry is one keyword: the index of its mood in Moods and its weight.
type entry struct {
	mood   int
	weight int
}

var (
	englishWords = map[string]entry{}
	chineseWords = map[rune][]string{} // by first rune, longest first
	chineseEntry = map[string]entry{}
	suffixes     = []string{"ing", "es", "ed", "ly", "s", "y"}
	negations    = map[string]bool{"not": true, "no": true, "never": true, "dont": true, "didnt": true, "doesnt": true, "isnt": true, "arent": true, "wasnt": true, "cant": true, "cannot": true, "without": true, "hardly": true}
	softeners    = map[string]bool{"very": true, "so": true, "too": true, "really": true, "that": true, "feeling": true, "feel": true, "quite": true}
	negRunes     = "不没别无"
	softRunes    = "太很是大够怎"
)

func init() {
	for _, row := range moodWords {
		m := indexOf(Moods, row.Mood)
		add := func(w string, weight int) {
			if isHan(w) {
				chineseEntry[w] = entry{m, weight}
				r, _ := utf8.DecodeRuneInString(w)
				chineseWords[r] = append(chineseWords[r], w)
			} else {
				englishWords[w] = entry{m, weight}
			}
		}
		for _, w := range row.Names {
			add(w, 2)
		}
		for _, w := range row.Words {
			add(w, 1)
		}
	}
	for _, ws := range chineseWords {
		// Longest first so a longer word hides the shorter one inside it.
		for i := 1; i < len(ws); i++ {
			for j := i; j > 0 && len(ws[j]) > len(ws[j-1]); j-- {
				ws[j], ws[j-1] = ws[j-1], ws[j]
			}
		}
	}
}

// tally is the evidence for each mood: its total weight and where it was
// first mentioned.
type tally struct {
	score [6]int
	first [6]int
}

func (t *tally) add(e entry, pos int) {
	if t.score[e.mood] == 0 || pos < t.first[e.mood] {
		t.first[e.mood] = pos
	}
	t.score[e.mood] += e.weight
}

// MoodOf maps free text (English or Chinese: "a bit gloomy, want comfort",
// "想安静一点") to one of Moods; ok is false when nothing matches.
// The mood with the most weight in the keyword table (moodWords) wins; a
// tie goes to the mood mentioned first, then to the earlier of Moods.
func MoodOf(text string) (mood string, ok bool) {
	s := normalise(text)
	var t tally
	scanEnglish(s, &t)
	scanChinese(s, &t)
	best := -1
	for m := range Moods {
		if t.score[m] == 0 {
			continue
		}
		if best < 0 || t.score[m] > t.score[best] ||
			t.score[m] == t.score[best] && t.first[m] < t.first[best] {
			best = m
		}
	}
	if best < 0 {
		return "", false
	}
	return Moods[best], true
}

// normalise lower-cases text, folds full-width forms to ASCII, drops
// apostrophes ("don't" → "dont") and turns other punctuation and symbols
// into spaces so keywords never span them.
func normalise(text string) string {
	if len(text) > maxMoodText {
		// Cut at a rune boundary so the last character is not mangled.
		cut := maxMoodText
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	var b strings.Builder
	b.Grow(len(text))
	for _, r := range text {
		if r >= 0xFF01 && r <= 0xFF5E {
			r -= 0xFEE0
		}
		switch {
		case r == '\'' || r == '’':
		case unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.IsSpace(r) || r == utf8.RuneError:
			b.WriteByte(' ')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func isHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return s != ""
}

func indexOf(list []string, s string) int {
	for i, v := range list {
		if v == s {
			return i
		}
	}
	return -1
}
