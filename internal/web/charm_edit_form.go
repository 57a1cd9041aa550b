package web

import (
	"net/http"
	"strconv"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/errs"
)

// CharmEditPage is the charm form pre-filled with a charm's current
// values; what is submitted becomes an edit contribution. Changed is set
// when the charm moved on while the form was open.
type CharmEditPage struct {
	Base
	Charm   *catalog.Charm
	Form    *CharmForm
	Opts    *CharmFormOptions
	Changed bool
}

// charmEditForm shows the edit form of a charm.
func (s *Server) charmEditForm(w http.ResponseWriter, r *http.Request) error {
	const op = "charmEditForm"
	if _, err := requireUser(r, op); err != nil {
		return err
	}
	c, err := s.charmOfPath(r, op)
	if err != nil {
		return err
	}
	opts, err := s.charmFormOptions(r.Context(), visitorOf(r.Context()).Lang)
	if err != nil {
		return err
	}
	lang := visitorOf(r.Context()).Lang
	page := &CharmEditPage{
		Base:  s.base(r, "charm_edit.title", localName(lang, c.Name, c.NameZH)),
		Charm: c, Form: fillCharmForm(c), Opts: opts,
	}
	return s.render(w, r, http.StatusOK, "charm_edit", page)
}

// charmOfPath loads the charm named by the {id} path segment.
func (s *Server) charmOfPath(r *http.Request, op string) (*catalog.Charm, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return nil, errs.E(op, errs.NotFound, "no such charm")
	}
	return s.deps.Catalog.Charm(r.Context(), id)
}
