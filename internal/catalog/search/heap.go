package search

import "math"

func floatBits(f float32) uint32 { return math.Float32bits(f) }

// pushSmallest adds r to h, a max-heap holding the k smallest values seen.
func pushSmallest(h []uint32, k int, r uint32) []uint32 {
	if len(h) < k {
		h = append(h, r)
		for i := len(h) - 1; i > 0; {
			up := (i - 1) / 2
			if h[up] >= h[i] {
				break
			}
			h[up], h[i] = h[i], h[up]
			i = up
		}
		return h
	}
	if r >= h[0] {
		return h
	}
	h[0] = r
	for i := 0; ; {
		c := 2*i + 1
		if c >= len(h) {
			break
		}
		if c+1 < len(h) && h[c+1] > h[c] {
			c++
		}
		if h[i] >= h[c] {
			break
		}
		h[i], h[c] = h[c], h[i]
		i = c
	}
	return h
}

// pushBest adds x to h, a heap with the worst hit on top holding the k
// best hits seen.
func pushBest(h []hit, k int, x hit) []hit {
	if len(h) < k {
		h = append(h, x)
		for i := len(h) - 1; i > 0; {
			up := (i - 1) / 2
			if !h[up].better(h[i]) {
				break
			}
			h[up], h[i] = h[i], h[up]
			i = up
		}
		return h
	}
	if !x.better(h[0]) {
		return h
	}
	h[0] = x
	for i := 0; ; {
		c := 2*i + 1
		if c >= len(h) {
			break
		}
		if c+1 < len(h) && h[c].better(h[c+1]) {
			c++
		}
		if !h[i].better(h[c]) {
			break
		}
		h[i], h[c] = h[c], h[i]
		i = c
	}
	return h
}
