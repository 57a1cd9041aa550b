package render

import "testing"

func BenchmarkSVG(b *testing.B) {
	s := sixCharmBackpack()
	b.ReportAllocs()
	for b.Loop() {
		SVG(s)
	}
}

func BenchmarkPNG(b *testing.B) {
	s := sixCharmBackpack()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := PNG(s, CardWidth, CardHeight); err != nil {
			b.Fatal(err)
		}
	}
}
