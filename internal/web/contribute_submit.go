package web

import (
	"net/http"
	"strconv"
)

// contributeSubmit records a proposed new charm for the moderators. An
// invalid form comes back with every value kept and the errors by field;
// a recorded one goes to its contribution page with a thank-you.
func (s *Server) contributeSubmit(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "contributeSubmit")
	if err != nil {
		return err
	}
	c, form, err := s.submitCharmForm(r, u, nil)
	if err != nil {
		return err
	}
	if form != nil {
		opts, err := s.charmFormOptions(r.Context(), visitorOf(r.Context()).Lang)
		if err != nil {
			return err
		}
		page := &ContributePage{Base: s.base(r, "contribute.title"), Form: form, Opts: opts}
		return s.render(w, r, http.StatusUnprocessableEntity, "contribute", page)
	}
	http.Redirect(w, r, "/contributions/"+strconv.FormatInt(c.ID, 10)+"?thanks=1", http.StatusSeeOther)
	return nil
}
