package transfer

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxWhole keeps whole numbers within a 32-bit INTEGER column, which is
// what PostgreSQL stores sizes, weights and edition sizes in.
const maxWhole = math.MaxInt32

// maxAmountDigits bounds the whole part of an amount so that minor units
// always fit in an int64.
const maxAmountDigits = 15

// parseWhole reads a non-negative whole number; empty is 0.
func parseWhole(s string) (int, string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, ""
	}
	n, err := strconv.ParseInt(s, 10, 64)
	switch {
	case err != nil && errorsIsRange(err):
		return 0, quote(s) + " is too large"
	case err != nil:
		return 0, quote(s) + " is not a whole number"
	case n < 0:
		return 0, quote(s) + " must not be negative"
	case n > maxWhole:
		return 0, quote(s) + " is too large"
	}
	return int(n), ""
}

func errorsIsRange(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

// parseBool reads true/false, yes/no or 1/0 in any case; empty is false.
func parseBool(s string) (bool, string) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "true", "yes", "1":
		return true, ""
	case "false", "no", "0", "":
		return false, ""
	}
	return false, quote(s) + " is not true/false, yes/no or 1/0"
}

// parseAmount reads a decimal amount of major units such as "59.90" into
// minor units of a currency with exp decimals. It accepts only digits and
// one decimal point: "12,5", "1e3", "-4" and "¥59" are mistakes to report,
// not to guess at.
func parseAmount(s string, exp int) (int64, string) {
	whole, frac, hasFrac := strings.Cut(s, ".")
	if !digits(whole) || (hasFrac && !digits(frac)) || len(frac) > exp {
		if exp == 0 {
			return 0, quote(s) + " is not a whole amount"
		}
		return 0, fmt.Sprintf("%s is not an amount with at most %d decimals", quote(s), exp)
	}
	whole = strings.TrimLeft(whole, "0")
	if len(whole) > maxAmountDigits {
		return 0, quote(s) + " is too large"
	}
	var n int64
	for _, r := range whole + frac + strings.Repeat("0", exp-len(frac)) {
		n = n*10 + int64(r-'0')
	}
	return n, ""
}

// digits reports whether s is one or more ASCII digits.
func digits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// formatAmount writes minor units as major units with exp decimals, the
// inverse of parseAmount: 5990 with 2 decimals is "59.90".
func formatAmount(minor int64, exp int) string {
	sign := ""
	u := uint64(minor)
	if minor < 0 {
		sign, u = "-", uint64(-minor)
	}
	s := strconv.FormatUint(u, 10)
	if exp == 0 {
		return sign + s
	}
	if len(s) <= exp {
		s = strings.Repeat("0", exp-len(s)+1) + s
	}
	return sign + s[:len(s)-exp] + "." + s[len(s)-exp:]
}

// splitList reads "a|b|c", dropping surrounding spaces and empty items so
// that "a | b|" means the same as "a|b". An empty list is nil.
func splitList(s string) []string {
	var out []string
	for item := range strings.SplitSeq(s, "|") {
		if item = strings.TrimSpace(item); item != "" {
			out = append(out, item)
		}
	}
	return out
}

// clip shortens a name from a file, such as an unknown column, for use
// as the field of an error.
func clip(s string) string {
	const max = 40
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	return string([]rune(s)[:max]) + "…"
}

// quote shows a value inside a message, shortened so that one bad story
// does not flood the error list.
func quote(s string) string {
	const max = 40
	if utf8.RuneCountInString(s) <= max {
		return strconv.Quote(s)
	}
	r := []rune(s)
	return strconv.Quote(string(r[:max])) + "…"
}
