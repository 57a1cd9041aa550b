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
	names := &refNamer{s: s, r: r, c: c, b: &b}
	for _, rev := range revs {
		v := RevisionView{Revision: rev, Who: rev.Username, ByUser: rev.Username != ""}
		if !v.ByUser {
			v.Who = b.T("catalog.history.system")
			if rev.Source == "import" {
				v.Who = b.T("catalog.history.import")
			}
		}
		for _, ch := range rev.Changes {
			cv := ChangeView{Field: s.fieldLabel(&b, ch.Field)}
			if cv.Old, err = names.value(ch.Field, ch.Old); err != nil {
				return err
			}
			if cv.New, err = names.value(ch.Field, ch.New); err != nil {
				return err
			}
			v.Changes = append(v.Changes, cv)
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

// refNamer shows stored values readably: codes as labels, prices as
// money, flags as yes/no, studio, IP and series ids by name; an empty
// value is a dash. Names are looked up once per page.
type refNamer struct {
	s       *Server
	r       *http.Request
	c       *catalog.Charm
	b       *Base
	studios map[int64]string
	ips     map[int64]string
}

func (n *refNamer) value(field, val string) (string, error) {
	if val == "" {
		return "—", nil
	}
	if kind, ok := vocabFields[field]; ok {
		return n.b.Labels(kind, strings.Split(val, ",")), nil
	}
	num, numErr := strconv.ParseInt(val, 10, 64)
	switch {
	case field == "release_date":
		return n.b.Day(val), nil
	case field == "official" || field == "nfc":
		if t, err := strconv.ParseBool(val); err == nil {
			return n.b.T(map[bool]string{true: "catalog.charm.yes", false: "catalog.charm.no"}[t]), nil
		}
	case numErr != nil:
		return val, nil
	case field == "list_price":
		return money.Format(num, n.c.Currency), nil
	case field == "weight_g":
		return n.b.T("catalog.charm.weight", num), nil
	case field == "edition_size" && num == 0:
		return n.b.T("catalog.charm.open_edition"), nil
	case field == "edition_size":
		return n.b.T("catalog.charm.limited", num), nil
	case field == "studio_id":
		return n.studio(num)
	case field == "ip_id":
		return n.ip(num)
	case field == "series_id" && num == n.c.SeriesID:
		return n.c.SeriesName, nil
	case field == "series_id":
		return "#" + val, nil
	}
	return val, nil
}

func (n *refNamer) studio(id int64) (string, error) {
	if name, ok := n.studios[id]; ok {
		return name, nil
	}
	name := "#" + strconv.FormatInt(id, 10)
	st, err := n.s.deps.Catalog.StudioByID(n.r.Context(), id)
	switch {
	case err == nil:
		name = n.b.Local(st.Name, st.NameZH)
	case !errs.Is(err, errs.NotFound):
		return "", errs.Wrap("charm history studio", err)
	}
	if n.studios == nil {
		n.studios = map[int64]string{}
	}
	n.studios[id] = name
	return name, nil
}

func (n *refNamer) ip(id int64) (string, error) {
	if n.ips == nil {
		ips, err := n.s.deps.Catalog.IPs(n.r.Context())
		if err != nil {
			return "", errs.Wrap("charm history ips", err)
		}
		n.ips = make(map[int64]string, len(ips))
		for _, ip := range ips {
			n.ips[ip.ID] = n.b.Local(ip.Name, ip.NameZH)
		}
	}
	if name, ok := n.ips[id]; ok {
		return name, nil
	}
	return "#" + strconv.FormatInt(id, 10), nil
}
