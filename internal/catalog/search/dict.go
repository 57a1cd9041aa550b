package search

import (
	"slices"
	"sort"
	"strings"
)

// dict is the term dictionary: each term's postings (the ordinals of the
// documents that contain it, ascending, with the weighted number of times
// they do), and the sorted surface forms of every indexed word for prefix
// search. Term ids are stable for the life of an index; a term whose
// documents are all gone keeps an empty list.
type dict struct {
	ids   map[string]uint32
	posts [][]uint32
	tfs   [][]uint8

	// surf holds every word term and every other spelling of one that
	// was indexed (folded, before plural folding: "charms", "plushie"),
	// sorted, and surfTerm the term of each. Prefix search runs on them
	// because a term can end differently from what people type: "plushi"
	// must find "plushie", whose term is "plushy".
	surf     []string
	surfTerm []uint32
}

func newDict() dict { return dict{ids: map[string]uint32{}} }

// expand appends to out the distinct terms of the words that start with
// prefix.
func (d *dict) expand(prefix string, out []uint32) []uint32 {
	i := sort.SearchStrings(d.surf, prefix)
	start := len(out)
	for ; i < len(d.surf) && strings.HasPrefix(d.surf[i], prefix); i++ {
		out = append(out, d.surfTerm[i])
	}
	tail := out[start:]
	slices.Sort(tail)
	return out[:start+len(slices.Compact(tail))]
}

// hasSurface reports whether w is a known surface form.
func (d *dict) hasSurface(w string) bool {
	_, ok := slices.BinarySearch(d.surf, w)
	return ok
}

// mergeSurfaces returns the surface list with the new forms merged in
// order; add must be sorted and hold no known forms.
func mergeSurfaces(surf []string, term []uint32, add []string, addTerm []uint32) ([]string, []uint32) {
	outS := make([]string, 0, len(surf)+len(add))
	outT := make([]uint32, 0, len(surf)+len(add))
	i, j := 0, 0
	for i < len(surf) || j < len(add) {
		if j == len(add) || i < len(surf) && surf[i] < add[j] {
			outS, outT = append(outS, surf[i]), append(outT, term[i])
			i++
		} else {
			outS, outT = append(outS, add[j]), append(outT, addTerm[j])
			j++
		}
	}
	return outS, outT
}
