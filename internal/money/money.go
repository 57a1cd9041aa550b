// Package money holds amounts as integer minor units with an ISO 4217
// currency, formats them and converts between currencies with a rate table.
package money

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Default is the default currency: the charm market quotes yuan.
const Default = "CNY"

// Currency describes one supported currency.
type Currency struct {
	Code     string
	Exponent int    // number of minor-unit digits
	Symbol   string // prefix used when formatting
}

var currencies = map[string]Currency{
	"CNY": {"CNY", 2, "¥"},
	"USD": {"USD", 2, "US$"},
	"EUR": {"EUR", 2, "€"},
	"GBP": {"GBP", 2, "£"},
	"KRW": {"KRW", 0, "₩"},
	"JPY": {"JPY", 0, "JP¥"},
	"SGD": {"SGD", 2, "S$"},
	"THB": {"THB", 2, "฿"},
	"HKD": {"HKD", 2, "HK$"},
	"TWD": {"TWD", 2, "NT$"},
	"MYR": {"MYR", 2, "RM"},
	"CAD": {"CAD", 2, "C$"},
	"AUD": {"AUD", 2, "A$"},
}

// Codes lists the supported currency codes in a stable order.
var Codes = []string{"CNY", "USD", "EUR", "GBP", "JPY", "KRW", "SGD", "THB", "HKD", "TWD", "MYR", "CAD", "AUD"}

// Lookup returns the currency for code and whether it is supported.
func Lookup(code string) (Currency, bool) {
	c, ok := currencies[strings.ToUpper(code)]
	return c, ok
}

// Valid reports whether code is a supported currency.
func Valid(code string) bool { _, ok := Lookup(code); return ok }

// Format renders minor units of a currency for people, e.g. "¥59.00".
func Format(minor int64, code string) string {
	c, ok := Lookup(code)
	if !ok {
		return fmt.Sprintf("%d %s", minor, code)
	}
	sign := ""
	if minor < 0 {
		sign, minor = "-", -minor
	}
	if c.Exponent == 0 {
		return sign + c.Symbol + groupThousands(minor)
	}
	div := int64(math.Pow10(c.Exponent))
	return fmt.Sprintf("%s%s%s.%0*d", sign, c.Symbol, groupThousands(minor/div), c.Exponent, minor%div)
}

func groupThousands(n int64) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// ParseMajor parses a decimal amount such as "59.90" into minor units of
// code. It rejects more decimals than the currency has.
func ParseMajor(s, code string) (int64, error) {
	c, ok := Lookup(code)
	if !ok {
		return 0, fmt.Errorf("unknown currency %q", code)
	}
	s = strings.TrimSpace(s)
	whole, frac, hasFrac := strings.Cut(s, ".")
	if whole == "" && !hasFrac || len(frac) > c.Exponent || (hasFrac && frac == "") {
		return 0, fmt.Errorf("%q is not an amount with at most %d decimals", s, c.Exponent)
	}
	if !allDigits(whole) || !allDigits(frac) || len(whole) > 15 {
		return 0, fmt.Errorf("%q is not an amount with at most %d decimals", s, c.Exponent)
	}
	frac += strings.Repeat("0", c.Exponent-len(frac))
	w, _ := strconv.ParseInt("0"+whole, 10, 64)
	f, _ := strconv.ParseInt("0"+frac, 10, 64)
	return w*int64(math.Pow10(c.Exponent)) + f, nil
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// Rates converts between currencies: units of each currency per one CNY.
type Rates map[string]float64

// Convert converts minor units of from into minor units of to, rounding to
// the nearest minor unit. ok is false when either rate is unknown.
func (r Rates) Convert(minor int64, from, to string) (int64, bool) {
	if from == to {
		return minor, true
	}
	fc, ok1 := Lookup(from)
	tc, ok2 := Lookup(to)
	rf, ok3 := r[from]
	rt, ok4 := r[to]
	if from == Default {
		rf, ok3 = 1, true
	}
	if to == Default {
		rt, ok4 = 1, true
	}
	if !ok1 || !ok2 || !ok3 || !ok4 || rf == 0 {
		return 0, false
	}
	major := float64(minor) / math.Pow10(fc.Exponent)
	return int64(math.Round(major / rf * rt * math.Pow10(tc.Exponent))), true
}
