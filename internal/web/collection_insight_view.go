package web

import (
	"fmt"
	"html/template"
	"math"
	"net/http"
	"strings"
	"time"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/i18n"
	"github.com/charmory/charmory/internal/money"
	"github.com/charmory/charmory/internal/web/chart"
)

// insightBase is the Base of the wishlist, series, value, budget, balance
// and import pages, with the helpers their templates share.
type insightBase struct {
	Base
}

// insightBaseOf builds the base of one of those pages.
func (s *Server) insightBaseOf(r *http.Request, titleKey string, args ...any) insightBase {
	return insightBase{Base: s.base(r, titleKey, args...)}
}

// Amount formats minor units in their own currency, never converted: a
// budget or a value report is already in the collector's chosen currency.
func (b insightBase) Amount(minor int64, currency string) string {
	return money.Format(minor, currency)
}

// Major writes minor units as the decimal a form field takes ("59.90").
func (b insightBase) Major(minor int64, currency string) string { return majorUnits(minor, currency) }

// ShareLabel names one key of a breakdown: the vocabulary label, or
// "other" for an empty key or a code the messages do not know.
func (b insightBase) ShareLabel(kind, key string) string {
	if key == "" || !b.msgs.Has(b.Lang, kind+"."+key) {
		return b.T("chart.other")
	}
	return b.Label(kind, key)
}

// DateOf formats an optional time as a date; nil is "".
func (b insightBase) DateOf(t *time.Time) string {
	if t == nil {
		return ""
	}
	return b.Date(*t)
}

// MonthName writes a YYYY-MM month for people ("June 2026", "2026年6月").
func (b insightBase) MonthName(month string) string { return monthName(b.Lang, month, false) }

// majorUnits writes minor units as a plain decimal in the currency's
// exponent, without symbol or grouping.
func majorUnits(minor int64, currency string) string {
	c, ok := money.Lookup(currency)
	if !ok || c.Exponent == 0 {
		return fmt.Sprint(minor)
	}
	div := int64(math.Pow10(c.Exponent))
	sign := ""
	if minor < 0 {
		sign, minor = "-", -minor
	}
	return fmt.Sprintf("%s%d.%0*d", sign, minor/div, c.Exponent, minor%div)
}

// parseAmount reads an optional decimal amount of a form; empty is 0.
func parseAmount(s, currency string) (int64, error) {
	s = strings.TrimSpace(strings.ReplaceAll(s, ",", ""))
	if s == "" {
		return 0, nil
	}
	return money.ParseMajor(s, currency)
}

// monthName writes a YYYY-MM month in lang; short gives the axis form
// ("Jun", "6月") and adds the year only to January.
func monthName(lang, month string, short bool) string {
	t, err := time.Parse("2006-01", month)
	if err != nil {
		return month
	}
	switch {
	case lang == i18n.Chinese && short:
		return fmt.Sprintf("%d月", int(t.Month()))
	case lang == i18n.Chinese:
		return fmt.Sprintf("%d年%d月", t.Year(), int(t.Month()))
	case short:
		return t.Format("Jan")
	}
	return t.Format("January 2006")
}

// maxSlices is how many parts a donut shows before the rest become
// "other": the palette's colours stay distinct.
const maxSlices = 7

// shareSlices turns a breakdown into donut slices with translated labels,
// folding the tail into one "other" slice.
func (b insightBase) shareSlices(kind string, shares []collection.Share) []chart.Slice {
	out := make([]chart.Slice, 0, min(len(shares), maxSlices+1))
	var restValue int64
	restPercent := 0
	for i, sh := range shares {
		v := shareValue(sh)
		if i < maxSlices {
			out = append(out, chart.Slice{Label: b.ShareLabel(kind, sh.Key), Value: v, Display: b.T("chart.percent", sh.Percent)})
			continue
		}
		restValue += v
		restPercent += sh.Percent
	}
	if restValue > 0 {
		out = append(out, chart.Slice{Label: b.T("chart.other"), Value: restValue, Display: b.T("chart.percent", restPercent)})
	}
	return out
}

// shareBars turns a breakdown into bars on a 0-100% scale.
func (b insightBase) shareBars(kind string, shares []collection.Share) []chart.Bar {
	out := make([]chart.Bar, 0, len(shares))
	for _, sh := range shares {
		out = append(out, chart.Bar{Label: b.ShareLabel(kind, sh.Key), Value: int64(sh.Percent), Display: b.T("chart.percent", sh.Percent)})
	}
	return out
}

// shareValue is what a share is worth: its amount for money breakdowns,
// its count otherwise.
func shareValue(sh collection.Share) int64 {
	if sh.Amount != 0 {
		return sh.Amount
	}
	return int64(sh.Count)
}

// donut draws a share breakdown as a donut.
func (b insightBase) donut(id, titleKey, kind string, shares []collection.Share) template.HTML {
	return chart.DonutChart{ID: id, Title: b.T(titleKey), Slices: b.shareSlices(kind, shares)}.SVG()
}

// bars draws a share breakdown as bars.
func (b insightBase) bars(id, titleKey, kind string, shares []collection.Share) template.HTML {
	return chart.BarChart{ID: id, Title: b.T(titleKey), Max: 100, Bars: b.shareBars(kind, shares)}.SVG()
}
