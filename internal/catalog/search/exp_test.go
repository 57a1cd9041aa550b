package search

import (
	"testing"
	"time"
)

func BenchmarkExpRows(b *testing.B) {
	x := benchIndex(b)
	st := x.st
	ords := st.facets.posts[st.facets.str[fCategory]["plush"]]
	b.Logf("ords %d rows %d", len(ords), len(st.rows))
	counts := make([]int32, len(st.facets.of))
	c4 := make([]int32, 4*len(st.facets.of))
	buf := make([]uint32, 0, len(ords)*8)
	for _, mode := range []string{"count-single", "skip0", "only-studio", "only-cat", "inter4", "gather", "count-single"} {
		t0 := time.Now()
		for r := 0; r < 20; r++ {
			switch mode {
			case "count-single":
				for _, o := range ords {
					row := st.row(o)
					for _, v := range row[:nSingle] {
						counts[v]++
					}
				}
			case "skip0":
				for _, o := range ords {
					row := st.row(o)
					for _, v := range row[:nSingle-1] {
						if v != 0 {
							counts[v]++
						}
					}
				}
			case "only-studio":
				for _, o := range ords {
					counts[st.rows[o*rowLen+1]]++
				}
			case "only-cat":
				for _, o := range ords {
					counts[st.rows[o*rowLen]]++
				}
			case "inter4":
				for i, o := range ords {
					row := st.row(o)
					k := uint32(i & 3)
					for _, v := range row[:nSingle] {
						c4[v<<2|k]++
					}
				}
			case "gather":
				buf = buf[:0]
				for _, o := range ords {
					buf = append(buf, st.row(o)[:nSingle]...)
				}
				for _, v := range buf {
					counts[v]++
				}
			}
		}
		b.Logf("%s: %v per pass", mode, time.Since(t0)/20)
	}
}
