package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/charmory/charmory/internal/collection"
)

// plural writes n with the singular or plural words.
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// printCandidates lists the charms each ambiguous row without a choice
// may mean, and returns how many rows that is.
func printCandidates(w io.Writer, rows []collection.PreviewRow, choices map[int]int64) int {
	open := 0
	for _, r := range rows {
		if _, ok := choices[r.Line]; ok {
			continue
		}
		open++
		fmt.Fprintf(w, "line %d: %q matches several catalog charms; add --choose %d=CHARMID (0 for a one-off):\n", r.Line, r.Value, r.Line)
		for _, c := range r.Candidates {
			fmt.Fprintf(w, "  %d\t%s\t(%s)\n", c.CharmID, c.Name, candidateDetail(c))
		}
	}
	return open
}

func candidateDetail(c collection.Candidate) string {
	var parts []string
	for _, p := range []string{c.SeriesName, c.StudioName} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	if c.SKU != "" {
		parts = append(parts, "SKU "+c.SKU)
	}
	return strings.Join(parts, ", ")
}

// printCollectionErrors prints line N, column "X" (field): message.
func printCollectionErrors(w io.Writer, list []collection.RowError) {
	for _, e := range list {
		where := fmt.Sprintf("line %d", e.Line)
		if e.Column != "" {
			where += fmt.Sprintf(", column %q", e.Column)
		}
		if e.Field != "" {
			where += " (" + e.Field + ")"
		}
		fmt.Fprintln(w, where+": "+e.Message)
	}
}

func badLines(list []collection.RowError) int {
	lines := map[int]bool{}
	for _, e := range list {
		lines[e.Line] = true
	}
	return len(lines)
}
