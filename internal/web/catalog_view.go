package web

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"html/template"
	"net/http"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/i18n"
	"github.com/charmory/charmory/internal/web/illustration"
)

// Template helpers shared by the catalog pages ({{$.Local .Name .NameZH}}).

// Local picks the Chinese name for Chinese readers when there is one.
func (b Base) Local(name, nameZH string) string {
	if b.Lang == i18n.Chinese && strings.TrimSpace(nameZH) != "" {
		return nameZH
	}
	return name
}

// Labels translates a list of vocabulary codes and joins them the way the
// page's language lists things.
func (b Base) Labels(kind string, codes []string) string {
	out := make([]string, 0, len(codes))
	for _, c := range codes {
		out = append(out, b.Label(kind, c))
	}
	sep := ", "
	if b.Lang == i18n.Chinese {
		sep = "、"
	}
	return strings.Join(out, sep)
}

// Swatch is the inline style of a colour swatch for a colour code.
func (b Base) Swatch(code string) template.CSS {
	return template.CSS("background: " + illustration.Swatch(code))
}

// CharmImage is the URL of a charm's picture; the version in the query
// changes whenever the charm or the drawings change, so the URL can be
// cached for good.
func (b Base) CharmImage(id int64, version int) string {
	return fmt.Sprintf("/charms/%d/image.svg?v=%s", id, imageVersion(version))
}

// Initial is the first letter of a name, for avatar circles.
func (b Base) Initial(name string) string {
	for _, r := range strings.TrimSpace(name) {
		return strings.ToUpper(string(r))
	}
	return "?"
}

// Day formats a stored YYYY-MM-DD date in the page's language; other text
// is shown as it is.
func (b Base) Day(date string) string {
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return date
	}
	return b.Date(t)
}

// Country names an ISO 3166 country code in the page's language ("TH" is
// "Thailand" or "泰国"); an unknown code is shown as it is.
func (b Base) Country(code string) string {
	if name, ok := shortCountries[b.Lang][code]; ok {
		return name
	}
	region, err := language.ParseRegion(code)
	if err != nil || !region.IsCountry() {
		return code
	}
	tag := language.English
	if b.Lang == i18n.Chinese {
		tag = language.SimplifiedChinese
	}
	if name := display.Regions(tag).Name(region); name != "" {
		return name
	}
	return code
}

// shortCountries are the everyday names of places whose official CLDR
// names are too long for an address line.
var shortCountries = map[string]map[string]string{
	i18n.English: {"HK": "Hong Kong", "MO": "Macao"},
	i18n.Chinese: {"HK": "中国香港", "MO": "中国澳门"},
}

// Paragraphs splits stored text at blank lines.
func (b Base) Paragraphs(text string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// imageVersion combines the charm's version with the drawings' version.
func imageVersion(version int) string {
	return strconv.Itoa(version) + "." + illustration.Version
}

// svgDataURI embeds a generated picture in a page (img-src allows data:).
func svgDataURI(svg []byte) template.URL {
	return template.URL("data:image/svg+xml;base64," + base64.StdEncoding.EncodeToString(svg))
}

// pathID reads a positive numeric path value; anything else is a page that
// does not exist.
func pathID(r *http.Request, name string) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue(name), 10, 64)
	if err != nil || id <= 0 {
		return 0, errs.E("web", errs.NotFound, "no such "+name)
	}
	return id, nil
}

// isFragment reports whether htmx asks for the part of a page that
// swaps into the element with id target (history restores want it all).
func isFragment(r *http.Request, target string) bool {
	return r.Header.Get("HX-Request") == "true" &&
		r.Header.Get("HX-History-Restore-Request") != "true" &&
		r.Header.Get("HX-Target") == target
}

// renderFragment executes one named block of a page, for htmx swaps.
func (s *Server) renderFragment(w http.ResponseWriter, r *http.Request, page, block string, data any) error {
	p, ok := s.pages[page]
	if !ok {
		return fmt.Errorf("render fragment: no page %q", page)
	}
	var buf bytes.Buffer
	if err := p.t.ExecuteTemplate(&buf, block, data); err != nil {
		return fmt.Errorf("render %s/%s: %w", page, block, err)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Language", visitorOf(r.Context()).Lang)
	w.Header().Set("Vary", "Accept-Language, Cookie, HX-Request, HX-Target")
	_, err := buf.WriteTo(w)
	return err
}

// invalidParam is the 422 answer for a query parameter a visitor (or a
// stale link) got wrong, in the visitor's language.
func (s *Server) invalidParam(r *http.Request, op, param, value string) error {
	lang := visitorOf(r.Context()).Lang
	label := param
	for _, key := range []string{"catalog.facet." + param, "catalog.param." + param} {
		if s.msgs.Has(lang, key) {
			label = s.msgs.T(lang, key)
			break
		}
	}
	msg := s.msgs.T(lang, "catalog.error.invalid_param", value, label)
	return &errs.Error{Op: op, Kind: errs.Invalid, Msg: msg, Fields: []errs.FieldError{{Field: param, Message: msg}}}
}
