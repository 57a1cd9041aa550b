package web

import (
	"net/http"
	"strconv"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/errs"
)

// wishUpdate answers POST /collection/wishlist/{id}: a new priority,
// maximum price (in the wish's currency) and note. Someone else's wish is
// NotFound, exactly like one that does not exist.
func (s *Server) wishUpdate(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "wishUpdate")
	if err != nil {
		return err
	}
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	if err := r.ParseForm(); err != nil {
		return err
	}
	f := r.PostForm
	in := collection.WishInput{Currency: f.Get("currency"), Note: f.Get("note")}
	in.Priority, _ = strconv.Atoi(f.Get("priority"))
	lang := visitorOf(r.Context()).Lang
	fe := formErrors{}
	if in.MaxPrice, err = parseAmount(f.Get("max_price"), currencyOr(in.Currency, u.Currency)); err != nil {
		fe.add(formWide, s.msgs.T(lang, "wishlist.err.max_price"))
	} else {
		_, err = s.deps.Collection.UpdateWish(r.Context(), u.ID, id, in)
		switch {
		case err == nil:
			http.Redirect(w, r, "/collection/wishlist?updated=1#wish-"+strconv.FormatInt(id, 10), http.StatusSeeOther)
			return nil
		case errs.KindOf(err) != errs.Invalid:
			return err
		}
		fe = s.itemFormErrors(lang, err)
	}
	page, perr := s.wishlistPage(r, u)
	if perr != nil {
		return perr
	}
	page.Errors = fe
	return s.render(w, r, http.StatusUnprocessableEntity, "wishlist", page)
}

// wishDelete answers POST /collection/wishlist/{id}/delete.
func (s *Server) wishDelete(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "wishDelete")
	if err != nil {
		return err
	}
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	if err := s.deps.Collection.DeleteWish(r.Context(), u.ID, id); err != nil {
		return err
	}
	http.Redirect(w, r, "/collection/wishlist?deleted=1", http.StatusSeeOther)
	return nil
}

// wishSharing answers POST /collection/wishlist/sharing: public=1 shows
// the wishlist to everyone at /collectors/{username}/wishlist, anything
// else makes it private again. The collection itself stays as it is.
func (s *Server) wishSharing(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "wishSharing")
	if err != nil {
		return err
	}
	if err := r.ParseForm(); err != nil {
		return err
	}
	st, err := s.deps.Collection.Settings(r.Context(), u.ID)
	if err != nil {
		return err
	}
	st.WishlistPublic = r.PostForm.Get("public") == "1"
	if _, err := s.deps.Collection.UpdateSettings(r.Context(), u.ID, *st); err != nil {
		return err
	}
	flag := "private"
	if st.WishlistPublic {
		flag = "public"
	}
	http.Redirect(w, r, "/collection/wishlist?"+flag+"=1", http.StatusSeeOther)
	return nil
}
