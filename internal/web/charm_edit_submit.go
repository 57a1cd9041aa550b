package web

import (
	"net/http"
	"strconv"

	"github.com/charmory/charmory/internal/catalog"
)

// charmEditSubmit records an edit contribution based on the charm's
// current version. If the charm changed since the form was filled, the
// form comes back (409) with the contributor's values and a warning,
// rather than proposing to undo someone else's change unseen; sending it
// again then proposes it against the new version.
func (s *Server) charmEditSubmit(w http.ResponseWriter, r *http.Request) error {
	const op = "charmEditSubmit"
	u, err := requireUser(r, op)
	if err != nil {
		return err
	}
	current, err := s.charmOfPath(r, op)
	if err != nil {
		return err
	}
	if err := r.ParseForm(); err != nil {
		return err
	}
	status, form := http.StatusConflict, (*CharmForm)(nil)
	if v := r.PostForm.Get("version"); v != "" && v != strconv.Itoa(current.Version) {
		form = parseCharmForm(r.PostForm)
		form.Version = strconv.Itoa(current.Version)
	} else {
		var c *catalog.Contribution
		c, form, err = s.submitCharmForm(r, u, current)
		if err != nil {
			return err
		}
		if form == nil {
			http.Redirect(w, r, "/contributions/"+strconv.FormatInt(c.ID, 10)+"?thanks=1", http.StatusSeeOther)
			return nil
		}
		status = http.StatusUnprocessableEntity
	}
	opts, err := s.charmFormOptions(r.Context(), visitorOf(r.Context()).Lang)
	if err != nil {
		return err
	}
	lang := visitorOf(r.Context()).Lang
	page := &CharmEditPage{
		Base:  s.base(r, "charm_edit.title", localName(lang, current.Name, current.NameZH)),
		Charm: current, Form: form, Opts: opts, Changed: status == http.StatusConflict,
	}
	return s.render(w, r, status, "charm_edit", page)
}
