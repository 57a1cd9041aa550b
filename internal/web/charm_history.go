package web

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/money"
)

// HistoryPage is /charms/{id}/history: every revision of a charm.
type HistoryPage struct {
	Base
	Charm     *catalog.Charm
	Revisions []RevisionView
}

// RevisionView is a revision ready to show: who made it and its changes
// with readable field names and values.
type RevisionView struct {
	catalog.Revision
	Who     string
	ByUser  bool
	Changes []ChangeView
}

// ChangeView is one changed field, old → new.
type ChangeView struct {
	Field    string
	Old, New string
}

// charmHistory answers GET /charms/{id}/history, newest revision first.
func (s *Server) charmHistory(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	c, err := s.deps.Catalog.Charm(ctx, id)
	if err != nil {
		return errs.Wrap("charm history", err)
	}
	revs, err := s.deps.Catalog.Revisions(ctx, id)
	if err != nil {
		return errs.Wrap("charm history", err)
	}
	b := s.base(r, "catalog.history.title", c.Name)
	b.Title = b.T("catalog.history.title", b.Local(c.Name, c.NameZH))
	p := &HistoryPage{Base: b, Charm: c}
	for _, rev := range revs {
		v := RevisionView{Revision: rev, Who: rev.Username, ByUser: rev.Username != ""}
		if !v.ByUser {
			v.Who = b.T("catalog.history.system")
			if rev.Source == "import" {
				v.Who = b.T("catalog.history.import")
			}
		}
		for _, ch := range rev.Changes {
			v.Changes = append(v.Changes, ChangeView{
				Field: s.fieldLabel(&b, ch.Field),
				Old:   changeValue(&b, c, ch.Field, ch.Old),
				New:   changeValue(&b, c, ch.Field, ch.New),
			})
		}
		p.Revisions = append(p.Revisions, v)
	}
	return s.render(w, r, http.StatusOK, "charm_history", p)
}

// fieldLabel names a charm field in the page's language.
func (s *Server) fieldLabel(b *Base, field string) string {
	if key := "catalog.field." + field; s.msgs.Has(b.Lang, key) {
		return b.T(key)
	}
	return field
}

// vocabFields maps the charm fields holding vocabulary codes to the
// message prefix of their labels.
var vocabFields = map[string]string{
	"category": "category", "materials": "material", "colours": "colour", "themes": "theme",
	"region": "region", "eco": "eco", "rarity": "rarity",
}

// changeValue shows a stored value readably: codes as labels, prices as
// money, flags as yes/no; an empty value is a dash.
func changeValue(b *Base, c *catalog.Charm, field, val string) string {
	if val == "" {
		return "—"
	}
	if kind, ok := vocabFields[field]; ok {
		return b.Labels(kind, strings.Split(val, ","))
	}
	switch field {
	case "list_price":
		if n, err := strconv.ParseInt(val, 10, 64); err == nil {
			return money.Format(n, c.Currency)
		}
	case "official", "nfc":
		if t, err := strconv.ParseBool(val); err == nil {
			if t {
				return b.T("catalog.charm.yes")
			}
			return b.T("catalog.charm.no")
		}
	case "release_date":
		return b.Day(val)
	}
	return val
}
