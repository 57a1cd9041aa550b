package web

import (
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/collection/csvmap"
	"github.com/charmory/charmory/internal/errs"
)

// ImportUploadPage is /collection/import: upload a CSV file to import
// (or paste one), and the export downloads.
type ImportUploadPage struct {
	insightBase
	Imported  int  // items an import just created
	Discarded bool // a staged file was just discarded
	Pasted    string
	Targets   []string // the fields a column can fill, as headers that need no matching
	Errors    formErrors
}

// importFormOverhead is room for the multipart framing and the other
// fields around an import file of the largest size the import accepts.
const importFormOverhead = 1 << 20

// importUpload answers GET /collection/import.
func (s *Server) importUpload(w http.ResponseWriter, r *http.Request) error {
	if _, err := requireUser(r, "importUpload"); err != nil {
		return err
	}
	page := &ImportUploadPage{insightBase: s.insightBaseOf(r, "import.title"), Targets: collection.ImportTargets}
	page.Imported, _ = strconv.Atoi(r.URL.Query().Get("imported"))
	page.Discarded = r.URL.Query().Get("discarded") == "1"
	return s.render(w, r, http.StatusOK, "import_upload", page)
}

// importStage answers POST /collection/import: it keeps the uploaded (or
// pasted) file and goes on to the column-mapping step. Nothing is
// imported yet.
func (s *Server) importStage(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "importStage")
	if err != nil {
		return err
	}
	r.Body = http.MaxBytesReader(w, r.Body, csvmap.MaxBytes+importFormOverhead)
	name, content, err := importFile(r)
	if err != nil {
		return err
	}
	if strings.TrimSpace(content) != "" {
		var id int64
		id, err = s.deps.Collection.StageImport(r.Context(), u.ID, name, content)
		if err == nil {
			http.Redirect(w, r, "/collection/import/"+strconv.FormatInt(id, 10), http.StatusSeeOther)
			return nil
		}
		if errs.KindOf(err) != errs.Invalid {
			return err
		}
	}
	lang := visitorOf(r.Context()).Lang
	page := &ImportUploadPage{insightBase: s.insightBaseOf(r, "import.title"), Targets: collection.ImportTargets,
		Pasted: r.FormValue("content"), Errors: formErrors{}}
	if err != nil {
		page.Errors.add("file", s.msgs.T(lang, "import.err.unreadable", errs.Message(err)))
	} else {
		page.Errors.add("file", s.msgs.T(lang, "import.err.empty"))
	}
	return s.render(w, r, http.StatusUnprocessableEntity, "import_upload", page)
}

// importFile reads the form's file, else its pasted text.
func importFile(r *http.Request) (name, content string, err error) {
	if err := r.ParseMultipartForm(8 << 20); err != nil && err != http.ErrNotMultipart {
		return "", "", err
	}
	f, hdr, err := r.FormFile("file")
	switch {
	case err == http.ErrMissingFile || err == http.ErrNotMultipart:
		return "pasted.csv", r.FormValue("content"), nil
	case err != nil:
		return "", "", err
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		return "", "", err
	}
	if len(b) == 0 {
		return hdr.Filename, r.FormValue("content"), nil
	}
	return hdr.Filename, string(b), nil
}
