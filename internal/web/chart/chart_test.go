package chart

import (
	"bytes"
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
	"html/template"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func yuan(v int64) string { return fmt.Sprintf("¥%d.%02d", v/100, v%100) }

// goldenCases are the charts pinned by golden files.
func goldenCases() map[string]template.HTML {
	months := []string{"Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun"}
	spent := []int64{12000, 0, 45000, 30000, 52000, 8000, 0, 61000, 20000, 15000, 49000, 40000}
	cols := make([]Column, len(months))
	for i := range months {
		cols[i] = Column{Label: months[i], Value: spent[i], Limit: 50000}
	}
	cols[0].Limit, cols[1].Limit = 0, 0 // no allowance yet in the first months
	return map[string]template.HTML{
		"bars_shares": BarChart{ID: "materials", Title: "Materials", Max: 100, Bars: []Bar{
			{Label: "Plush fabric", Value: 62, Display: "62%"},
			{Label: "Brass", Value: 25, Display: "25%"},
			{Label: "Glass beads and a label long enough to be cut short", Value: 13, Display: "13%"},
		}}.SVG(),
		"bars_chinese": BarChart{ID: "zh", Title: "材质", Bars: []Bar{
			{Label: "毛绒面料和一个很长很长的名字", Value: 3}, {Label: "黄铜", Value: 1},
		}}.SVG(),
		"bars_empty": BarChart{ID: "none", Title: "Nothing yet", Desc: "No items"}.SVG(),
		"donut_makers": DonutChart{ID: "makers", Title: "Makers", Center: "12 items", Slices: []Slice{
			{Label: "IP brands", Value: 7, Display: "58%"},
			{Label: "Independent artists", Value: 4, Display: "33%"},
			{Label: "Museums", Value: 1, Display: "8%"},
		}}.SVG(),
		"donut_single": DonutChart{ID: "one", Title: "Seller kinds", Slices: []Slice{{Label: "Museums", Value: 5, Display: "100%"}}}.SVG(),
		"columns_budget": ColumnChart{ID: "history", Title: "Spending by month", Format: yuan,
			ValueLabel: "Spent", LimitLabel: "Monthly allowance", OverLabel: "Over the allowance", Columns: cols}.SVG(),
		"columns_zero": ColumnChart{ID: "zero", Title: "Spending by month", Format: yuan,
			Columns: []Column{{Label: "May"}, {Label: "Jun"}}}.SVG(),
		"line_value": LineChart{ID: "value", Title: "Value over time", Format: yuan,
			Labels: []string{"2026-01", "2026-02", "2026-03", "2026-04"},
			Series: []Series{{Name: "Estimated value", Values: []int64{50000, 62000, 61000, 80000}},
				{Name: "Cost basis", Values: []int64{45000, 52000, 52000, 60000}}}}.SVG(),
		"line_single": LineChart{ID: "first", Title: "Value over time", Format: yuan,
			Labels: []string{"2026-06"}, Series: []Series{{Name: "Estimated value", Values: []int64{12900}}}}.SVG(),
	}
}

func TestGoldenFiles(t *testing.T) {
	for name, got := range goldenCases() {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join("testdata", name+".svg")
			if *update {
				if err := os.MkdirAll("testdata", 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("read golden file (run go test -update to create it): %v", err)
			}
			if !bytes.Equal([]byte(got), want) {
				t.Errorf("%s differs from its golden file; if the change is intended, run go test -update and look at the pictures", path)
			}
		})
	}
}

func TestEveryChartIsWellFormedAndNamed(t *testing.T) {
	for name, svg := range goldenCases() {
		t.Run(name, func(t *testing.T) {
			root, title, desc := parseSVG(t, string(svg))
			if title == "" || desc == "" {
				t.Errorf("title %q, desc %q: both must be set", title, desc)
			}
			if attr(root, "role") != "img" {
				t.Errorf("root role = %q, want img", attr(root, "role"))
			}
			ids := strings.Fields(attr(root, "aria-labelledby"))
			if len(ids) != 2 || !strings.HasSuffix(ids[0], "-t") || !strings.HasSuffix(ids[1], "-d") {
				t.Errorf("aria-labelledby = %q, want the title and desc ids", attr(root, "aria-labelledby"))
			}
		})
	}
}

func TestSameInputSameBytes(t *testing.T) {
	a, b := goldenCases(), goldenCases()
	for name := range a {
		if a[name] != b[name] {
			t.Errorf("%s: two drawings of the same input differ", name)
		}
	}
}

func TestTextIsEscaped(t *testing.T) {
	evil := `<script>alert("x")</script> & "quotes"`
	for name, svg := range map[string]template.HTML{
		"bars":    BarChart{ID: `x" onload="y`, Title: evil, Bars: []Bar{{Label: evil, Value: 1, Display: evil}}}.SVG(),
		"donut":   DonutChart{ID: "d", Title: evil, Center: evil, Slices: []Slice{{Label: evil, Value: 1}}}.SVG(),
		"columns": ColumnChart{ID: "c", Title: evil, ValueLabel: evil, Columns: []Column{{Label: evil, Value: 1, Display: evil}}}.SVG(),
		"line":    LineChart{ID: "l", Title: evil, Labels: []string{evil}, Series: []Series{{Name: evil, Values: []int64{1}}}}.SVG(),
	} {
		t.Run(name, func(t *testing.T) {
			s := string(svg)
			if strings.Contains(s, "<script") || strings.Contains(s, `onload="`) {
				t.Fatalf("unescaped text in:\n%s", s)
			}
			parseSVG(t, s)
		})
	}
}

func TestDescriptionDefaultsToTheData(t *testing.T) {
	svg := string(BarChart{ID: "b", Title: "Regions", Bars: []Bar{{Label: "Europe", Value: 3, Display: "60%"}, {Label: "East Asia", Value: 2, Display: "40%"}}}.SVG())
	_, _, desc := parseSVG(t, svg)
	if desc != "Europe: 60%; East Asia: 40%" {
		t.Fatalf("desc = %q", desc)
	}
}

func TestBarLengthsFollowValues(t *testing.T) {
	svg := string(BarChart{ID: "b", Title: "t", Max: 100, Bars: []Bar{{Label: "a", Value: 100}, {Label: "b", Value: 50}, {Label: "c", Value: 0}}}.SVG())
	widths := attrsOf(t, svg, "rect", "chart-bar", "width")
	if len(widths) != 2 {
		t.Fatalf("got %d bars, want 2 (a zero value draws no bar): %v", len(widths), widths)
	}
	if widths[0] != "248" || widths[1] != "124" {
		t.Fatalf("bar widths = %v, want the full track 248 and half of it 124", widths)
	}
}

func TestColumnsOverTheAllowanceAreMarked(t *testing.T) {
	svg := string(ColumnChart{ID: "c", Title: "t", Columns: []Column{
		{Label: "a", Value: 90, Limit: 100}, {Label: "b", Value: 120, Limit: 100}, {Label: "c", Value: 130},
	}}.SVG())
	classes := attrsOf(t, svg, "rect", "chart-col", "class")
	want := []string{"chart-col", "chart-col chart-col-over", "chart-col"}
	if strings.Join(classes, "|") != strings.Join(want, "|") {
		t.Fatalf("column classes = %q, want %q (no allowance is never over)", classes, want)
	}
	if !strings.Contains(svg, `class="chart-limit"`) {
		t.Fatal("no allowance line")
	}
}

func TestNiceMax(t *testing.T) {
	for _, tc := range []struct{ in, top, step int64 }{
		{0, 0, 0}, {1, 4, 1}, {4, 4, 1}, {5, 8, 2}, {61000, 80000, 20000}, {100, 100, 25}, {12345, 20000, 5000},
	} {
		top, step := niceMax(tc.in)
		if top != tc.top || step != tc.step || top < tc.in {
			t.Errorf("niceMax(%d) = %d, %d; want %d, %d", tc.in, top, step, tc.top, tc.step)
		}
	}
}

func TestFitCountsWideCharactersTwice(t *testing.T) {
	for _, tc := range []struct {
		in    string
		width int
		want  string
	}{
		{"Brass", 10, "Brass"},
		{"Glass beads", 6, "Glass…"},
		{"毛绒面料", 8, "毛绒面料"},
		{"毛绒面料", 6, "毛绒面…"},
	} {
		if got := fit(tc.in, tc.width); got != tc.want {
			t.Errorf("fit(%q, %d) = %q, want %q", tc.in, tc.width, got, tc.want)
		}
	}
}

// parseSVG checks that svg is well-formed XML and returns its root and the
// text of its first <title> and <desc>.
func parseSVG(t *testing.T, svg string) (root xml.StartElement, title, desc string) {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(svg))
	var stack []string
	first := true
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v\n%s", err, svg)
		}
		switch tk := tok.(type) {
		case xml.StartElement:
			if first {
				root, first = tk.Copy(), false
			}
			stack = append(stack, tk.Name.Local)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) == 2 && stack[1] == "title" && title == "" {
				title = string(tk)
			}
			if len(stack) == 2 && stack[1] == "desc" && desc == "" {
				desc = string(tk)
			}
		}
	}
	if root.Name.Local != "svg" {
		t.Fatalf("root is %q, want svg", root.Name.Local)
	}
	return root, title, desc
}

func attr(se xml.StartElement, name string) string {
	for _, a := range se.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// attrsOf lists attribute name of every elem whose class starts with class.
func attrsOf(t *testing.T, svg, elem, class, name string) []string {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(svg))
	var out []string
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return out
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v", err)
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == elem && strings.HasPrefix(attr(se, "class"), class) {
			out = append(out, attr(se, name))
		}
	}
}
