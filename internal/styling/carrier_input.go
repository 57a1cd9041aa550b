package styling

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/errs"
)

// Limits on what a collector sets on a carrier.
const (
	MaxCarrierName  = 80   // characters of a carrier's name
	MaxPointName    = 40   // characters of an attachment point's name
	MaxPoints       = 12   // attachment points on one carrier
	MaxWeightLimitG = 5000 // grams; nothing worn carries more charms than this
	MaxCarrierCount = 50   // a dress code's charm limit, well above any real rule
)

// normalize trims the input and fills the kind's defaults: size, weight
// limit and points when empty or zero, and a dress code's limits when no
// maximum count was given (both limits then come from the dress code, so
// "school" alone means two removable charms). Blank point names are
// dropped, so a form with spare empty rows is not an error. An unknown
// kind is left for validate to report.
func (in *CarrierInput) normalize() {
	in.Kind = strings.TrimSpace(in.Kind)
	in.Name = strings.TrimSpace(in.Name)
	in.Size = strings.ToUpper(strings.TrimSpace(in.Size))
	in.Colour = strings.TrimSpace(in.Colour)
	in.DressCode = strings.TrimSpace(in.DressCode)
	points := make([]string, 0, len(in.Points))
	for _, p := range in.Points {
		if p = strings.TrimSpace(p); p != "" {
			points = append(points, p)
		}
	}
	in.Points = points
	if k, ok := KindOf(in.Kind); ok {
		if in.Size == "" {
			in.Size = k.Size
		}
		if in.WeightLimitG == 0 {
			in.WeightLimitG = k.WeightLimitG
		}
		if len(in.Points) == 0 {
			in.Points = slices.Clone(k.Points)
		}
	}
	if d, ok := DressCodes[in.DressCode]; ok && in.MaxCount == 0 {
		in.MaxCount, in.RemovableOnly = d.MaxCount, d.RemovableOnly
	}
}

// validate checks a normalized input. The name is required: a carrier is
// told apart from the collector's other bags by it, and the store has no
// language to make one from the kind in.
func (in *CarrierInput) validate(op string) error {
	var fe []errs.FieldError
	add := func(field, msg string) { fe = append(fe, errs.FieldError{Field: field, Message: msg}) }
	if _, ok := KindOf(in.Kind); !ok {
		add("kind", "must be one of "+strings.Join(carrierKindCodes(), ", "))
	}
	if n := utf8.RuneCountInString(in.Name); n == 0 {
		add("name", "is required")
	} else if n > MaxCarrierName || !printable(in.Name) {
		add("name", "must be at most "+strconv.Itoa(MaxCarrierName)+" characters on one line")
	}
	if !slices.Contains(Sizes, in.Size) {
		add("size", "must be one of "+strings.Join(Sizes, ", "))
	}
	if in.Colour != "" && !slices.Contains(catalog.Colours, in.Colour) {
		add("colour", "must be a catalog colour or empty")
	}
	if in.WeightLimitG < 0 || in.WeightLimitG > MaxWeightLimitG {
		add("weight_limit_g", "must be between 0 and "+strconv.Itoa(MaxWeightLimitG)+" grams")
	}
	if msg := checkPoints(in.Points); msg != "" {
		add("points", msg)
	}
	if _, ok := DressCodes[in.DressCode]; in.DressCode != "" && !ok {
		add("dress_code", "must be empty, school or workplace")
	}
	if in.MaxCount < 0 || in.MaxCount > MaxCarrierCount {
		add("max_count", "must be between 0 (no limit) and "+strconv.Itoa(MaxCarrierCount))
	}
	if len(fe) > 0 {
		return errs.Fields(op, fe...)
	}
	return nil
}

// checkPoints says what is wrong with a carrier's point names, or "".
// Names are compared ignoring case: "Zip" and "zip" on one bag would be
// two rows nobody can tell apart in the editor.
func checkPoints(points []string) string {
	if len(points) == 0 || len(points) > MaxPoints {
		return "give between 1 and " + strconv.Itoa(MaxPoints) + " attachment points"
	}
	for i, p := range points {
		if utf8.RuneCountInString(p) > MaxPointName || !printable(p) {
			return "a point's name must be at most " + strconv.Itoa(MaxPointName) + " characters on one line"
		}
		for _, q := range points[:i] {
			if strings.EqualFold(p, q) {
				return "point " + strconv.Quote(p) + " appears twice"
			}
		}
	}
	return ""
}

// printable reports whether s is valid UTF-8 without control characters;
// point names are stored newline-separated, so a newline would split one.
func printable(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	return strings.IndexFunc(s, unicode.IsControl) < 0
}

// carrierKindCodes lists the known kinds for messages.
func carrierKindCodes() []string {
	out := make([]string, len(CarrierKinds))
	for i, k := range CarrierKinds {
		out[i] = k.Kind
	}
	return out
}

// joinPoints and splitPoints convert between a carrier's points and their
// stored form, one name per line.
func joinPoints(points []string) string { return strings.Join(points, "\n") }

func splitPoints(s string) []string {
	if s == "" {
		return []string{}
	}
	return strings.Split(s, "\n")
}
