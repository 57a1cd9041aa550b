package demo

import (
	"strconv"
	"strings"
	"time"

	"github.com/charmory/charmory/internal/catalog"
)

// offsets shift a data set's local ids past the rows a database already
// holds, so that a set can be appended.
type offsets struct{ studio, ip, series, seller, charm, revision int64 }

// ref is a nullable reference column: 0 is NULL.
func ref(id, offset int64) any {
	if id == 0 {
		return nil
	}
	return id + offset
}

var studioCols = []string{"id", "slug", "name", "name_zh", "kind", "region", "country", "city", "founded", "description", "story", "website", "verified", "created_at"}

func studioRow(s catalog.Studio, off offsets, now time.Time) []any {
	return []any{s.ID + off.studio, s.Slug, s.Name, s.NameZH, s.Kind, s.Region, s.Country, s.City, int64(s.Founded),
		s.Description, s.Story, s.Website, s.Verified, now}
}

var ipCols = []string{"id", "slug", "name", "name_zh", "studio_id", "description"}

func ipRow(ip catalog.IP, off offsets) []any {
	return []any{ip.ID + off.ip, ip.Slug, ip.Name, ip.NameZH, ref(ip.StudioID, off.studio), ip.Description}
}

var seriesCols = []string{"id", "slug", "name", "name_zh", "studio_id", "ip_id", "kind", "release_date", "box_price", "currency", "description"}

func seriesRow(s catalog.Series, off offsets) []any {
	return []any{s.ID + off.series, s.Slug, s.Name, s.NameZH, s.StudioID + off.studio, ref(s.IPID, off.ip), s.Kind,
		s.ReleaseDate, s.BoxPrice, s.Currency, s.Description}
}

var sellerCols = []string{"id", "slug", "name", "name_zh", "kind", "city", "region", "country", "address", "website", "verified", "created_at"}

func sellerRow(s catalog.Seller, off offsets, now time.Time) []any {
	return []any{s.ID + off.seller, s.Slug, s.Name, s.NameZH, s.Kind, s.City, s.Region, s.Country, s.Address, s.Website, s.Verified, now}
}

var sellerStudioCols = []string{"seller_id", "studio_id"}

var charmCols = []string{"id", "external_id", "name", "name_zh", "studio_id", "ip_id", "series_id", "category",
	"materials", "colours", "themes", "width_mm", "height_mm", "weight_g", "release_date", "list_price", "currency",
	"edition_size", "region", "eco", "care", "story", "description", "official", "nfc", "rarity", "sku", "image_url",
	"version", "created_at", "updated_at"}

// shift moves a generated charm's ids into the database's id space.
func shift(c *catalog.Charm, off offsets) {
	c.ID += off.charm
	c.StudioID += off.studio
	if c.IPID != 0 {
		c.IPID += off.ip
	}
	if c.SeriesID != 0 {
		c.SeriesID += off.series
	}
}

func charmRow(c *catalog.Charm, now time.Time) []any {
	return []any{c.ID, c.ExternalID, c.Name, c.NameZH, c.StudioID, ref(c.IPID, 0), ref(c.SeriesID, 0), c.Category,
		strings.Join(c.Materials, ","), strings.Join(c.Colours, ","), strings.Join(c.Themes, ","),
		int64(c.WidthMM), int64(c.HeightMM), int64(c.WeightG), c.ReleaseDate, c.ListPrice, c.Currency,
		int64(c.EditionSize), c.Region, strings.Join(c.Eco, ","), c.Care, c.Story, c.Description, c.Official, c.NFC,
		c.Rarity, c.SKU, c.ImageURL, int64(1), now, now}
}

var revisionCols = []string{"id", "charm_id", "version", "user_id", "contribution_id", "source", "changes", "created_at"}

// revisionRow is a charm's version-1 revision: its creation by the demo
// loader, listing every field that is set, as the catalog records a new
// charm.
func revisionRow(c *catalog.Charm, id int64, now time.Time) []any {
	return []any{id, c.ID, int64(1), nil, nil, catalog.SourceDemo, string(appendChanges(nil, creationChanges(c))), now}
}

// appendChanges writes changes as the JSON array the catalog stores, by
// hand: encoding/json's reflection was a tenth of the time of a large load.
func appendChanges(b []byte, changes []catalog.Change) []byte {
	b = append(b, '[')
	for i, ch := range changes {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"field":`...)
		b = appendJSONString(b, ch.Field)
		b = append(b, `,"old":`...)
		b = appendJSONString(b, ch.Old)
		b = append(b, `,"new":`...)
		b = appendJSONString(b, ch.New)
		b = append(b, '}')
	}
	return append(b, ']')
}

// appendJSONString appends s as a JSON string. Text is UTF-8 already, so
// only quotes, backslashes and control characters need escaping.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		case c < 0x20:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		default:
			b = append(b, c)
		}
	}
	return append(b, '"')
}

// creationChanges lists the set fields of a new charm in the catalog's
// revision field order, skipping empty, zero and false values.
func creationChanges(c *catalog.Charm) []catalog.Change {
	fields := [...]struct{ name, value string }{
		{"external_id", c.ExternalID}, {"name", c.Name}, {"name_zh", c.NameZH},
		{"studio_id", idText(c.StudioID)}, {"ip_id", idText(c.IPID)}, {"series_id", idText(c.SeriesID)},
		{"category", c.Category}, {"materials", strings.Join(c.Materials, ",")}, {"colours", strings.Join(c.Colours, ",")},
		{"themes", strings.Join(c.Themes, ",")}, {"width_mm", strconv.Itoa(c.WidthMM)}, {"height_mm", strconv.Itoa(c.HeightMM)},
		{"weight_g", strconv.Itoa(c.WeightG)}, {"release_date", c.ReleaseDate}, {"list_price", strconv.FormatInt(c.ListPrice, 10)},
		{"currency", c.Currency}, {"edition_size", strconv.Itoa(c.EditionSize)}, {"region", c.Region},
		{"eco", strings.Join(c.Eco, ",")}, {"care", c.Care}, {"story", c.Story}, {"description", c.Description},
		{"official", strconv.FormatBool(c.Official)}, {"nfc", strconv.FormatBool(c.NFC)}, {"rarity", c.Rarity},
		{"sku", c.SKU}, {"image_url", c.ImageURL},
	}
	out := make([]catalog.Change, 0, len(fields))
	for _, f := range fields {
		if f.value != "" && f.value != "0" && f.value != "false" {
			out = append(out, catalog.Change{Field: f.name, New: f.value})
		}
	}
	return out
}

func idText(id int64) string {
	if id == 0 {
		return ""
	}
	return strconv.FormatInt(id, 10)
}
