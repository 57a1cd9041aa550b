package demo

import (
	"math"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/money"
)

// Rates is the demo currency table in units per CNY: round, plausible
// numbers for trying conversions, not market quotes.
var Rates = money.Rates{
	"USD": 0.14, "EUR": 0.13, "GBP": 0.11, "JPY": 21, "KRW": 190,
	"SGD": 0.19, "THB": 4.8, "HKD": 1.1, "TWD": 4.5, "MYR": 0.65,
	"CAD": 0.19, "AUD": 0.21,
}

// regionBandCNY holds the popular price points of each region from the
// market reports, in CNY minor units.
var regionBandCNY = map[string][2]int64{
	"east_asia":      {3500, 12000},
	"north_america":  {5000, 20000},
	"europe":         {4000, 15000},
	"southeast_asia": {2000, 8000},
}

// priceBand is the range a piece of category from region sells in: the
// category's band narrowed to the region's popular prices, except for
// luxury minis and premium pieces, which use the category's whole band.
func priceBand(category, region string, premium bool) (lo, hi int64) {
	b := catalog.PriceBandCNY[category]
	r, ok := regionBandCNY[region]
	if category == "luxury_mini" || premium || !ok {
		return b[0], b[1]
	}
	lo, hi = max(b[0], r[0]), min(b[1], r[1])
	if hi-lo < 1000 {
		return b[0], b[1]
	}
	return lo, hi
}

// drawCNY draws an amount in [lo, hi] leaning to the lower middle, as shelf
// prices do.
func drawCNY(r rng, lo, hi int64) int64 {
	x := math.Pow((r.float()+r.float())/2, 1.4)
	return lo + int64(float64(hi-lo)*x)
}

// shelf describes how a currency's shelf prices look: multiples of step
// (in major units) less a charm-price ending (¥59, ₩12,900, $14.99).
type shelf struct{ step, less float64 }

var shelves = map[string]shelf{
	"CNY": {10, 1}, "USD": {1, 0.01}, "EUR": {1, 0.10}, "GBP": {1, 0}, "JPY": {50, 0},
	"KRW": {1000, 100}, "SGD": {1, 0.10}, "THB": {10, 1}, "HKD": {10, 1}, "TWD": {10, 0},
	"MYR": {1, 0.10}, "CAD": {1, 0.01}, "AUD": {1, 0.05},
}

// shelfPrice turns an amount in CNY minor units into a shelf price in
// currency (minor units) whose CNY value stays within [lo, hi]. Luxury
// prices are rounded ten times coarser and carry no charm ending.
func shelfPrice(cny int64, currency string, lo, hi int64, luxury bool) int64 {
	rate := 1.0
	if currency != money.Default {
		rate = Rates[currency]
	}
	c, _ := money.Lookup(currency)
	s := shelves[currency]
	if luxury {
		s = shelf{step: s.step * 10}
	}
	// CNY value of a major amount, with half a fen of margin so that
	// converting back never rounds across a band edge.
	inBand := func(major float64) bool {
		v := major / rate * 100
		return v >= float64(lo)+0.5 && v <= float64(hi)-0.5
	}
	major := float64(cny) / 100 * rate
	v := math.Round(major/s.step)*s.step - s.less
	for i := 0; i < 4 && !inBand(v); i++ {
		if v/rate*100 < float64(lo)+0.5 {
			v += s.step
		} else {
			v -= s.step
		}
	}
	if !inBand(v) {
		v = math.Round(major*100) / 100 // step too coarse for the band: exact cents
	}
	return int64(math.Round(v * math.Pow10(c.Exponent)))
}

// cnyOf converts minor units of currency into CNY minor units with the demo
// rates.
func cnyOf(minor int64, currency string) int64 {
	v, _ := Rates.Convert(minor, currency, money.Default)
	return v
}
