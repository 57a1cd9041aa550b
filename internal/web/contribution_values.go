package web

import (
	"context"
	"strconv"
	"strings"
	"time"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/i18n"
	"github.com/charmory/charmory/internal/money"
)

// displayValue renders one recorded field value for people in lang; cur
// is the currency of an amount. An unset value renders empty.
func (s *Server) displayValue(lang string, names *refNames, field, v, cur string) string {
	t := func(key string, args ...any) string { return s.msgs.T(lang, key, args...) }
	switch field {
	case "official", "nfc":
		switch v {
		case "true":
			return t("charmform.yes")
		case "false":
			return t("charmform.no")
		}
		return ""
	case "edition_size":
		if v == "0" {
			return t("charmform.open_edition")
		}
		return groupDigits(v)
	}
	if isBlank(v) {
		return ""
	}
	switch field {
	case "studio_id", "ip_id", "series_id":
		id, _ := strconv.ParseInt(v, 10, 64)
		return names.name(field, id)
	case "category", "region", "rarity":
		return s.msgs.T(lang, field+"."+v)
	case "materials", "colours", "themes", "eco":
		kind := map[string]string{"materials": "material", "colours": "colour", "themes": "theme", "eco": "eco"}[field]
		codes := strings.Split(v, ",")
		for i, c := range codes {
			codes[i] = s.msgs.T(lang, kind+"."+c)
		}
		sep := ", "
		if lang == i18n.Chinese {
			sep = "、"
		}
		return strings.Join(codes, sep)
	case "release_date":
		if d, err := time.Parse(time.DateOnly, v); err == nil {
			return dateIn(lang, d)
		}
		return v
	case "width_mm", "height_mm":
		return t("charmform.mm", v)
	case "weight_g":
		return t("charmform.grams", v)
	case "list_price":
		minor, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			return v
		}
		return money.Format(minor, cur)
	}
	return v
}

// groupDigits writes a whole number with thousands separators ("3,000");
// anything else is returned as it is.
func groupDigits(v string) string {
	if len(v) <= 3 || strings.Trim(v, "0123456789") != "" {
		return v
	}
	head := len(v) % 3
	if head == 0 {
		head = 3
	}
	out := v[:head]
	for i := head; i < len(v); i += 3 {
		out += "," + v[i:i+3]
	}
	return out
}

// localName is the name to show in lang: the Chinese name for Chinese
// readers when there is one.
func localName(lang, name, nameZH string) string {
	if lang == i18n.Chinese && nameZH != "" {
		return nameZH
	}
	return name
}

// refNames resolves studio, IP and series ids to names in one language
// for a review page, loading each kind only when a change needs it. An id
// that does not resolve shows as "#id", so the reviewer still sees that
// something changed; the first database error is kept in err.
type refNames struct {
	ctx     context.Context
	catalog *catalog.Service
	lang    string
	studios map[int64]string
	ips     map[int64]string
	series  map[int64]string
	err     error
}

func (s *Server) newRefNames(ctx context.Context, lang string) *refNames {
	return &refNames{ctx: ctx, catalog: s.deps.Catalog, lang: lang}
}

// fail keeps the first error that is not a missing row.
func (n *refNames) fail(err error) {
	if err != nil && n.err == nil && !errs.Is(err, errs.NotFound) {
		n.err = err
	}
}

func (n *refNames) name(field string, id int64) string {
	lang := n.lang
	var m map[int64]string
	switch field {
	case "studio_id":
		if n.studios == nil {
			n.studios = map[int64]string{}
		}
		if _, ok := n.studios[id]; !ok {
			st, err := n.catalog.StudioByID(n.ctx, id)
			if err == nil {
				n.studios[id] = localName(lang, st.Name, st.NameZH)
			}
			n.fail(err)
		}
		m = n.studios
	case "ip_id":
		if n.ips == nil {
			n.ips = map[int64]string{}
			ips, err := n.catalog.IPs(n.ctx)
			for _, ip := range ips {
				n.ips[ip.ID] = localName(lang, ip.Name, ip.NameZH)
			}
			n.fail(err)
		}
		m = n.ips
	case "series_id":
		if n.series == nil {
			n.series = n.loadSeries()
		}
		m = n.series
	}
	if name, ok := m[id]; ok {
		return name
	}
	return "#" + strconv.FormatInt(id, 10)
}

// loadSeries reads every series' name; there is no lookup by id, and a
// review page needs at most this one pass.
func (n *refNames) loadSeries() map[int64]string {
	series, err := allPages(func(cursor string) (*catalog.Page[catalog.Series], error) {
		return n.catalog.SeriesList(n.ctx, catalog.SeriesFilter{Cursor: cursor, Limit: 100})
	})
	n.fail(err)
	out := make(map[int64]string, len(series))
	for _, sr := range series {
		out[sr.ID] = localName(n.lang, sr.Name, sr.NameZH)
	}
	return out
}
