package web

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"rsc.io/qr"
)

// The golden files of this package are rewritten with -update; the flag
// is defined once for the package, whichever test file gets there first.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite golden files")
	}
}

// updateGolden reports whether -update was given.
func updateGolden() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// qrRun is one "M x y h n v1 h-n z" rectangle of qrSVG's path.
var qrRun = regexp.MustCompile(`M(\d+) (\d+)h(\d+)v1h-(\d+)z`)

// qrGrid reads qrSVG's output back into its view box side and the set of
// dark modules, so a test can compare the drawing with the code.
func qrGrid(t *testing.T, svg string) (side int, dark map[[2]int]bool) {
	t.Helper()
	m := regexp.MustCompile(`viewBox="0 0 (\d+) (\d+)"`).FindStringSubmatch(svg)
	if m == nil || m[1] != m[2] {
		t.Fatalf("no square view box in %.200s", svg)
	}
	side, _ = strconv.Atoi(m[1])
	d := regexp.MustCompile(` d="([^"]*)"`).FindStringSubmatch(svg)
	if d == nil {
		t.Fatalf("no path in %.200s", svg)
	}
	if rest := qrRun.ReplaceAllString(d[1], ""); rest != "" {
		t.Fatalf("path has more than runs of modules: %q", rest)
	}
	dark = map[[2]int]bool{}
	for _, r := range qrRun.FindAllStringSubmatch(d[1], -1) {
		x, _ := strconv.Atoi(r[1])
		y, _ := strconv.Atoi(r[2])
		n, _ := strconv.Atoi(r[3])
		if r[3] != r[4] {
			t.Fatalf("run %q does not close", r[0])
		}
		for i := range n {
			dark[[2]int{x + i, y}] = true
		}
	}
	return side, dark
}

func TestQRSVG(t *testing.T) {
	texts := []string{"https://charmory.example/collection/items/42", "http://localhost:8080/collection/boxes/7", "I-2N9"}
	for _, text := range texts {
		t.Run(text, func(t *testing.T) {
			svg, err := qrSVG(text)
			if err != nil {
				t.Fatal(err)
			}
			code, err := qr.Encode(text, qr.M)
			if err != nil {
				t.Fatal(err)
			}
			side, dark := qrGrid(t, string(svg))
			if side != code.Size+2*qrQuiet {
				t.Errorf("view box side %d, want the code's %d modules and a quiet zone of %d each side", side, code.Size, qrQuiet)
			}
			for y := range side {
				for x := range side {
					inCode := x >= qrQuiet && y >= qrQuiet && x < qrQuiet+code.Size && y < qrQuiet+code.Size
					want := inCode && code.Black(x-qrQuiet, y-qrQuiet)
					if dark[[2]int{x, y}] != want {
						t.Fatalf("module (%d,%d) dark %v, want %v (quiet zone: %v)", x, y, dark[[2]int{x, y}], want, !inCode)
					}
				}
			}
			again, _ := qrSVG(text)
			if again != svg {
				t.Error("the same text drew a different picture")
			}
		})
	}
	t.Run("Golden", func(t *testing.T) {
		svg, err := qrSVG(texts[0])
		if err != nil {
			t.Fatal(err)
		}
		golden := filepath.Join("testdata", "qr_label.golden.svg")
		if updateGolden() {
			if err := os.WriteFile(golden, []byte(svg), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run with -update to create it)", err)
		}
		if string(svg) != string(want) {
			t.Errorf("qrSVG changed its drawing; check it scans, then run with -update")
		}
	})
	t.Run("TooLongIsAnError", func(t *testing.T) {
		if _, err := qrSVG(strings.Repeat("x", 4000)); err == nil {
			t.Error("a text too long for any QR version was drawn")
		}
	})
}
