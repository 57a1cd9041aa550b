package search

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// span is one word or one run of CJK characters in folded text.
type span struct {
	start, end int
	cjk        bool
}

// folder folds text to the form the index stores and splits it: lower
// case, accents removed, compatibility forms (full-width Latin, ligatures)
// decomposed, words as runs of letters and digits, and Han, Kana and
// Hangul in runs of their own because those scripts do not separate words
// with spaces. A folder keeps its buffers between calls; it is not safe for
// concurrent use.
type folder struct {
	buf   []byte
	spans []span
	open  bool // a span is being written
	cjk   bool // the open span is a CJK run
	apos  int  // length of buf at the last apostrophe inside the open word
	tmp   [utf8.UTFMax]byte
	dec   []byte
}

// foldSpecial holds letters that Unicode decomposition leaves alone but that
// people type without their stroke or as two letters.
var foldSpecial = map[rune]string{
	'ß': "ss", 'ẞ': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe",
	'ø': "o", 'Ø': "o", 'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d",
	'ð': "d", 'Ð': "d", 'þ': "th", 'Þ': "th", 'ı': "i",
}

// fold folds s into f.buf and records its words and CJK runs in f.spans.
// It returns the folded text as a string that the spans index.
func (f *folder) fold(s string) string {
	f.buf, f.spans, f.open = f.buf[:0], f.spans[:0], false
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			f.ascii(c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		f.rune(r)
	}
	f.close()
	return string(f.buf)
}

func (f *folder) ascii(c byte) {
	switch {
	case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
	case 'A' <= c && c <= 'Z':
		c += 'a' - 'A'
	case c == '\'':
		// An apostrophe inside a word joins it ("don't" is "dont"), and
		// close drops a possessive "'s": "labubu's" is "labubu".
		if !f.open || f.cjk {
			f.close()
			return
		}
		f.apos = len(f.buf)
		return
	default:
		f.close()
		return
	}
	f.start(false)
	f.buf = append(f.buf, c)
}

func (f *folder) rune(r rune) {
	switch {
	case isCJK(r):
		f.start(true)
		f.buf = utf8.AppendRune(f.buf, r)
		return
	case r == '\u2019': // typographic apostrophe
		f.ascii('\'')
		return
	case r == 'ς':
		r = 'σ'
	}
	if s, ok := foldSpecial[r]; ok {
		for i := 0; i < len(s); i++ {
			f.ascii(s[i])
		}
		return
	}
	f.dec = norm.NFKD.Append(f.dec[:0], utf8.AppendRune(f.tmp[:0], r)...)
	for j := 0; j < len(f.dec); {
		d, n := utf8.DecodeRune(f.dec[j:])
		j += n
		switch {
		case d < utf8.RuneSelf:
			f.ascii(byte(d))
		case unicode.Is(unicode.Mn, d):
			// Accents and other combining marks are dropped: "café" is "cafe".
		case isCJK(d):
			f.start(true)
			f.buf = utf8.AppendRune(f.buf, d)
		case unicode.IsLetter(d) || unicode.IsDigit(d) || unicode.Is(unicode.Mc, d):
			f.start(false)
			f.buf = utf8.AppendRune(f.buf, unicode.ToLower(d))
		default:
			f.close()
		}
	}
}

// start makes sure a span of the given kind is open.
func (f *folder) start(cjk bool) {
	if f.open && f.cjk == cjk {
		return
	}
	f.close()
	f.open, f.cjk, f.apos = true, cjk, -1
	f.spans = append(f.spans, span{start: len(f.buf), cjk: cjk})
}

func (f *folder) close() {
	if f.open {
		if n := len(f.buf); !f.cjk && f.apos == n-1 && f.buf[n-1] == 's' {
			f.buf = f.buf[:n-1]
		}
		f.spans[len(f.spans)-1].end = len(f.buf)
		f.open = false
	}
}

// isCJK reports whether r belongs to a script written without spaces
// between words (Han, Hiragana, Katakana) or indexed like one (Hangul).
func isCJK(r rune) bool {
	switch {
	case r < 0x1100:
		return false
	case 0x4E00 <= r && r <= 0x9FFF, 0xAC00 <= r && r <= 0xD7A3:
		return true
	case r == 0x30FC: // the Katakana prolonged sound mark belongs to its word
		return true
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

// sortKey folds s for ordering by name: folded words joined by one space,
// so that case, accents and punctuation do not decide the order.
func (f *folder) sortKey(s string) string {
	t := f.fold(s)
	if len(f.spans) == 1 && f.spans[0].start == 0 && f.spans[0].end == len(t) {
		return t
	}
	out := make([]byte, 0, len(t))
	for i, sp := range f.spans {
		if i > 0 {
			out = append(out, ' ')
		}
		out = append(out, t[sp.start:sp.end]...)
	}
	return string(out)
}
