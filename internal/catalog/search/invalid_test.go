package search

import (
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/errs"
)

func TestInvalidQueries(t *testing.T) {
	x := newIndex(t, shelf()...)
	tests := []struct {
		name  string
		q     Query
		field string
	}{
		{"UnknownFacet", Query{Filters: map[string][]string{"flavour": {"mint"}}}, "filters.flavour"},
		{"NonDecimalStudio", Query{Filters: map[string][]string{FacetStudio: {"ten"}}}, "filters.studio"},
		{"NonDecimalYear", Query{Filters: map[string][]string{FacetYear: {"2024.5"}}}, "filters.year"},
		{"NonDecimalSeries", Query{Filters: map[string][]string{FacetSeries: {"0x10"}}}, "filters.series"},
		{"TooManyValues", Query{Filters: map[string][]string{FacetColour: make([]string, MaxFilterVals+1)}}, "filters.colour"},
		{"UnknownSort", Query{Sort: "cheapest"}, "sort"},
		{"NegativeLimit", Query{Limit: -1}, "limit"},
		{"LimitOverMax", Query{Limit: MaxLimit + 1}, "limit"},
		{"GarbageCursor", Query{Cursor: "not a cursor"}, "cursor"},
		{"ShortCursor", Query{Cursor: "AA"}, "cursor"},
		{"OverlongCursor", Query{Cursor: strings.Repeat("A", maxCursorBytes+1)}, "cursor"},
		{"OverlongText", Query{Text: strings.Repeat("a", MaxQueryChars+1)}, "text"},
		{"OverlongChineseText", Query{Text: strings.Repeat("猫", MaxQueryChars+1)}, "text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { expectInvalid(t, x, tt.q, tt.field) })
	}
}

func TestInvalidQueryReportsEveryProblem(t *testing.T) {
	x := New()
	_, err := x.Search(Query{Sort: "x", Limit: -5, Filters: map[string][]string{"a": {"1"}, "b": {"2"}}})
	fields := errs.FieldsOf(err)
	var names []string
	for _, f := range fields {
		names = append(names, f.Field)
	}
	if got := strings.Join(names, ","); got != "sort,limit,filters.a,filters.b" {
		t.Errorf("fields %q, want sort,limit,filters.a,filters.b", got)
	}
	if errs.Message(err) == "" {
		t.Error("no message")
	}
}

func TestLongestValidQueries(t *testing.T) {
	x := newIndex(t, shelf()...)
	for _, q := range []Query{
		{Text: strings.Repeat("a", MaxQueryChars)},
		{Text: strings.Repeat("猫咪", MaxQueryChars/2)},
		{Limit: MaxLimit},
		{Filters: map[string][]string{FacetColour: make([]string, MaxFilterVals)}},
	} {
		if _, err := x.Search(q); err != nil {
			t.Errorf("%.40v: %v", q, err)
		}
	}
}
