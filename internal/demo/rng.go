package demo

import "math/rand/v2"

// Streams of the demo seed: each part of the data set draws from its own
// PCG stream, so that scaling the number of charms never changes the hand-
// written studios, and generating studios never shifts the charms.
const (
	streamStudios uint64 = iota + 1
	streamSeries
	streamSellers
	streamCharms
)

// rng is the generator's random source. It only uses the PCG generator's
// raw output (whose algorithm is specified) and derives every draw itself,
// so the same seed yields the same data set on every Go release.
type rng struct{ src *rand.PCG }

func newRNG(seed int64, stream uint64) rng {
	return rng{src: rand.NewPCG(uint64(seed), stream*0x9e3779b97f4a7c15)}
}

// intn returns a number in [0, n); the modulo bias is far below anything a
// demo data set could show.
func (r rng) intn(n int) int {
	if n <= 1 {
		return 0
	}
	return int(r.src.Uint64() % uint64(n))
}

// between returns a number in [lo, hi].
func (r rng) between(lo, hi int) int {
	if hi <= lo {
		return lo
	}
	return lo + r.intn(hi-lo+1)
}

// float returns a number in [0, 1).
func (r rng) float() float64 { return float64(r.src.Uint64()>>11) / (1 << 53) }

// chance reports true with probability p.
func (r rng) chance(p float64) bool { return r.float() < p }

// weighted returns an index of ws drawn in proportion to its weight.
func (r rng) weighted(ws []int) int {
	total := 0
	for _, w := range ws {
		total += w
	}
	n := r.intn(total)
	for i, w := range ws {
		if n < w {
			return i
		}
		n -= w
	}
	return len(ws) - 1
}

// pick returns one element of xs.
func pick[T any](r rng, xs []T) T { return xs[r.intn(len(xs))] }

// pickDistinct returns up to n distinct elements of xs in draw order.
func pickDistinct(r rng, xs []string, n int) []string {
	if n > len(xs) {
		n = len(xs)
	}
	idx := make([]int, len(xs))
	for i := range idx {
		idx[i] = i
	}
	out := make([]string, 0, n)
	for i := 0; i < n; i++ {
		j := i + r.intn(len(idx)-i)
		idx[i], idx[j] = idx[j], idx[i]
		out = append(out, xs[idx[i]])
	}
	return out
}
