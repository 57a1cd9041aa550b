package web

import (
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/i18n"
	"github.com/charmory/charmory/internal/styling"
)

// CarrierForm is the carrier form as typed: the create form on the
// carriers page and the edit page share it. Numbers stay text so a typo
// comes back as typed, with its message.
type CarrierForm struct {
	Kind          string
	Name          string
	Size          string
	Colour        string
	WeightLimit   string
	Points        string // one point a line
	DressCode     string
	MaxCount      string
	RemovableOnly bool
}

// carrierFields are the form's fields, named like the service's field errors.
var carrierFields = []string{"kind", "name", "size", "colour", "weight_limit_g", "points", "dress_code", "max_count"}

// CarrierChoices are the options the carrier form offers.
type CarrierChoices struct {
	Kinds      []styling.CarrierKind
	Sizes      []string
	Colours    []string
	DressCodes []string
}

// carrierChoices lists the carrier kinds with their defaults, the sizes,
// the catalog's colours and the dress codes.
func carrierChoices() CarrierChoices {
	codes := make([]string, 0, len(styling.DressCodes))
	for code := range styling.DressCodes {
		codes = append(codes, code)
	}
	slices.Sort(codes)
	return CarrierChoices{Kinds: styling.CarrierKinds, Sizes: styling.Sizes, Colours: catalog.Colours, DressCodes: codes}
}

// carrierFormOf reads a posted carrier form.
func carrierFormOf(form url.Values) CarrierForm {
	get := func(k string) string { return strings.TrimSpace(form.Get(k)) }
	return CarrierForm{
		Kind: get("kind"), Name: get("name"), Size: get("size"), Colour: get("colour"),
		WeightLimit: get("weight_limit_g"), Points: form.Get("points"), DressCode: get("dress_code"),
		MaxCount: get("max_count"), RemovableOnly: form.Get("removable_only") != "",
	}
}

// carrierFormFrom fills the edit form from a carrier; default points are
// written in the page's language, and read back by input.
func carrierFormFrom(b Base, c *styling.Carrier) CarrierForm {
	names := make([]string, len(c.Points))
	for i, p := range c.Points {
		names[i] = b.CarrierPointName(p)
	}
	f := CarrierForm{Kind: c.Kind, Name: c.Name, Size: c.Size, Colour: c.Colour, Points: strings.Join(names, "\n"),
		DressCode: c.DressCode, RemovableOnly: c.RemovableOnly}
	if c.WeightLimitG > 0 {
		f.WeightLimit = strconv.Itoa(c.WeightLimitG)
	}
	if c.MaxCount > 0 {
		f.MaxCount = strconv.Itoa(c.MaxCount)
	}
	return f
}

// input turns the form into the service's input; numbers that are not
// whole numbers come back as form errors (the service checks the rest).
func (f CarrierForm) input(b Base) (styling.CarrierInput, formErrors) {
	fe := formErrors{}
	in := styling.CarrierInput{Kind: f.Kind, Name: f.Name, Size: f.Size, Colour: f.Colour,
		DressCode: f.DressCode, RemovableOnly: f.RemovableOnly, Points: pointCodes(b, f.Points)}
	number := func(field, text string) int {
		if text == "" {
			return 0
		}
		n, err := strconv.Atoi(text)
		if err != nil || n < 0 {
			fe.add(field, b.T("carrier.err.whole_number"))
		}
		return n
	}
	in.WeightLimitG = number("weight_limit_g", f.WeightLimit)
	in.MaxCount = number("max_count", f.MaxCount)
	return in, fe
}

// pointCodes reads the points typed one a line: the label of a default
// point (in the page's language or English) becomes its code again, any
// other name stays as typed.
func pointCodes(b Base, text string) []string {
	var out []string
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		out = append(out, pointCode(b, line))
	}
	return out
}

// pointCode is the default point code a name stands for, or the name.
func pointCode(b Base, name string) string {
	for _, k := range styling.CarrierKinds {
		for _, code := range k.Points {
			if strings.EqualFold(name, code) || strings.EqualFold(name, b.Label("point", code)) ||
				strings.EqualFold(name, b.msgs.T(i18n.English, "point."+code)) {
				return code
			}
		}
	}
	return name
}
