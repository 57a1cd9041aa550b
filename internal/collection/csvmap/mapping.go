package csvmap

import (
	"slices"
	"strings"
	"unicode"

	"github.com/charmory/charmory/internal/errs"
)

// Normalize is the form headers are compared in for guessing: lower case,
// each run of anything but letters and digits one underscore, so "Price
// Paid", "price-paid" and "PRICE_PAID" are all price_paid.
func Normalize(header string) string {
	var b strings.Builder
	gap := false
	for _, r := range strings.ToLower(strings.TrimSpace(header)) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if gap && b.Len() > 0 {
				b.WriteByte('_')
			}
			b.WriteRune(r)
			gap = false
			continue
		}
		gap = true
	}
	return b.String()
}

// Guess maps targets to headers by name: each target takes the first of
// its guesses (its own name when it has none) that a header has, in the
// schema's target order, and each header serves one target at most.
func (s Schema) Guess(headers []string) map[string]string {
	byNorm := map[string]string{}
	for _, h := range headers {
		if n := Normalize(h); n != "" {
			if _, dup := byNorm[n]; !dup {
				byNorm[n] = h
			}
		}
	}
	used := map[string]bool{}
	m := map[string]string{}
	for _, t := range s.Targets {
		guesses, ok := s.Guesses[t]
		if !ok {
			guesses = []string{t}
		}
		for _, g := range guesses {
			if h, ok := byNorm[g]; ok && !used[h] {
				m[t], used[h] = h, true
				break
			}
		}
	}
	return m
}

// resolve checks a mapping against the schema and the headers (guessing
// one when m is empty) and returns each mapped target's column index.
// Targets mapped to "" are not imported.
func (f *File) resolve(s Schema, m map[string]string) (map[string]int, error) {
	const op = "read csv"
	if len(m) == 0 {
		m = s.Guess(f.Headers)
	}
	f.Mapping = map[string]string{}
	cols := map[string]int{}
	for _, t := range sortedKeys(m) {
		header := strings.TrimSpace(m[t])
		if !slices.Contains(s.Targets, t) {
			return nil, errs.Ef(op, errs.Invalid, "%q is not a field an import can fill; the fields are %s", t, strings.Join(s.Targets, ", "))
		}
		if header == "" {
			continue
		}
		i, err := f.column(header)
		if err != nil {
			return nil, err
		}
		cols[t] = i
		f.Mapping[t] = f.Headers[i]
	}
	return cols, nil
}

// column finds a header, ignoring case and surrounding spaces.
func (f *File) column(header string) (int, error) {
	const op = "read csv"
	found := -1
	for i, h := range f.Headers {
		if strings.EqualFold(h, header) {
			if found >= 0 {
				return 0, errs.Ef(op, errs.Invalid, "the file has two columns named %q; rename one", f.Headers[found])
			}
			found = i
		}
	}
	if found < 0 {
		return 0, errs.Ef(op, errs.Invalid, "the file has no column %q; its columns are %s", header, quoteAll(f.Headers))
	}
	return found, nil
}

func quoteAll(list []string) string {
	q := make([]string, len(list))
	for i, s := range list {
		q[i] = `"` + s + `"`
	}
	return strings.Join(q, ", ")
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
