package web

import (
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/money"
)

// CharmForm is the charm form shared by new entries and edits: every
// value as the contributor typed it, so a bad number comes back exactly as
// written, with the errors by field. Field names are the charm's JSON
// names, so the catalog's field errors land next to the right input.
type CharmForm struct {
	Name, NameZH               string
	StudioID, IPID, SeriesID   string
	Category, Rarity, SKU      string
	Materials, Colours, Themes []string
	Eco                        []string
	WidthMM, HeightMM, WeightG string
	ReleaseDate                string
	ListPrice, Currency        string
	EditionSize, Region        string
	Care, Story, Description   string
	Official, NFC              bool
	Note                       string // to the moderators
	Version                    string // edits: the version the form was filled from
	Errors                     formErrors
}

// charmFormFields are the fields the form shows, for formErrorsOf.
var charmFormFields = []string{
	"name", "name_zh", "studio_id", "ip_id", "series_id", "category", "rarity", "sku",
	"materials", "colours", "themes", "eco", "width_mm", "height_mm", "weight_g",
	"release_date", "list_price", "currency", "edition_size", "region",
	"care", "story", "description", "official", "nfc", "note",
}

// Checked reports whether code is ticked in a checkbox group.
func (f *CharmForm) Checked(group, code string) bool {
	switch group {
	case "materials":
		return slices.Contains(f.Materials, code)
	case "colours":
		return slices.Contains(f.Colours, code)
	case "themes":
		return slices.Contains(f.Themes, code)
	case "eco":
		return slices.Contains(f.Eco, code)
	}
	return false
}

// parseCharmForm reads the posted form.
func parseCharmForm(v url.Values) *CharmForm {
	on := func(k string) bool { return v.Get(k) != "" && v.Get(k) != "false" }
	return &CharmForm{
		Name: v.Get("name"), NameZH: v.Get("name_zh"),
		StudioID: v.Get("studio_id"), IPID: v.Get("ip_id"), SeriesID: v.Get("series_id"),
		Category: v.Get("category"), Rarity: v.Get("rarity"), SKU: v.Get("sku"),
		Materials: v["materials"], Colours: v["colours"], Themes: v["themes"], Eco: v["eco"],
		WidthMM: v.Get("width_mm"), HeightMM: v.Get("height_mm"), WeightG: v.Get("weight_g"),
		ReleaseDate: v.Get("release_date"),
		ListPrice:   v.Get("list_price"), Currency: v.Get("currency"),
		EditionSize: v.Get("edition_size"), Region: v.Get("region"),
		Care: v.Get("care"), Story: v.Get("story"), Description: v.Get("description"),
		Official: on("official"), NFC: on("nfc"),
		Note: v.Get("note"), Version: v.Get("version"),
	}
}

// fillCharmForm is the form pre-filled with a charm's current values.
func fillCharmForm(c *catalog.Charm) *CharmForm {
	num := func(n int) string {
		if n == 0 {
			return ""
		}
		return strconv.Itoa(n)
	}
	id := func(n int64) string {
		if n == 0 {
			return ""
		}
		return strconv.FormatInt(n, 10)
	}
	return &CharmForm{
		Name: c.Name, NameZH: c.NameZH,
		StudioID: id(c.StudioID), IPID: id(c.IPID), SeriesID: id(c.SeriesID),
		Category: c.Category, Rarity: c.Rarity, SKU: c.SKU,
		Materials: c.Materials, Colours: c.Colours, Themes: c.Themes, Eco: c.Eco,
		WidthMM: num(c.WidthMM), HeightMM: num(c.HeightMM), WeightG: num(c.WeightG),
		ReleaseDate: c.ReleaseDate,
		ListPrice:   majorText(c.ListPrice, c.Currency), Currency: c.Currency,
		EditionSize: num(c.EditionSize), Region: c.Region,
		Care: c.Care, Story: c.Story, Description: c.Description,
		Official: c.Official, NFC: c.NFC,
		Version: strconv.Itoa(c.Version),
	}
}

// charm converts the form into a charm. Numbers that do not parse are
// reported in the returned errors (in lang) and left zero, so the
// catalog's own validation can still report every other field at once.
func (s *Server) formCharm(lang string, f *CharmForm) (catalog.Charm, formErrors) {
	fe := formErrors{}
	integer := func(field, text string) int64 {
		text = strings.TrimSpace(text)
		if text == "" {
			return 0
		}
		n, err := strconv.ParseInt(text, 10, 64)
		if err != nil {
			fe.add(field, s.msgs.T(lang, "formerr.whole_number"))
		}
		return n
	}
	c := catalog.Charm{
		Name: strings.TrimSpace(f.Name), NameZH: strings.TrimSpace(f.NameZH),
		StudioID: integer("studio_id", f.StudioID), IPID: integer("ip_id", f.IPID), SeriesID: integer("series_id", f.SeriesID),
		Category: f.Category, Rarity: f.Rarity, SKU: strings.TrimSpace(f.SKU),
		Materials: f.Materials, Colours: f.Colours, Themes: f.Themes, Eco: f.Eco,
		WidthMM: int(integer("width_mm", f.WidthMM)), HeightMM: int(integer("height_mm", f.HeightMM)),
		WeightG: int(integer("weight_g", f.WeightG)), EditionSize: int(integer("edition_size", f.EditionSize)),
		ReleaseDate: strings.TrimSpace(f.ReleaseDate),
		Currency:    strings.ToUpper(strings.TrimSpace(f.Currency)), Region: f.Region,
		Care: strings.TrimSpace(f.Care), Story: strings.TrimSpace(f.Story), Description: strings.TrimSpace(f.Description),
		Official: f.Official, NFC: f.NFC,
	}
	if c.Currency == "" {
		c.Currency = money.Default
	}
	if p := strings.TrimSpace(f.ListPrice); p != "" && money.Valid(c.Currency) {
		minor, err := money.ParseMajor(p, c.Currency)
		if err != nil {
			fe.add("list_price", s.msgs.T(lang, "formerr.price", majorText(5990, c.Currency)))
		}
		c.ListPrice = minor
	}
	return c, fe
}

// majorText writes minor units as a plain decimal in major units ("59.90",
// "5990" for a currency without minor units); zero is left empty.
func majorText(minor int64, code string) string {
	if minor == 0 {
		return ""
	}
	cur, ok := money.Lookup(code)
	if !ok || cur.Exponent == 0 {
		return strconv.FormatInt(minor, 10)
	}
	s := strconv.FormatInt(minor, 10)
	if len(s) <= cur.Exponent {
		s = strings.Repeat("0", cur.Exponent-len(s)+1) + s
	}
	return s[:len(s)-cur.Exponent] + "." + s[len(s)-cur.Exponent:]
}
