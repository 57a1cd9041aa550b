package search

import (
	"strings"
	"unicode/utf8"
)

// maxWordBytes bounds one word: longer runs are codes, hashes or URLs that
// nobody types, and they would only bloat the term dictionary.
const maxWordBytes = 64

// stopWords are English words too common to index. A query that contains
// them ("charm for a bag") would otherwise require them in every match.
var stopWords = map[string]bool{
	"a": true, "an": true, "and": true, "are": true, "as": true, "at": true,
	"be": true, "by": true, "for": true, "from": true, "in": true, "is": true,
	"it": true, "of": true, "on": true, "or": true, "the": true, "to": true,
	"with": true,
}

// token is one indexed term of a text. Words carry their surface form (the
// folded word before plural folding), which prefix search matches against;
// CJK grams have none.
type token struct {
	term    string
	surface string
}

// tokens appends the index terms of s to out: each word once per
// occurrence, plural-folded, and each CJK run as its single characters and
// its overlapping pairs ("毛绒挂件" → 毛 绒 挂 件 毛绒 绒挂 挂件), so that a
// query of any two adjacent characters finds it.
func (f *folder) tokens(s string, out []token) []token {
	t := f.fold(s)
	for _, sp := range f.spans {
		if !sp.cjk {
			w := t[sp.start:sp.end]
			if len(w) <= maxWordBytes && !stopWords[w] {
				out = append(out, token{term: stem(w), surface: w})
			}
			continue
		}
		prev := -1
		for i := sp.start; i < sp.end; {
			_, n := utf8.DecodeRuneInString(t[i:sp.end])
			out = append(out, token{term: t[i : i+n]})
			if prev >= 0 {
				out = append(out, token{term: t[prev : i+n]})
			}
			prev = i
			i += n
		}
	}
	return out
}

// queryTerm is one term a match must contain. With prefix set, any word
// that starts with surface also matches (search as you type).
type queryTerm struct {
	term    string
	surface string
	prefix  bool
}

// queryTerms analyses query text the way tokens analyses documents, except
// that a CJK run of two or more characters is matched by its pairs alone
// (its single characters add nothing once every pair must match), stop
// words are dropped, and the last word, when the text ends with one, also
// matches as a prefix. Repeated terms are dropped.
func (f *folder) queryTerms(s string) []queryTerm {
	t := f.fold(s)
	var out []queryTerm
	add := func(q queryTerm) {
		for _, o := range out {
			if o == q {
				return
			}
		}
		out = append(out, q)
	}
	for k, sp := range f.spans {
		if !sp.cjk {
			w := t[sp.start:sp.end]
			if len(w) > maxWordBytes || stopWords[w] {
				continue
			}
			add(queryTerm{term: stem(w), surface: w, prefix: k == len(f.spans)-1})
			continue
		}
		first, n := 0, utf8.RuneCountInString(t[sp.start:sp.end])
		for i := sp.start; i < sp.end; {
			_, size := utf8.DecodeRuneInString(t[i:sp.end])
			if n == 1 {
				add(queryTerm{term: t[i : i+size]})
			} else if i > sp.start {
				add(queryTerm{term: t[first : i+size]})
			}
			first = i
			i += size
		}
	}
	// An exact term already demands what its prefix form would allow.
	if last := len(out) - 1; last > 0 && out[last].prefix {
		for _, o := range out[:last] {
			if o.term == out[last].term {
				out = out[:last]
				break
			}
		}
	}
	return out
}

// stem folds English plurals to their singular so that "charms" finds
// "charm" and "keychains" finds "keychain". It is deliberately light (an
// "S stemmer"): it only touches words of plain letters longer than three,
// and it is applied to documents and queries alike, so an imperfect stem
// still matches its own forms.
func stem(w string) string {
	n := len(w)
	if n <= 3 || !asciiLetters(w) {
		return w
	}
	switch {
	case strings.HasSuffix(w, "ies") && n > 4:
		return w[:n-3] + "y" // berries → berry, plushies → plushy
	case strings.HasSuffix(w, "ie") && n > 4:
		return w[:n-2] + "y" // plushie → plushy, like its plural
	case strings.HasSuffix(w, "sses"):
		return w[:n-2] // glasses → glass
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w // glass, status, tennis
	case strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zzes"):
		return w[:n-2] // brushes → brush, boxes → box
	case w[n-1] == 's':
		return w[:n-1]
	}
	return w
}

func asciiLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// isWord reports whether a term is a word rather than a CJK gram.
func isWord(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return !isCJK(r)
}
