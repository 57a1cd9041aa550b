package web

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/errs"
)

// ImportMapPage is /collection/import/{id}: the column-mapping step of an
// import (one select per import target, pre-filled with the guess) and
// the preview of what the import would do with that mapping: counts,
// sample rows, every bad row by line and column, and a choice for each
// row that matches several catalog charms.
type ImportMapPage struct {
	insightBase
	ID       int64
	Filename string
	Headers  []string
	Targets  []string
	Mapping  collection.Mapping
	Choices  map[int]int64
	Preview  *collection.ImportPreview // nil when the mapping itself is wrong
	Result   *collection.ImportResult  // a commit that wrote nothing
	Problem  string                    // why the preview or the commit failed
	Example  string                    // the example file's text; nothing can be imported from it
}

// Mapped reports whether header is the column chosen for target.
func (p *ImportMapPage) Mapped(target, header string) bool { return p.Mapping[target] == header }

// Chose reports whether the ambiguous row on line was resolved to id (0:
// a one-off).
func (p *ImportMapPage) Chose(line int, id int64) bool {
	v, ok := p.Choices[line]
	return ok && v == id
}

// importMap answers GET /collection/import/{id} with the guessed mapping.
func (s *Server) importMap(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "importMap")
	if err != nil {
		return err
	}
	page, content, err := s.importMapPage(r, u)
	if err != nil {
		return err
	}
	headers, guess, err := collection.GuessMapping(content)
	if err != nil {
		return err
	}
	page.Headers, page.Mapping = headers, guess
	s.previewImport(r, u, page, content)
	return s.render(w, r, http.StatusOK, "import_map", page)
}

// importMapPage loads the owner's staged file; someone else's is NotFound.
func (s *Server) importMapPage(r *http.Request, u *account.User) (*ImportMapPage, string, error) {
	id, err := pathID(r, "id")
	if err != nil {
		return nil, "", err
	}
	name, content, err := s.deps.Collection.StagedImport(r.Context(), u.ID, id)
	if err != nil {
		return nil, "", err
	}
	page := &ImportMapPage{
		insightBase: s.insightBaseOf(r, "import.map_title", name),
		ID:          id, Filename: name, Targets: collection.ImportTargets, Choices: map[int]int64{},
	}
	return page, content, nil
}

// previewImport fills the page's preview, or its problem when the mapping
// cannot be used (a column named twice, say).
func (s *Server) previewImport(r *http.Request, u *account.User, page *ImportMapPage, content string) {
	pv, err := s.deps.Collection.PreviewImport(r.Context(), u.ID, content, page.Mapping)
	if err != nil {
		page.Problem = s.importProblem(r, err)
		return
	}
	page.Preview = pv
	if len(page.Headers) == 0 {
		page.Headers = pv.Headers
	}
}

// importProblem is an import error in words; internal errors stay generic.
func (s *Server) importProblem(r *http.Request, err error) string {
	if errs.KindOf(err) == errs.Internal {
		return s.msgs.T(visitorOf(r.Context()).Lang, "error.internal")
	}
	return sentenceCase(errs.Message(err))
}

// importSubmit answers POST /collection/import/{id}: action=preview shows
// the preview again with the chosen mapping and choices; action=commit
// imports everything or, when any row is bad or undecided, nothing.
func (s *Server) importSubmit(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "importSubmit")
	if err != nil {
		return err
	}
	page, content, err := s.importMapPage(r, u)
	if err != nil {
		return err
	}
	if err := r.ParseForm(); err != nil {
		return err
	}
	page.Mapping, page.Choices = importForm(r)
	if page.Headers, _, err = collection.GuessMapping(content); err != nil {
		return err
	}
	if r.PostForm.Get("action") != "commit" {
		s.previewImport(r, u, page, content)
		return s.render(w, r, http.StatusOK, "import_map", page)
	}
	return s.importCommit(w, r, u, page, content)
}

// importCommit imports the staged file with the page's mapping and
// choices, drops the file and reports how many items were made; a file
// with bad or undecided rows writes nothing and shows them.
func (s *Server) importCommit(w http.ResponseWriter, r *http.Request, u *account.User, page *ImportMapPage, content string) error {
	ctx := r.Context()
	res, err := s.deps.Collection.CommitImport(ctx, u.ID, content, page.Mapping, page.Choices, nil)
	if err == nil {
		// The file has done its work; should dropping it fail, it expires
		// with the others.
		if derr := s.deps.Collection.DiscardImport(ctx, u.ID, page.ID); derr != nil {
			s.log.Warn("discard imported file", "id", page.ID, "err", derr)
		}
		http.Redirect(w, r, "/collection/import?imported="+strconv.Itoa(res.Items), http.StatusSeeOther)
		return nil
	}
	if k := errs.KindOf(err); k != errs.Invalid && k != errs.Conflict {
		return err
	}
	page.Result, page.Problem = res, s.importProblem(r, err)
	lang := visitorOf(ctx).Lang
	switch {
	case errs.KindOf(err) == errs.Conflict:
		page.Problem = s.msgs.T(lang, "import.err.undecided")
	case res != nil && len(res.Errors) > 0:
		page.Problem = s.msgs.T(lang, "import.err.bad_rows")
	}
	if pv, perr := s.deps.Collection.PreviewImport(ctx, u.ID, content, page.Mapping); perr == nil {
		page.Preview = pv
	}
	return s.render(w, r, http.StatusUnprocessableEntity, "import_map", page)
}

// importForm reads the mapping (map.<target> = header, empty: not
// imported) and the choices for ambiguous rows (choice.<line> = charm id,
// 0 for a one-off).
func importForm(r *http.Request) (collection.Mapping, map[int]int64) {
	m := collection.Mapping{}
	choices := map[int]int64{}
	for key, vals := range r.PostForm {
		if len(vals) == 0 {
			continue
		}
		if t, ok := strings.CutPrefix(key, "map."); ok {
			m[t] = vals[0]
		}
		if l, ok := strings.CutPrefix(key, "choice."); ok {
			line, lerr := strconv.Atoi(l)
			id, ierr := strconv.ParseInt(vals[0], 10, 64)
			if lerr == nil && ierr == nil && id >= 0 {
				choices[line] = id
			}
		}
	}
	return m, choices
}

// importDiscard answers POST /collection/import/{id}/discard.
func (s *Server) importDiscard(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "importDiscard")
	if err != nil {
		return err
	}
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	if err := s.deps.Collection.DiscardImport(r.Context(), u.ID, id); err != nil {
		return err
	}
	http.Redirect(w, r, "/collection/import?discarded=1", http.StatusSeeOther)
	return nil
}
