package web

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/styling"
)

// ownLoadout loads the loadout of the {id} path value for the signed-in
// user; someone else's is NotFound, like a missing one.
func (s *Server) ownLoadout(r *http.Request, op string) (*account.User, *styling.Loadout, error) {
	u, err := requireUser(r, op)
	if err != nil {
		return nil, nil, err
	}
	id, err := pathID(r, "id")
	if err != nil {
		return nil, nil, err
	}
	l, err := s.deps.Styling.Loadout(r.Context(), u.ID, id)
	if err != nil {
		return nil, nil, errs.Wrap(op, err)
	}
	return u, l, nil
}

// journeyNote answers POST /styling/loadouts/{id}/note.
func (s *Server) journeyNote(w http.ResponseWriter, r *http.Request) error {
	u, l, err := s.ownLoadout(r, "journeyNote")
	if err != nil {
		return err
	}
	if err := r.ParseForm(); err != nil {
		return err
	}
	note := strings.TrimSpace(r.PostForm.Get("note"))
	err = s.deps.Styling.SetLoadoutNote(r.Context(), u.ID, l.ID, note)
	if errs.KindOf(err) == errs.Invalid {
		msg := s.stylingMessages(visitorOf(r.Context()).Lang, err)
		return s.journeyRefused(w, r, u, l, http.StatusUnprocessableEntity, func(e *JourneyEntry) {
			e.Note, e.Error = note, msg
		})
	} else if err != nil {
		return errs.Wrap("loadout note", err)
	}
	http.Redirect(w, r, journeyURL(l.CarrierID, l.ID, "note"), http.StatusSeeOther)
	return nil
}

// journeyPhoto answers POST /styling/loadouts/{id}/photo (multipart, the
// file under "photos"): a photo of the loadout as worn, replacing an
// earlier one.
func (s *Server) journeyPhoto(w http.ResponseWriter, r *http.Request) error {
	u, l, err := s.ownLoadout(r, "journeyPhoto")
	if err != nil {
		return err
	}
	lang := visitorOf(r.Context()).Lang
	files, err := parseUpload(w, r)
	if err == nil && len(files) == 0 {
		err = errs.E("loadout photo", errs.Invalid, "choose at least one photo")
	}
	if err == nil {
		err = s.deps.Styling.SetLoadoutPhoto(r.Context(), u.ID, l.ID, files[0])
	}
	if kind := errs.KindOf(err); kind == errs.Invalid || kind == errs.TooLarge {
		msg := s.uploadMessage(lang, err)
		return s.journeyRefused(w, r, u, l, errs.HTTPStatus(kind), func(e *JourneyEntry) { e.Error = msg })
	} else if err != nil {
		return errs.Wrap("loadout photo", err)
	}
	http.Redirect(w, r, journeyURL(l.CarrierID, l.ID, "photo"), http.StatusSeeOther)
	return nil
}

// journeyPhotoFile answers GET /styling/loadouts/{id}/photo, for the
// owner only. Files are stored by their sha256, which is the ETag.
func (s *Server) journeyPhotoFile(w http.ResponseWriter, r *http.Request) error {
	u, l, err := s.ownLoadout(r, "journeyPhotoFile")
	if err != nil {
		return err
	}
	f, contentType, err := s.deps.Styling.LoadoutPhoto(r.Context(), u.ID, l.ID)
	if err != nil {
		return errs.Wrap("loadout photo", err)
	}
	defer f.Close()
	h := w.Header()
	h.Set("Content-Type", contentType)
	h.Set("ETag", `"`+l.PhotoSHA+`"`)
	h.Set("Cache-Control", "private, max-age=86400")
	h.Set("Vary", "Cookie")
	h.Set("X-Content-Type-Options", "nosniff")
	http.ServeContent(w, r, "", l.StartedAt, f)
	return nil
}

// journeyShare answers POST /styling/loadouts/{id}/share: the loadout
// gets a public page. "next=carrier" returns to the carrier page.
func (s *Server) journeyShare(w http.ResponseWriter, r *http.Request) error {
	u, l, err := s.ownLoadout(r, "journeyShare")
	if err != nil {
		return err
	}
	if _, err := s.deps.Styling.Share(r.Context(), u.ID, l.ID); err != nil {
		return errs.Wrap("share loadout", err)
	}
	if r.PostFormValue("next") == "carrier" {
		http.Redirect(w, r, fmt.Sprintf("/styling/carriers/%d?done=shared#share", l.CarrierID), http.StatusSeeOther)
		return nil
	}
	http.Redirect(w, r, journeyURL(l.CarrierID, l.ID, "shared"), http.StatusSeeOther)
	return nil
}

// journeyUnshare answers POST /styling/loadouts/{id}/unshare: the public
// page goes away (its address answers 404 from now on).
func (s *Server) journeyUnshare(w http.ResponseWriter, r *http.Request) error {
	u, l, err := s.ownLoadout(r, "journeyUnshare")
	if err != nil {
		return err
	}
	if err := s.deps.Styling.Unshare(r.Context(), u.ID, l.ID); err != nil {
		return errs.Wrap("unshare loadout", err)
	}
	http.Redirect(w, r, journeyURL(l.CarrierID, l.ID, "unshared"), http.StatusSeeOther)
	return nil
}
