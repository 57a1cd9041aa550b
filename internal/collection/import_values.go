package collection

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/charmory/charmory/internal/money"
)

// Limits of an import.
const (
	maxImportQuantity = 100     // copies one row may make
	maxImportItems    = 200_000 // items one import may make
	importBoxNameMax  = 100
)

// importQuantity reads a row's number of copies: 1 to 100, empty is 1.
func importQuantity(v string) (int, string) {
	if v == "" {
		return 1, ""
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > maxImportQuantity {
		return 1, "must be a whole number from 1 to 100"
	}
	return n, ""
}

// importDateLayouts are the acquisition dates an import reads; spreadsheets
// often drop leading zeros or use slashes.
var importDateLayouts = []string{"2006-01-02", "2006/01/02", "2006-1-2", "2006/1/2", "2006.1.2"}

// importDate reads an acquisition date as YYYY-MM-DD.
func importDate(v string) (string, string) {
	if v == "" {
		return "", ""
	}
	for _, layout := range importDateLayouts {
		if d, err := time.Parse(layout, v); err == nil {
			return d.Format(time.DateOnly), ""
		}
	}
	return "", "must be a date like 2026-05-01 or 2026/05/01"
}

// groupedThousands matches an amount whose whole part is grouped with commas.
var groupedThousands = regexp.MustCompile(`^\d{1,3}(,\d{3})+(\.\d+)?$`)

// importPrice reads an amount in major units of currency ("59.00",
// "¥1,280.50"), into minor units.
func importPrice(v, currency string) (int64, string) {
	if v == "" {
		return 0, ""
	}
	s := strings.TrimSpace(strings.TrimLeft(v, "¥$€£₩฿"))
	if c, ok := money.Lookup(currency); ok {
		s = strings.TrimSpace(strings.TrimPrefix(s, c.Symbol))
	}
	for _, code := range []string{currency, strings.ToLower(currency)} {
		s = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(s, code), code))
	}
	if groupedThousands.MatchString(s) {
		s = strings.ReplaceAll(s, ",", "")
	}
	minor, err := money.ParseMajor(s, currency)
	if err != nil {
		c, _ := money.Lookup(currency)
		return 0, "“" + v + "” is not an amount in " + currency + " with at most " + strconv.Itoa(c.Exponent) + " decimals"
	}
	return minor, ""
}

// importMaterials reads a list of materials separated by |, comma, ; or /,
// each a code or a label.
func importMaterials(v string) ([]string, string) {
	if v == "" {
		return nil, ""
	}
	parts := strings.FieldsFunc(v, func(r rune) bool { return r == '|' || r == ',' || r == ';' || r == '/' || r == '、' })
	var out []string
	for _, p := range parts {
		if strings.TrimSpace(p) == "" {
			continue
		}
		code, ok := importVocabCode("materials", p)
		if !ok {
			return nil, "“" + strings.TrimSpace(p) + "” is not a known material"
		}
		if !contains(out, code) {
			out = append(out, code)
		}
	}
	return out, ""
}

// importVocab reads a code or label of target's vocabulary; empty stays
// empty (the default applies).
func importVocab(target, v string) (string, string) {
	if v == "" {
		return "", ""
	}
	if code, ok := importVocabCode(target, v); ok {
		return code, ""
	}
	return "", "“" + v + "” is not a known " + strings.ReplaceAll(target, "_", " ")
}

// sameCodes reports whether list holds exactly the stored codes.
func sameCodes(list []string, stored string) bool {
	have := splitCodes(stored)
	if len(list) != len(have) {
		return false
	}
	for _, m := range list {
		if !contains(have, m) {
			return false
		}
	}
	return true
}
