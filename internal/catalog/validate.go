package catalog

import (
	"crypto/rand"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/money"
)

// Limits on charm fields: generous for real pieces, tight enough to catch
// unit mistakes (centimetres typed as millimetres, kilograms as grams).
const (
	maxNameLen        = 200
	maxExternalIDLen  = 100
	maxTextLen        = 20000
	maxShortLen       = 200
	maxURLLen         = 2000
	maxSizeMM         = 1000
	maxWeightG        = 5000
	maxEditionSize    = 10_000_000
	maxListPriceMinor = 1_000_000_000_000
)

// Validate checks a charm's fields and returns an Invalid error with one
// FieldError per bad field (names as in the JSON tags), or nil.
func Validate(c *Charm) error {
	if fe := charmFieldErrors(c); len(fe) > 0 {
		return errs.Fields("validate charm", fe...)
	}
	return nil
}

// charmFieldErrors lists what is wrong with c, one entry per field.
func charmFieldErrors(c *Charm) []errs.FieldError {
	var v fieldChecker
	v.text("external_id", c.ExternalID, true, maxExternalIDLen)
	if c.ExternalID != "" && strings.IndexFunc(c.ExternalID, func(r rune) bool { return unicode.IsSpace(r) || !unicode.IsPrint(r) }) >= 0 {
		v.add("external_id", "must not contain spaces or control characters")
	}
	v.text("name", c.Name, true, maxNameLen)
	v.text("name_zh", c.NameZH, false, maxNameLen)
	if c.StudioID <= 0 {
		v.add("studio_id", "is required")
	}
	v.min("ip_id", int64(c.IPID), 0, 0)
	v.min("series_id", int64(c.SeriesID), 0, 0)
	if c.Category == "" {
		v.add("category", "is required")
	} else {
		v.code("category", c.Category, Categories)
	}
	v.codes("materials", c.Materials, Materials)
	v.codes("colours", c.Colours, Colours)
	v.codes("themes", c.Themes, Themes)
	v.codes("eco", c.Eco, EcoAttributes)
	v.code("region", c.Region, Regions)
	v.code("rarity", c.Rarity, Rarities)
	v.min("width_mm", int64(c.WidthMM), 0, maxSizeMM)
	v.min("height_mm", int64(c.HeightMM), 0, maxSizeMM)
	v.min("weight_g", int64(c.WeightG), 0, maxWeightG)
	v.min("edition_size", int64(c.EditionSize), 0, maxEditionSize)
	v.min("list_price", c.ListPrice, 0, maxListPriceMinor)
	if c.Currency == "" {
		v.add("currency", "is required")
	} else if !money.Valid(c.Currency) || c.Currency != strings.ToUpper(c.Currency) {
		v.add("currency", "is not a supported currency")
	}
	v.date("release_date", c.ReleaseDate)
	v.text("care", c.Care, false, maxTextLen)
	v.text("story", c.Story, false, maxTextLen)
	v.text("description", c.Description, false, maxTextLen)
	v.text("sku", c.SKU, false, maxShortLen)
	v.url("image_url", c.ImageURL)
	return v.errs
}

// normalizeCharm tidies what people type before validation: surrounding
// spaces, the currency's case and the default currency.
func normalizeCharm(c *Charm) {
	c.ExternalID = strings.TrimSpace(c.ExternalID)
	c.Name = strings.TrimSpace(c.Name)
	c.NameZH = strings.TrimSpace(c.NameZH)
	c.Category = strings.TrimSpace(c.Category)
	c.Region = strings.TrimSpace(c.Region)
	c.Rarity = strings.TrimSpace(c.Rarity)
	c.ReleaseDate = strings.TrimSpace(c.ReleaseDate)
	c.SKU = strings.TrimSpace(c.SKU)
	c.ImageURL = strings.TrimSpace(c.ImageURL)
	c.Currency = strings.ToUpper(strings.TrimSpace(c.Currency))
	if c.Currency == "" {
		c.Currency = money.Default
	}
	for _, l := range []*[]string{&c.Materials, &c.Colours, &c.Themes, &c.Eco} {
		out := make([]string, 0, len(*l)) // never nil: lists marshal as []
		for _, code := range *l {
			if code = strings.TrimSpace(code); code != "" {
				out = append(out, code)
			}
		}
		*l = out
	}
}

// randomExternalID makes an external id for a charm saved without one.
func randomExternalID() string {
	const alphabet = "abcdefghijkmnpqrstuvwxyz23456789" // no look-alikes
	b := make([]byte, 12)
	rand.Read(b) // never fails: crypto/rand panics rather than return an error
	for i := range b {
		b[i] = alphabet[int(b[i])%len(alphabet)]
	}
	return "ch-" + string(b)
}

// fieldChecker accumulates one FieldError per bad field.
type fieldChecker struct {
	errs []errs.FieldError
	bad  map[string]bool
}

func (v *fieldChecker) add(field, msg string) {
	if v.bad[field] {
		return // one message per field is enough to fix it
	}
	if v.bad == nil {
		v.bad = map[string]bool{}
	}
	v.bad[field] = true
	v.errs = append(v.errs, errs.FieldError{Field: field, Message: msg})
}

func (v *fieldChecker) text(field, s string, required bool, max int) {
	switch {
	case required && strings.TrimSpace(s) == "":
		v.add(field, "is required")
	case !utf8.ValidString(s):
		v.add(field, "is not valid UTF-8")
	case utf8.RuneCountInString(s) > max:
		v.add(field, "is too long (at most "+strconv.Itoa(max)+" characters)")
	}
}

func (v *fieldChecker) code(field, code string, vocab []string) {
	if code != "" && !In(vocab, code) {
		v.add(field, "has an unknown value "+strconv.Quote(code))
	}
}

func (v *fieldChecker) codes(field string, codes, vocab []string) {
	seen := map[string]bool{}
	for _, c := range codes {
		switch {
		case !In(vocab, c):
			v.add(field, "has an unknown value "+strconv.Quote(c))
		case seen[c]:
			v.add(field, "lists "+strconv.Quote(c)+" twice")
		}
		seen[c] = true
	}
}

// min checks lo <= n and, when hi > 0, n <= hi.
func (v *fieldChecker) min(field string, n, lo, hi int64) {
	switch {
	case n < lo:
		v.add(field, "must not be negative")
	case hi > 0 && n > hi:
		v.add(field, "is too large (at most "+strconv.Itoa(int(hi))+")")
	}
}

func (v *fieldChecker) date(field, s string) {
	if s == "" {
		return
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		v.add(field, "must be a date written YYYY-MM-DD")
		return
	}
	if t.Year() < 1800 || t.Year() > 2200 {
		v.add(field, "is out of range")
	}
}

// url accepts web addresses and site paths only, so a stored value can be
// put into an href or src without becoming a script.
func (v *fieldChecker) url(field, s string) {
	switch {
	case s == "":
	case len(s) > maxURLLen:
		v.add(field, "is too long")
	case strings.HasPrefix(s, "https://"), strings.HasPrefix(s, "http://"),
		strings.HasPrefix(s, "/") && !strings.HasPrefix(s, "//"):
		if strings.ContainsAny(s, " \t\r\n\"'<>") {
			v.add(field, "is not a valid address")
		}
	default:
		v.add(field, "must be an http(s) address or a path starting with /")
	}
}

// validSlug reports whether s is a lowercase URL slug: letters, digits and
// single hyphens, 1 to 80 characters.
func validSlug(s string) bool {
	if s == "" || len(s) > 80 || s[0] == '-' || s[len(s)-1] == '-' || strings.Contains(s, "--") {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}
