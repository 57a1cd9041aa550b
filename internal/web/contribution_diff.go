package web

import (
	"context"
	"strconv"
	"strings"

	"github.com/charmory/charmory/internal/catalog"
)

// charmFieldValues are a charm's reviewable fields, by JSON name, in the
// order a review lists them, each as the text the catalog's revisions
// record: codes joined by commas, amounts in minor units, booleans as
// "true" or "false". The external id is bookkeeping, not content.
var charmFieldValues = []struct {
	name  string
	value func(*catalog.Charm) string
}{
	{"name", func(c *catalog.Charm) string { return c.Name }},
	{"name_zh", func(c *catalog.Charm) string { return c.NameZH }},
	{"studio_id", func(c *catalog.Charm) string { return idString(c.StudioID) }},
	{"ip_id", func(c *catalog.Charm) string { return idString(c.IPID) }},
	{"series_id", func(c *catalog.Charm) string { return idString(c.SeriesID) }},
	{"category", func(c *catalog.Charm) string { return c.Category }},
	{"rarity", func(c *catalog.Charm) string { return c.Rarity }},
	{"materials", func(c *catalog.Charm) string { return strings.Join(c.Materials, ",") }},
	{"colours", func(c *catalog.Charm) string { return strings.Join(c.Colours, ",") }},
	{"themes", func(c *catalog.Charm) string { return strings.Join(c.Themes, ",") }},
	{"eco", func(c *catalog.Charm) string { return strings.Join(c.Eco, ",") }},
	{"width_mm", func(c *catalog.Charm) string { return strconv.Itoa(c.WidthMM) }},
	{"height_mm", func(c *catalog.Charm) string { return strconv.Itoa(c.HeightMM) }},
	{"weight_g", func(c *catalog.Charm) string { return strconv.Itoa(c.WeightG) }},
	{"release_date", func(c *catalog.Charm) string { return c.ReleaseDate }},
	{"list_price", func(c *catalog.Charm) string { return strconv.FormatInt(c.ListPrice, 10) }},
	{"currency", func(c *catalog.Charm) string { return c.Currency }},
	{"edition_size", func(c *catalog.Charm) string { return strconv.Itoa(c.EditionSize) }},
	{"region", func(c *catalog.Charm) string { return c.Region }},
	{"official", func(c *catalog.Charm) string { return strconv.FormatBool(c.Official) }},
	{"nfc", func(c *catalog.Charm) string { return strconv.FormatBool(c.NFC) }},
	{"sku", func(c *catalog.Charm) string { return c.SKU }},
	{"description", func(c *catalog.Charm) string { return c.Description }},
	{"story", func(c *catalog.Charm) string { return c.Story }},
	{"care", func(c *catalog.Charm) string { return c.Care }},
	{"image_url", func(c *catalog.Charm) string { return c.ImageURL }},
}

func idString(id int64) string {
	if id == 0 {
		return ""
	}
	return strconv.FormatInt(id, 10)
}

// isBlank reports whether a recorded value means "not set".
func isBlank(v string) bool { return v == "" || v == "0" || v == "false" }

// charmChanges lists the fields whose values differ between old and new.
// With old nil (a proposed new charm) it lists every field that is set.
func charmChanges(old, new *catalog.Charm) []catalog.Change {
	var out []catalog.Change
	for _, f := range charmFieldValues {
		nv := f.value(new)
		if old == nil {
			if !isBlank(nv) {
				out = append(out, catalog.Change{Field: f.name, New: nv})
			}
			continue
		}
		if ov := f.value(old); ov != nv {
			out = append(out, catalog.Change{Field: f.name, Old: ov, New: nv})
		}
	}
	return out
}

// DiffRow is one changed field as a reviewer reads it.
type DiffRow struct {
	Field string // JSON name
	Label string
	Old   string // "" when the field was not set
	New   string // "" when the proposal clears it
	Long  bool   // free text: shown as paragraphs, not inline
}

// diffRows turns changes into rows in lang: codes become labels, ids
// become names, amounts become prices in oldCur and newCur, the
// currencies of the charm before and after.
func (s *Server) diffRows(ctx context.Context, lang string, changes []catalog.Change, oldCur, newCur string) ([]DiffRow, error) {
	names := s.newRefNames(ctx, lang)
	rows := make([]DiffRow, 0, len(changes))
	for _, ch := range changes {
		if ch.Field == "external_id" {
			continue
		}
		rows = append(rows, DiffRow{
			Field: ch.Field,
			Label: s.msgs.T(lang, "charmform.field."+ch.Field),
			Old:   s.displayValue(lang, names, ch.Field, ch.Old, oldCur),
			New:   s.displayValue(lang, names, ch.Field, ch.New, newCur),
			Long:  ch.Field == "description" || ch.Field == "story" || ch.Field == "care",
		})
	}
	return rows, names.err
}
