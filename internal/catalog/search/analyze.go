package search

import (
	"runtime"
	"slices"
	"sync"
)

// nameWeight is how many times a term of a document's first text (its
// name) counts against a term of its other texts.
const nameWeight = 3

// weighted is a term of one document with its weighted frequency.
type weighted struct {
	term string
	w    uint16
}

// analysis holds the analysed text of a run of documents in flat arrays:
// document i has the distinct terms terms[off[i]:off[i+1]] and the words
// surf[soff[i]:soff[i+1]] whose term differs from how they were written
// ("charms" for "charm"), which prefix search must also know.
type analysis struct {
	terms []weighted
	off   []int
	surf  []string
	soff  []int
	dlen  []uint16
	name  []string
}

// analyzer turns documents into analyses; it reuses its buffers.
type analyzer struct {
	f    folder
	toks []token
	seen map[string]int // term → index in the current document's terms
}

func (z *analyzer) run(docs []*Doc) *analysis {
	a := &analysis{
		terms: make([]weighted, 0, len(docs)*24),
		off:   make([]int, 1, len(docs)+1),
		soff:  make([]int, 1, len(docs)+1),
		dlen:  make([]uint16, 0, len(docs)),
		name:  make([]string, 0, len(docs)),
	}
	z.seen = map[string]int{}
	for _, d := range docs {
		z.doc(d, a)
	}
	return a
}

func (z *analyzer) doc(d *Doc, a *analysis) {
	clear(z.seen)
	dlen := 0
	for i, text := range d.Text {
		w := uint16(1)
		if i == 0 {
			w = nameWeight
		}
		z.toks = z.f.tokens(text, z.toks[:0])
		for _, t := range z.toks {
			if j, ok := z.seen[t.term]; ok {
				a.terms[j].w = min(a.terms[j].w+w, 255)
			} else {
				z.seen[t.term] = len(a.terms)
				a.terms = append(a.terms, weighted{term: t.term, w: w})
			}
			if t.surface != "" && t.surface != t.term && !slices.Contains(a.surf[a.soff[len(a.soff)-1]:], t.surface) {
				a.surf = append(a.surf, t.surface)
			}
		}
		dlen += int(w) * len(z.toks)
	}
	a.off = append(a.off, len(a.terms))
	a.soff = append(a.soff, len(a.surf))
	a.dlen = append(a.dlen, uint16(min(dlen, 65535)))
	a.name = append(a.name, z.f.sortKey(d.Name))
}

// analyzeParallel analyses docs on all processors, in order.
func analyzeParallel(docs []*Doc) []*analysis {
	workers := min(runtime.GOMAXPROCS(0), (len(docs)+255)/256)
	if workers <= 1 {
		var z analyzer
		return []*analysis{z.run(docs)}
	}
	out := make([]*analysis, workers)
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := len(docs)*w/workers, len(docs)*(w+1)/workers
		wg.Go(func() {
			var z analyzer
			out[w] = z.run(docs[lo:hi])
		})
	}
	wg.Wait()
	return out
}

// parseDay turns "YYYY-MM-DD" (or "YYYY-MM", "YYYY") into YYYYMMDD, 0 if
// it is not a date; unknown dates sort last among the newest.
func parseDay(s string) int32 {
	var day, digits int32
	for i := 0; i < len(s) && digits < 8; i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			day = day*10 + int32(c-'0')
			digits++
		case c == '-' && (digits == 4 || digits == 6):
		default:
			return 0
		}
	}
	if digits != 4 && digits != 6 && digits != 8 {
		return 0
	}
	for ; digits < 8; digits++ {
		day *= 10
	}
	return day
}
