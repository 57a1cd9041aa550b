package pick

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// scanEnglish counts the English keywords in normalised text s: whole
// words, separated by spaces or by Chinese characters.
func scanEnglish(s string, t *tally) {
	var prev1, prev2 string
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := s[start:end]
		if e, ok := lookupEnglish(w); ok && !negatedEnglish(prev1, prev2) {
			t.add(e, start)
		}
		prev1, prev2, start = w, prev1, -1
	}
	for i, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			flush(i)
			// Chinese between two words breaks the phrase a negation
			// belongs to.
			prev1, prev2 = "", ""
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if start < 0 {
				start = i
			}
		default:
			flush(i)
		}
	}
	flush(len(s))
}

// lookupEnglish finds word in the table, as it is or without a plain
// ending ("relaxing" → relax, "celebrating" → celebrate).
func lookupEnglish(word string) (entry, bool) {
	if e, ok := englishWords[word]; ok {
		return e, true
	}
	for _, suf := range suffixes {
		stem, found := strings.CutSuffix(word, suf)
		if !found || len(stem) < 3 {
			continue
		}
		if e, ok := englishWords[stem]; ok {
			return e, true
		}
		if suf == "ing" || suf == "ed" {
			if e, ok := englishWords[stem+"e"]; ok {
				return e, true
			}
		}
	}
	return entry{}, false
}

// negatedEnglish reports whether the two words before a keyword negate it:
// "not happy", "not very happy".
func negatedEnglish(prev1, prev2 string) bool {
	return negations[prev1] || softeners[prev1] && negations[prev2]
}

// scanChinese counts the Chinese keywords in normalised text s, taking the
// longest word that starts at each position.
func scanChinese(s string, t *tally) {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		matched := ""
		for _, w := range chineseWords[r] {
			if strings.HasPrefix(s[i:], w) {
				matched = w
				break
			}
		}
		if matched == "" {
			i += size
			continue
		}
		if !negatedChinese(s[:i]) {
			t.add(chineseEntry[matched], i)
		}
		i += len(matched)
	}
}

// negatedChinese reports whether the text before a keyword ends in a
// negation: "不累", "没那么", "不太开心".
func negatedChinese(before string) bool {
	r1, n := utf8.DecodeLastRuneInString(before)
	if strings.ContainsRune(negRunes, r1) {
		return true
	}
	if n == 0 || !strings.ContainsRune(softRunes, r1) {
		return false
	}
	r2, _ := utf8.DecodeLastRuneInString(before[:len(before)-n])
	return strings.ContainsRune(negRunes, r2)
}
