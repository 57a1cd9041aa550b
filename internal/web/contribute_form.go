package web

import (
	"net/http"

	"github.com/charmory/charmory/internal/money"
)

// ContributePage is the form for proposing a new charm.
type ContributePage struct {
	Base
	Form *CharmForm
	Opts *CharmFormOptions
}

// contributeForm shows an empty charm form; prices default to yuan, the
// currency the charm market quotes in.
func (s *Server) contributeForm(w http.ResponseWriter, r *http.Request) error {
	if _, err := requireUser(r, "contributeForm"); err != nil {
		return err
	}
	opts, err := s.charmFormOptions(r.Context(), visitorOf(r.Context()).Lang)
	if err != nil {
		return err
	}
	page := &ContributePage{
		Base: s.base(r, "contribute.title"),
		Form: &CharmForm{Currency: money.Default, StudioID: r.URL.Query().Get("studio")},
		Opts: opts,
	}
	return s.render(w, r, http.StatusOK, "contribute", page)
}
