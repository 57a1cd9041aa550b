package job

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestBackoff(t *testing.T) {
	q := &Queue{opt: Options{BackoffBase: 10 * time.Second, BackoffMax: time.Hour}, rand: rand.New(rand.NewPCG(7, 7))}
	tests := []struct {
		attempt int
		base    time.Duration
	}{
		{1, 10 * time.Second},
		{2, 20 * time.Second},
		{3, 40 * time.Second},
		{9, 2560 * time.Second},
		{10, time.Hour}, // 5120s is capped
		{60, time.Hour}, // no overflow on many attempts
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("Attempt%dWaitsBetween%sAndHalfAgain", tt.attempt, tt.base), func(t *testing.T) {
			seen := map[time.Duration]bool{}
			for range 50 {
				d := q.backoff(tt.attempt)
				if d < tt.base || d > tt.base+tt.base/2 {
					t.Fatalf("backoff(%d) = %s, want in [%s, %s]", tt.attempt, d, tt.base, tt.base+tt.base/2)
				}
				seen[d] = true
			}
			if len(seen) < 10 {
				t.Fatalf("backoff(%d) took only %d values in 50 draws: no jitter", tt.attempt, len(seen))
			}
		})
	}
}

func TestErrorText(t *testing.T) {
	long := strings.Repeat("é", maxErrorLen) // two bytes each
	tests := map[string]struct {
		in   string
		want func(string) bool
	}{
		"ShortIsKept":         {"boom", func(s string) bool { return s == "boom" }},
		"LongIsCutOnARune":    {long, func(s string) bool { return utf8.ValidString(s) && len(s) <= maxErrorLen+len("…") }},
		"InvalidUTF8IsMended": {"bad \xff byte", func(s string) bool { return s == "bad \uFFFD byte" }},
		"NULBytesAreDropped":  {"a\x00b", func(s string) bool { return s == "ab" }},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := errorText(errors.New(tt.in)); !tt.want(got) {
				t.Fatalf("errorText(%.40q) = %.40q", tt.in, got)
			}
		})
	}
}
