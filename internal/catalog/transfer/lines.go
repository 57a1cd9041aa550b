package transfer

import "io"

// lineReader counts the newlines that pass through it so that a byte
// offset reported by a json.Decoder can be turned into a line number. It
// keeps only the newlines the decoder has read ahead but not yet asked
// about, so its memory stays the size of the decoder's buffer however long
// the file.
type lineReader struct {
	r       io.Reader
	read    int64   // bytes read so far
	pending []int64 // offsets of newlines at or past the last query
	line    int     // line of the last query
	asked   int64   // offset of the last query
}

func newLineReader(r io.Reader) *lineReader { return &lineReader{r: r, line: 1} }

func (l *lineReader) Read(p []byte) (int, error) {
	n, err := l.r.Read(p)
	for i, b := range p[:n] {
		if b == '\n' {
			l.pending = append(l.pending, l.read+int64(i))
		}
	}
	l.read += int64(n)
	return n, err
}

// lineAt returns the 1-based line of the byte at offset off. Offsets must
// not go backwards; an earlier one is answered with the last line known.
func (l *lineReader) lineAt(off int64) int {
	if off < l.asked {
		return l.line
	}
	l.asked = off
	i := 0
	for i < len(l.pending) && l.pending[i] < off {
		i++
	}
	l.line += i
	// Shift rather than reslice so the backing array is reused and the
	// slice does not creep forward through memory.
	l.pending = l.pending[:copy(l.pending, l.pending[i:])]
	return l.line
}
